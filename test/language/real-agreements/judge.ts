import type { Diagnostic } from 'vscode-languageserver-types';
import { coveredText } from '../../helpers.js';
import type { AgreementTable, JudgedRow } from './table.js';

/** One row of a table with the diagnostics it explains. */
export interface JudgedHits {
    readonly row: JudgedRow;
    readonly hits: Diagnostic[];
}

export interface Judgement {
    readonly table: AgreementTable;
    readonly text: string;
    /** Every row with its diagnostics, in the table's order. */
    readonly rows: JudgedHits[];
    /** Diagnostics no row explains. */
    readonly unexplained: Diagnostic[];
    /** The rows, in the order of the first diagnostic each explains (the CLI's order). */
    readonly ordered: JudgedHits[];
}

/**
 * Assigns each diagnostic to the row of its rule whose covered text is the longest start of the
 * text the diagnostic covers (so "Wbp" and "Wbp-term" rows do not compete).
 */
export function judge(table: AgreementTable, text: string, diagnostics: readonly Diagnostic[]): Judgement {
    const rows: JudgedHits[] = table.rows.map(row => ({ row, hits: [] }));
    const unexplained: Diagnostic[] = [];
    const ordered: JudgedHits[] = [];
    for (const d of diagnostics) {
        const covered = coveredText(text, d);
        let best: JudgedHits | undefined;
        for (const entry of rows) {
            if (entry.row.rule !== String(d.code) || !covered.startsWith(entry.row.covered)) continue;
            if (!best || entry.row.covered.length > best.row.covered.length) best = entry;
        }
        if (!best) unexplained.push(d);
        else {
            if (best.hits.length === 0) ordered.push(best);
            best.hits.push(d);
        }
    }
    return { table, text, rows, unexplained, ordered };
}

export function expected(row: JudgedRow): number {
    return row.count ?? 1;
}

/** Diagnostics, false alarms and true notes of a judgement (by its table's counts). */
export function figures(j: Judgement): { diagnostics: number; falseAlarms: number; notes: number } {
    let diagnostics = 0;
    let falseAlarms = 0;
    let notes = 0;
    for (const { row, hits } of j.rows) {
        diagnostics += hits.length;
        if (row.falseAlarm !== undefined) falseAlarms += hits.length;
        else if (row.defect === 'note') notes += hits.length;
    }
    return { diagnostics, falseAlarms, notes };
}

/** The defect ids a row names: "S5, S7-S10" is S5, S7, S8, S9, S10. */
export function defectIds(defect: string): string[] {
    const ids: string[] = [];
    for (const part of defect.split(/,\s*/)) {
        const range = /^([A-Z])(\d+)-[A-Z]?(\d+)$/.exec(part.trim());
        if (range) for (let n = Number(range[2]); n <= Number(range[3]); n++) ids.push(`${range[1]}${n}`);
        else if (/^[A-Z]\d+$/.test(part.trim())) ids.push(part.trim());
    }
    return ids;
}

/** A row to paste for a diagnostic no row explains. */
export function suggestion(text: string, d: Diagnostic): string {
    const covered = coveredText(text, d).split('\n')[0]!.slice(0, 40).replace(/'/g, "\\'");
    return `line ${d.range.start.line + 1}: { defect: '?', reason: '?', rule: '${String(d.code)}', covered: '${covered}' } // ${String(d.message).slice(0, 100)}`;
}
