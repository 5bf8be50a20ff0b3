import type { CheckModule } from './check-module.js';
import { clausesModule } from './rules/clauses.js';
import { completenessModule } from './rules/completeness.js';
import { dataModule } from './rules/data.js';
import { partiesModule } from './rules/parties.js';
import { retentionModule } from './rules/retention.js';
import { structureModule } from './rules/structure.js';
import { textModule } from './rules/text.js';
import { transfersModule } from './rules/transfers.js';
import { wordingModule } from './rules/wording.js';

/** Every check module of the validator, one per concern. */
export const CHECK_MODULES: readonly CheckModule[] = [
    structureModule,
    textModule,
    retentionModule,
    transfersModule,
    clausesModule,
    dataModule,
    wordingModule,
    partiesModule,
    completenessModule
];

/** The catalogue rules the validator implements. */
export function implementedRules(): string[] {
    return [...new Set(CHECK_MODULES.flatMap(m => m.rules))].sort();
}
