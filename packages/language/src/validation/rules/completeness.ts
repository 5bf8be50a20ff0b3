import type { CheckModule } from '../check-module.js';

/** Art. 28(3) completeness: which required elements the agreement provides. */
export const completenessModule: CheckModule = {
    name: 'completeness',
    rules: [],
    checks: {}
};
