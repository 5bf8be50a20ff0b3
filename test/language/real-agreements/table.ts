/**
 * The shape of a judged table of one real agreement (`examples/real/<name>.dpa`): every
 * diagnostic the validator gives on it, with its verdict, and the defects no diagnostic reports.
 * The defect ids (S5, B11, …) are those of docs/real-agreements.md.
 */
export interface JudgedRow {
    /**
     * The defect of the agreement the diagnostic reports (an id of docs/real-agreements.md), or
     * `note` for information that is true of the agreement but no defect (a formality, advice).
     */
    readonly defect: string;
    /** Why the diagnostic is right (or, with `falseAlarm`, what it claims). */
    readonly reason: string;
    /** The diagnostic's code (`DPA-R21`, `art28-coverage`). */
    readonly rule: string;
    /** The start of the text the diagnostic covers. */
    readonly covered: string;
    /** How many such diagnostics (rule and covered text); 1 when left out. */
    readonly count?: number;
    /**
     * The diagnostic is wrong for this agreement: why, and which rule (or language feature) must
     * change. Counted against precision; the target is no such row at all.
     */
    readonly falseAlarm?: string;
}

/** A defect of the agreement that no diagnostic (or only part of one) reports. */
export interface MissedDefect {
    readonly defect: string;
    readonly why: string;
}

export interface AgreementTable {
    /** The file under examples/real/. */
    readonly file: string;
    /** The agreement's heading in docs/real-agreements.md (its section starts with `## <title>`). */
    readonly title: string;
    readonly rows: readonly JudgedRow[];
    readonly missed: readonly MissedDefect[];
}
