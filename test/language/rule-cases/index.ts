import * as clauses from './clauses.js';
import * as completeness from './completeness.js';
import * as data from './data.js';
import * as parties from './parties.js';
import * as retention from './retention.js';
import * as text from './text.js';
import * as transfers from './transfers.js';
import type { QuietCase, RuleCase } from './types.js';
import * as wording from './wording.js';

const groups = [text, retention, transfers, clauses, data, wording, parties, completeness];

export const RULE_CASES: readonly RuleCase[] = groups.flatMap(g => g.cases);
export const QUIET_CASES: readonly QuietCase[] = groups.flatMap(g => g.quiet);
export type { QuietCase, RuleCase };
