import mechanismData from './data/transfer-mechanisms.json';

export interface TransferMechanismInfo {
    readonly id: string;
    /** False for instruments that do not legitimise a transfer (controller consent, Privacy Shield, …). */
    readonly valid: boolean;
    /** The rule that reports an invalid instrument. */
    readonly rule?: string;
    readonly article: string;
    readonly countries?: readonly string[];
    readonly invalidSince?: string;
    /** What a transfer on this mechanism must also record: `certified`, `module`, `tia`. */
    readonly requires?: readonly ('certified' | 'module' | 'tia')[];
    /** False for mechanisms meant for occasional transfers only (Art. 49 derogations). */
    readonly structural?: boolean;
    readonly label: { readonly nl: string; readonly en: string };
}

interface MechanismFile {
    reviewed: string;
    sccModule: { location: number; subprocessor: number };
    mechanisms: Record<string, Omit<TransferMechanismInfo, 'id'>>;
}

const file = mechanismData as MechanismFile;

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
