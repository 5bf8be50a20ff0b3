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

/** A place inside the GDPR area as a region: data processed there are not transferred (Art. 44). */
export function isGdprRegion(place: string | undefined): boolean {
    return place === 'EEA' || place === 'EU';
}

/** What a sub-processor declares about where it is and processes (the generated AST's fields). */
export interface RecipientPlaces {
    readonly country?: string;
    readonly seat?: string;
    readonly locations: readonly string[];
}

/**
 * Where a sub-processor processes the data: its `location`s, or else the one `country` of the
 * short form. (The seat is apart: a company is not always where it processes.)
 */
export function processingPlaces(sub: RecipientPlaces): readonly string[] {
    if (sub.locations.length > 0) return [...new Set(sub.locations)];
    return sub.country !== undefined ? [sub.country] : [];
}

/** The seat of a sub-processor: `seat`, or the one `country` of the short form. */
export function seatOf(sub: RecipientPlaces): string | undefined {
    return sub.seat ?? sub.country;
}
