import { TRANSFER_MECHANISMS_DATA } from './data/index.js';
import type { MechanismEntry } from './data/schemas.js';

/** A mechanism of transfer-mechanisms.json, with its id (see `MechanismEntry` in data/schemas.ts). */
export interface TransferMechanismInfo extends Readonly<MechanismEntry> {
    readonly id: string;
}

const file = TRANSFER_MECHANISMS_DATA;

export function lookupTransferMechanism(id: string): TransferMechanismInfo | undefined {
    const info = file.mechanisms[id];
    return info ? { id, ...info } : undefined;
}

/** The SCC module (Decision 2021/914) for a transfer by the processor itself or to a sub-processor. */
export function expectedSccModule(kind: 'location' | 'subprocessor'): number {
    return file.sccModule[kind];
}

/**
 * The mechanism a transfer to a country rests on: the one stated, or — for a country with a
 * full adequacy decision, which needs none stated — the adequacy decision. Undefined when
 * nothing legitimises it (no mechanism stated for a third country, or an unknown one).
 */
export function effectiveMechanism(countryStatus: string | undefined, stated: { mechanism: string } | undefined): TransferMechanismInfo | undefined {
    if (stated) return lookupTransferMechanism(stated.mechanism);
    return countryStatus === 'adequate' ? lookupTransferMechanism('adequacy') : undefined;
}
