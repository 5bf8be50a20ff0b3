import type { RuleOwner } from './check-module.js';
import { owner as absentElements } from './rules/clauses/absent-elements.js';
import { owner as amendments } from './rules/clauses/amendments.js';
import { owner as breachNotification } from './rules/clauses/breach-notification.js';
import { owner as contractTerms } from './rules/clauses/contract-terms.js';
import { owner as deletionDeadlines } from './rules/clauses/deletion-deadlines.js';
import { owner as obligations } from './rules/clauses/obligations.js';
import { owner as subprocessing } from './rules/clauses/subprocessing.js';
import { owner as dataCategories } from './rules/data/categories.js';
import { owner as measures } from './rules/data/measures.js';
import { owner as specialMentions } from './rules/data/special-mentions.js';
import { owner as restatedTerms } from './rules/custom-clauses/restated-terms.js';
import { owner as translation } from './rules/custom-clauses/translation.js';
import { owner as eea } from './rules/eea.js';
import { owner as formalities } from './rules/formalities.js';
import { owner as parties } from './rules/parties.js';
import { owner as placeholders } from './rules/placeholders.js';
import { owner as assistanceCosts } from './rules/prose/assistance-costs.js';
import { owner as breachDefinition } from './rules/prose/breach-definition.js';
import { owner as crossReferences } from './rules/prose/cross-references.js';
import { owner as duplicateParagraphs } from './rules/prose/duplicate-paragraphs.js';
import { owner as formatting } from './rules/prose/formatting.js';
import { owner as outdatedTerms } from './rules/prose/outdated-terms.js';
import { owner as ownership } from './rules/prose/ownership.js';
import { owner as purposes } from './rules/prose/purposes.js';
import { owner as weakenedSecurity } from './rules/prose/weakened-security.js';
import { owner as repealedLaw } from './rules/repealed-law.js';
import { owner as retention } from './rules/retention.js';
import { owner as transferInstruments } from './rules/transfer-instruments.js';
import { owner as transfers } from './rules/transfers.js';

/** The file that owns each catalogue rule: every rule is reported from its owner's file only. */
export const RULE_OWNERS: readonly RuleOwner[] = [
    placeholders, repealedLaw, retention, transfers, transferInstruments, eea,
    absentElements, subprocessing, breachNotification, obligations, contractTerms, amendments, deletionDeadlines,
    dataCategories, specialMentions, measures,
    purposes, breachDefinition, weakenedSecurity, assistanceCosts, ownership, outdatedTerms, crossReferences, duplicateParagraphs, formatting,
    parties, formalities, translation, restatedTerms
];

/** The catalogue rules the validator implements. */
export function implementedRules(): string[] {
    return [...new Set(RULE_OWNERS.flatMap(m => m.rules))].sort();
}
