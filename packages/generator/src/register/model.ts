/** The register's data: what `registerRecords` derives from an agreement, before any format. */
import type { Lang, TransferStatus } from '@dpa/language';

export interface RegisterContact {
    readonly person: string;
    readonly email?: string;
    readonly phone?: string;
}

export interface RegisterParty {
    readonly name: string;
    readonly tradeName?: string;
    readonly kvk?: string;
    /** Street, postcode, city and country, as one line. */
    readonly address?: string;
    readonly contact?: RegisterContact;
    readonly dpo?: RegisterContact;
}

export interface RegisterDataCategory {
    readonly label: string;
    /** Art. 9(1) special categories (`health`, `biometric`, …). */
    readonly special: readonly string[];
    readonly criminal: boolean;
    readonly bsn: boolean;
    readonly credentials: boolean;
    readonly basis?: string;
}

export interface RegisterTransfer {
    /** ISO 3166-1 alpha-2 code as written (an alias such as `UK` is resolved to `GB`). */
    readonly country: string;
    readonly countryName: string;
    /** `unknown` for a code the country table does not know. */
    readonly status: TransferStatus | 'unknown';
    /** Who receives the data: a sub-processor, or the processor when it is established outside the EEA (its own location). */
    readonly recipient: string;
    readonly recipientRole: 'processor' | 'subprocessor';
    /** The mechanism keyword (`scc`, `dpf`, …); absent when none is stated. */
    readonly mechanism?: string;
    /** The mechanism in words; for a full adequacy decision without a stated mechanism, that decision. */
    readonly mechanismLabel: string;
    /** False when no mechanism is stated or the instrument does not legitimise a transfer. */
    readonly valid: boolean;
    readonly module?: number;
    readonly certified?: boolean;
    /** The ground of an Art. 49 derogation (Art. 30(2)(c): the safeguards of such a transfer). */
    readonly ground?: string;
    readonly tia?: string;
}

export interface RegisterMeasure {
    readonly type: string;
    readonly kind: string;
    readonly description: string;
    readonly standards: readonly string[];
}

/** One row of the register: one processing activity of one agreement. */
export interface RegisterRecord {
    readonly processor?: RegisterParty;
    readonly controller?: RegisterParty;
    readonly agreement: {
        readonly name: string;
        readonly title: string;
        readonly version?: string;
        readonly effective?: string;
        /** Where the agreement comes from (a file path), when the caller gives it. */
        readonly source?: string;
    };
    readonly activity: { readonly name: string; readonly title: string };
    readonly purposes: readonly string[];
    /** The operations of the activity; operations of one staff role as `Role: a, b`. */
    readonly operations: readonly string[];
    readonly dataCategories: readonly RegisterDataCategory[];
    readonly dataSubjects: readonly string[];
    /** Countries where the processor itself processes, as codes. */
    readonly locations: readonly string[];
    readonly transfers: readonly RegisterTransfer[];
    readonly securityMeasures: readonly RegisterMeasure[];
    /** The retention term in words; undefined when the activity states none. */
    readonly retention?: string;
}

export interface RegisterOptions {
    /** Language of the labels the register adds (countries, mechanisms, retention); default `en`. */
    readonly lang?: Lang;
    readonly source?: string;
}
