import type { CheckModule } from '../check-module.js';

/** Rules on personal data and security measures. */
export const dataModule: CheckModule = {
    name: 'data',
    rules: [],
    checks: {}
};
