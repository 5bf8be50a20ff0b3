import type { CheckModule } from '../check-module.js';

/** Rules on text heuristics on the agreement's own wording. */
export const wordingModule: CheckModule = {
    name: 'wording',
    rules: [],
    checks: {}
};
