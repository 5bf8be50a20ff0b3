import type { CheckModule } from '../check-module.js';

/** Rules on Art. 28(3) clauses and their parameters. */
export const clausesModule: CheckModule = {
    name: 'clauses',
    rules: [],
    checks: {}
};
