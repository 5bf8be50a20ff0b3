import type { CheckModule } from '../check-module.js';

/** Rules on parties, signatures, record of processing, description of the processing. */
export const partiesModule: CheckModule = {
    name: 'parties',
    rules: [],
    checks: {}
};
