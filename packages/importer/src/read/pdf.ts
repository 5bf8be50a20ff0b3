import { getDocumentProxy } from 'unpdf';
import type { SourceBlock } from '../source.js';
import { IMPORT_LIMITS, ImportError } from './errors.js';
import { headingParts } from './numbering.js';
import { readTextLayout } from './text.js';

/** How the reader turns positioned text into lines; the numbers are fractions of the font size. */
const PDF_LAYOUT = {
    /** Items whose baselines differ by less than this are on one line. */
    sameLine: 0.4,
    /** A gap between two items wider than this is a column gap: a tab (a table's cell border). */
    columnGap: 1.5,
    /** A gap wider than this before an item that starts where items start on several lines of the page (a column) is a tab too. */
    alignedGap: 0.8,
    /** Lines an x position must start an item on to be a column of the page. */
    columnLines: 3,
    /** A gap wider than this (and narrower than a column gap) is a space. */
    wordGap: 0.15,
    /** One column of indentation, for the text reader's hanging indents. */
    indentUnit: 0.5,
    /** A line further below the previous one than this many times the page's usual line distance starts a paragraph. */
    paragraphGap: 1.15,
    /** A line this much larger than the body text is a title (level 1), or a heading (level 2). */
    titleSize: 1.6,
    headingSize: 1.15,
    /** A heading is one line of at most this many characters. */
    headingChars: 120
} as const;

/** A part of a line that is only a paragraph number, a letter or a bullet. */
const MARKER_ONLY = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z][.)]|[-•·◦▪‣*–])$/u;

interface Item {
    readonly str: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly size: number;
    readonly font: string;
}

interface PdfLine {
    readonly page: number;
    readonly lineOnPage: number;
    readonly text: string;
    readonly size: number;
    readonly font: string;
    readonly y: number;
    blankBefore: boolean;
    /** How far below the line above on its page it is (Infinity for a page's first line). */
    readonly distance: number;
    /** The line split at its column gaps: where each part starts, and its text. */
    readonly cells: readonly { readonly x: number; readonly text: string }[];
}

/** The name pdf.js gives the error it throws, by kind of damage. */
function pdfError(path: string, error: unknown): ImportError {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException' || /password/iu.test(message)) return new ImportError('read.pdfPassword', path);
    return new ImportError('read.pdfCorrupt', path, { reason: message.replace(/[.\s]+$/u, '') });
}

/**
 * A PDF read with unpdf (pdf.js): each page's text items grouped into lines by their baseline,
 * ordered left to right; a wide gap between items is a tab (so that a table's cells become a
 * tab-separated row), a larger distance between lines a paragraph break; running headers and
 * footers (the same line, digits aside, on most pages) are left out. The lines then go through
 * the text reader, which finds numbers, lists, tables and headings as in a text file; a short
 * line in a larger font, or in another font than the body text (bold), is a heading. Tables
 * are as good as the positions: a cell whose text wraps gives a row of its own. A PDF without
 * text (a scan), with a password, or damaged is an `ImportError`.
 */
export async function readPdf(path: string, bytes: Uint8Array): Promise<SourceBlock[]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new ImportError('read.pdfCorrupt', path, { reason: `reading it took longer than ${IMPORT_LIMITS.pdfSeconds} s` })), IMPORT_LIMITS.pdfSeconds * 1000);
    });
    try {
        return await Promise.race([readPdfPages(path, bytes), timeout]);
    } finally {
        clearTimeout(timer);
    }
}

async function readPdfPages(path: string, bytes: Uint8Array): Promise<SourceBlock[]> {
    if (!/^%PDF-/u.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart())) throw new ImportError('read.pdfNotPdf', path);
    let document: Awaited<ReturnType<typeof getDocumentProxy>>;
    try {
        document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    } catch (error) {
        throw pdfError(path, error);
    }
    const pages: Item[][] = [];
    try {
        const count = Math.min(document.numPages, IMPORT_LIMITS.pdfPages);
        for (let number = 1; number <= count; number++) {
            const page = await document.getPage(number);
            const content = await page.getTextContent();
            const items: Item[] = [];
            for (const item of content.items) {
                if (!('str' in item) || item.str === '') continue;
                const [a, b, , , x, y] = item.transform as number[];
                items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height, font: item.fontName });
            }
            pages.push(items);
            page.cleanup();
        }
    } catch (error) {
        throw pdfError(path, error);
    } finally {
        await document.cleanup();
        await document.loadingTask.destroy();
    }
    if (pages.every(items => items.every(item => item.str.trim() === ''))) throw new ImportError('read.pdfNoText', path, { pages: pages.length });
    const lines = withoutRunningLines(pages.map((items, index) => linesOf(items, index + 1)));
    // The usual distance between lines over the whole document; a larger one is a paragraph break.
    // A page break is no paragraph break: the text reader joins a paragraph that goes on over the page.
    const distances = lines.map(line => line.distance).filter(Number.isFinite).sort((p, q) => p - q);
    const usual = distances[Math.floor(distances.length / 2)] ?? 0;
    lines.forEach((line, i) => {
        const previous = lines[i - 1];
        // A larger distance or a change of font size is a paragraph break.
        if (previous?.page === line.page && (line.distance > PDF_LAYOUT.paragraphGap * usual || Math.abs(previous.size - line.size) > 0.5)) line.blankBefore = true;
    });
    return blocksOf(lines);
}

/** The lines of a page, top to bottom, each with its text (tabs at column gaps), size and font. */
function linesOf(items: readonly Item[], page: number): PdfLine[] {
    const sorted = items.filter(item => item.str.trim() !== '').sort((p, q) => q.y - p.y || p.x - q.x);
    const rows: Item[][] = [];
    for (const item of sorted) {
        const row = rows[rows.length - 1];
        if (row && Math.abs(row[0]!.y - item.y) < PDF_LAYOUT.sameLine * Math.max(item.size, row[0]!.size)) row.push(item);
        else rows.push([item]);
    }
    const left = Math.min(...sorted.map(item => item.x));
    // Where items start after a gap on several lines: the page's columns (a table's cells).
    const starts = new Map<number, number>();
    for (const row of rows) {
        row.sort((p, q) => p.x - q.x);
        row.forEach((item, i) => {
            const before = row[i - 1];
            if (before && item.x - (before.x + before.width) > PDF_LAYOUT.alignedGap * item.size) starts.set(Math.round(item.x), (starts.get(Math.round(item.x)) ?? 0) + 1);
        });
    }
    const isColumn = (x: number): boolean => [-1, 0, 1].some(d => (starts.get(Math.round(x) + d) ?? 0) >= PDF_LAYOUT.columnLines);
    const columns = [...starts.keys()].filter(isColumn).sort((p, q) => p - q);
    // An empty cell between two items: a tab for each column the gap spans.
    const skipped = (from: number, to: number): number => columns.filter(x => x > from + 1 && x < to - 1).length;
    return rows.map((row, index) => {
        row.sort((p, q) => p.x - q.x);
        const size = mostCommon(row.map(item => [Math.round(item.size * 10) / 10, item.str.length] as const)) ?? row[0]!.size;
        let text = ' '.repeat(Math.max(0, Math.round((row[0]!.x - left) / (size * PDF_LAYOUT.indentUnit))));
        let end = row[0]!.x;
        const cells: { x: number; text: string }[] = [];
        for (const item of row) {
            const gap = item.x - end;
            const column = gap > PDF_LAYOUT.columnGap * size || (gap > PDF_LAYOUT.alignedGap * size && isColumn(item.x));
            const space = gap > PDF_LAYOUT.wordGap * size && !/\s$/u.test(text) && !/^\s/u.test(item.str) ? ' ' : '';
            if (text.trim() !== '') text += column ? '\t'.repeat(1 + skipped(end, item.x)) : space;
            if (cells.length === 0 || column) cells.push({ x: item.x, text: item.str });
            else cells[cells.length - 1]!.text += space + item.str;
            text += item.str;
            end = item.x + item.width;
        }
        const previous = rows[index - 1];
        const distance = previous ? previous[0]!.y - row[0]!.y : Infinity;
        return {
            page, lineOnPage: index + 1, text: text.replace(/[ \u00a0]+$/u, ''), size, y: row[0]!.y, cells,
            font: mostCommon(row.map(item => [item.font, item.str.length] as const)) ?? '',
            distance,
            // Set once all pages are read and their running lines left out.
            blankBefore: false
        };
    });
}

function mostCommon<K>(weighted: readonly (readonly [K, number])[]): K | undefined {
    const totals = new Map<K, number>();
    for (const [key, weight] of weighted) totals.set(key, (totals.get(key) ?? 0) + weight);
    let best: K | undefined;
    let most = -1;
    for (const [key, total] of totals) if (total > most) [best, most] = [key, total];
    return best;
}

/** Pages without their running headers and footers: a first or last line that recurs, digits aside, on at least half of the pages. */
function withoutRunningLines(pages: readonly PdfLine[][]): PdfLine[] {
    const key = (line: PdfLine): string => line.text.trim().replace(/\d+/gu, '#');
    const edges = (lines: readonly PdfLine[]): PdfLine[] => [...lines.slice(0, 2), ...lines.slice(-2)];
    const counts = new Map<string, number>();
    for (const lines of pages) for (const k of new Set(edges(lines).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
    const running = new Set([...counts].filter(([, n]) => pages.length >= 2 && n >= Math.max(2, pages.length / 2)).map(([k]) => k));
    return pages.flatMap(lines => {
        const edge = new Set(edges(lines));
        return lines.filter(line => !(edge.has(line) && running.has(key(line))));
    });
}

/**
 * Table regions as pipe rows: a run of lines split into cells, with the lines that go on in
 * those columns (a cell's wrapped text). A line after a paragraph gap starts a row; a line
 * right under one continues it, each part appended to the cell of its column.
 */
function tableRows(lines: readonly PdfLine[], start: number): { rows: PdfLine[]; next: number } | undefined {
    const first = lines[start]!;
    // A number or bullet before its text is a marker, not a cell ("6.1", "•", "a)"): a table starts
    // at a line of two cells besides one; inside the table, a number is a cell ("Nr.").
    const cellsBesideMarker = first.cells.length - (MARKER_ONLY.test(first.cells[0]?.text.trim() ?? '') ? 1 : 0);
    if (cellsBesideMarker < 2) return undefined;
    const columns: number[] = [];
    const columnOf = (x: number): number => {
        const found = columns.findIndex(c => Math.abs(c - x) <= 3);
        return found;
    };
    let i = start;
    while (i < lines.length) {
        const line = lines[i]!;
        if (line.cells.length >= 2 && line.page === first.page) {
            for (const cell of line.cells) if (columnOf(cell.x) < 0) columns.push(cell.x);
        } else if (line.page !== first.page || line.cells.some(cell => columnOf(cell.x) < 0)) break;
        i++;
    }
    columns.sort((p, q) => p - q);
    if (i - start < 2 || columns.length < 2) return undefined;
    const rows: { line: PdfLine; cells: string[] }[] = [];
    for (const line of lines.slice(start, i)) {
        if (rows.length === 0 || line.blankBefore) rows.push({ line, cells: columns.map(() => '') });
        const row = rows[rows.length - 1]!;
        for (const cell of line.cells) {
            const k = columnOf(cell.x);
            row.cells[k] = `${row.cells[k]} ${cell.text}`.trim();
        }
    }
    const pipe = (cell: string): string => cell.replace(/\|/gu, '\\|');
    return { rows: rows.map(({ line, cells }) => ({ ...line, text: `| ${cells.map(pipe).join(' | ')} |` })), next: i };
}

function blocksOf(lines: readonly PdfLine[]): SourceBlock[] {
    const text: string[] = [];
    const origin: (PdfLine | undefined)[] = [];
    const push = (line: PdfLine | undefined, value: string): void => {
        text.push(value);
        origin.push(line);
    };
    for (let i = 0; i < lines.length;) {
        const line = lines[i]!;
        const table = tableRows(lines, i);
        if (line.blankBefore && text.length > 0 || (table && text.length > 0)) push(undefined, '');
        if (table) {
            for (const row of table.rows) push(row, row.text);
            push(undefined, '');
            i = table.next;
            continue;
        }
        push(line, line.text);
        i++;
    }
    const bodySize = mostCommon(lines.map(line => [line.size, line.text.length] as const)) ?? 0;
    const bodyFont = mostCommon(lines.map(line => [line.font, line.text.length] as const)) ?? '';
    return readTextLayout(text.join('\n')).blocks.map(block => {
        const line = origin[block.at.line! - 1]!;
        const at = { page: line.page, line: line.lineOnPage };
        if (block.kind === 'table') return { ...block, rows: joinContinuedRows(block.rows), at };
        if (block.kind !== 'paragraph') return { ...block, at };
        const whole = `${block.number ?? ''} ${block.text}`.trim();
        const oneLine = whole.length <= PDF_LAYOUT.headingChars && !/[.;:,]$/u.test(whole);
        if (oneLine && line.size >= PDF_LAYOUT.titleSize * bodySize) return { kind: 'heading', level: 1, ...headingParts(whole), at };
        if (oneLine && (line.size >= PDF_LAYOUT.headingSize * bodySize || (line.font !== bodyFont && /^\p{Lu}/u.test(block.text)))) {
            const parts = headingParts(whole);
            return { kind: 'heading', level: parts.number !== undefined && !/^\d+\.\d/u.test(parts.number) ? 2 : 3, ...parts, at };
        }
        return { ...block, at };
    });
}

/** A row whose first cell is empty, under a row that has one, is that row going on over a page break: one row again. */
function joinContinuedRows(rows: readonly (readonly string[])[]): string[][] {
    const out: string[][] = [];
    for (const row of rows) {
        const previous = out[out.length - 1];
        if (previous && out.length > 1 && row[0] === '' && previous[0] !== '' && row.length === previous.length) {
            row.forEach((cell, i) => { previous[i] = `${previous[i]} ${cell}`.trim(); });
        } else out.push([...row]);
    }
    return out;
}
