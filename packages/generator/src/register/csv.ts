/** The register as CSV: cells a spreadsheet cannot run as formulas, quoted as RFC 4180 asks. */
import type { Lang } from '@dpa/language';
import type { RegisterRecord } from './model.js';
import { REGISTER_COLUMNS, registerRow } from './table.js';

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection):
 * `= + - @`, tab and CR, and the full-width forms `＝ ＋ － ＠` some spreadsheets also accept.
 */
export const CSV_FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/**
 * A cell a spreadsheet shows as text: prefixed with `'` when it starts with a formula trigger,
 * also after leading spaces or line feeds (which some spreadsheets skip).
 */
export function neutralizeCsvCell(value: string): string {
    const first = value.replace(/^[ \n]+/, '').charAt(0);
    return first !== '' && CSV_FORMULA_TRIGGERS.includes(first) ? `'${value}` : value;
}

/**
 * A CSV field: neutralised against formula injection (`neutralizeCsvCell`), then quoted (RFC
 * 4180) when it holds a comma, a quote, a semicolon or a line break, or leading or trailing space.
 */
export function csvField(value: string): string {
    const cell = neutralizeCsvCell(value);
    return /[",;\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The register as CSV (RFC 4180): a header row with `REGISTER_COLUMNS`, one row per record in
 * the given order, CRLF line ends, ending with one; UTF-8 without a byte order mark.
 */
export function registerCsv(records: readonly RegisterRecord[], lang: Lang = 'en'): string {
    const lines = [REGISTER_COLUMNS.join(',')];
    for (const record of records) {
        const row = registerRow(record, lang);
        lines.push(REGISTER_COLUMNS.map(column => csvField(row[column])).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}
