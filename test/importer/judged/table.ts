import type { JudgedRow } from '../../language/real-agreements/table.js';

/**
 * One judged row: as the real agreements' rows (rule, the start of the text the diagnostic covers,
 * count, the defect or the false alarm), and optionally the element the diagnostic lies in, for
 * diagnostics that cover the same text in different elements ("US" of two sub-processors).
 */
export interface ImportRow extends JudgedRow {
    /** The name of the top-level element (sub-processor, activity, clause) the diagnostic lies in. */
    readonly element?: string;
    /** Words of the diagnostic's message, for diagnostics of one rule on the same text that say different things. */
    readonly says?: string;
}

/**
 * Every defect the review reports on one imported agreement (the `DPA-R..` errors and warnings of
 * the `.dpa` that `dpa import` makes of the source), judged by hand against the source: the
 * defect of the agreement it reports (an id of docs/real-agreements.md where the agreement has
 * one, otherwise the defect in words), or a false alarm saying why it is wrong.
 * scripts/import-accuracy.ts counts precision from them.
 */
export interface ImportJudgement {
    /** The corpus entry (test/importer/corpus.ts). */
    readonly name: string;
    readonly rows: readonly ImportRow[];
}
