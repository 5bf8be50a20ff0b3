import type { QuietCase, RuleCase } from './types.js';

export const cases: RuleCase[] = [];

export const quiet: QuietCase[] = [];
