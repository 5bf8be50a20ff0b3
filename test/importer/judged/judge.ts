import type { Diagnostic } from 'vscode-languageserver-types';
import { coveredText } from '../../helpers.js';
import { expected, suggestion } from '../../language/real-agreements/judge.js';
import type { ImportJudgement, ImportRow } from './table.js';

/** A top-level element of an imported `.dpa` ("    subprocessor Anthropic {"): its name. */
const ELEMENT = /^ {4}[a-z][\w-]* ([A-Z][\w]*)\b/u;

/** The name of the top-level element a line lies in: the nearest element header at or above it. */
function elementAt(lines: readonly string[], line: number): string | undefined {
    for (let at = line; at >= 0; at--) {
        const header = ELEMENT.exec(lines[at]!);
        if (header) return header[1];
        if (/^ {4}\S/u.test(lines[at]!) && !lines[at]!.startsWith('    //')) return undefined;
    }
    return undefined;
}

/** A row that names its element or words of the message is more specific than one that does not. */
function specificity(row: ImportRow): number {
    return (row.element === undefined ? 0 : 2) + (row.says === undefined ? 0 : 1);
}

function messageOf(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
}

export interface ImportJudged {
    readonly hits: ReadonlyMap<ImportRow, readonly Diagnostic[]>;
    /** Messages for diagnostics no row explains and rows whose count is not met. */
    readonly stale: readonly string[];
    readonly falseAlarms: readonly string[];
}

/**
 * Assigns each defect to its row: same rule, covered text starting with the row's, the row's
 * element and message words when it names them; the most specific row wins, then the longest
 * covered text.
 */
export function judgeImport(judgement: ImportJudgement, text: string, defects: readonly Diagnostic[]): ImportJudged {
    const lines = text.split('\n');
    const hits = new Map<ImportRow, Diagnostic[]>(judgement.rows.map(row => [row, []]));
    const stale: string[] = [];
    const file = `test/importer/judged/${judgement.name}.ts`;
    for (const d of defects) {
        const covered = coveredText(text, d);
        const element = elementAt(lines, d.range.start.line);
        let best: ImportRow | undefined;
        for (const row of judgement.rows) {
            if (row.rule !== String(d.code) || !covered.startsWith(row.covered)) continue;
            if (row.element !== undefined && row.element !== element) continue;
            if (row.says !== undefined && !messageOf(d).includes(row.says)) continue;
            const better = !best || specificity(row) > specificity(best)
                || (specificity(row) === specificity(best) && row.covered.length > best.covered.length);
            if (better) best = row;
        }
        if (best) hits.get(best)!.push(d);
        else stale.push(`${judgement.name} (imported): add a row to ${file}, ${suggestion(text, d)}${element ? ` [element ${element}]` : ''}`);
    }
    for (const [row, found] of hits) {
        if (found.length !== expected(row)) stale.push(`${file}: ${row.rule} on “${row.covered}”${row.element ? ` in ${row.element}` : ''} expects ${expected(row)}, found ${found.length}`);
    }
    const falseAlarms = [...hits].flatMap(([row, found]) => row.falseAlarm === undefined ? [] : found.map(() => `${row.rule}: ${row.falseAlarm!}`));
    return { hits, stale, falseAlarms };
}
