import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { SourceBlock } from '../source.js';
import { ImportError } from './errors.js';
import { readHtml } from './html.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: a Word 97-2003 document, or a .docx encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/**
 * A Word document (.docx) read with mammoth (docx → HTML, then the HTML reader): headings by
 * their Word style, paragraphs, lists, tables. Mammoth knows a paragraph is in a numbered list
 * but not the number Word shows ("6.1", "a."), so the reader computes it from the document's
 * numbering definitions (`word/numbering.xml`: each level's format and text, "6.%1") and gives
 * it to the list item. Each block's `at.paragraph` is the 1-based Word paragraph it starts at.
 */
export async function readDocx(path: string, bytes: Uint8Array): Promise<SourceBlock[]> {
    if (startsWith(bytes, OLE)) throw new ImportError('read.docxIsDoc', path);
    if (!startsWith(bytes, ZIP)) throw new ImportError('read.docxNotZip', path);
    let html: string;
    let numbers: (string | undefined)[];
    try {
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const zip = await JSZip.loadAsync(buffer);
        const document = await zip.file('word/document.xml')?.async('string');
        if (document === undefined) throw new Error('word/document.xml is missing');
        numbers = listNumbers(document, await zip.file('word/numbering.xml')?.async('string'));
        html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: false })).value;
    } catch (error) {
        if (error instanceof ImportError) throw error;
        throw new ImportError('read.docxCorrupt', path, { reason: (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/u, '') });
    }
    // Word's numbers go to the list items in order; when mammoth made another number of items (a list
    // numbered through its paragraph style), the items are numbered by their place in their lists.
    const items = html.match(/<li>/gu)?.length ?? 0;
    const options = items === numbers.length ? { listNumbers: numbers } : { nestedNumbers: true };
    return [...readHtml(html, { locate: 'paragraph', ...options }).blocks];
}

interface Level {
    readonly start: number;
    readonly format: string;
    readonly text: string;
}

/** Attribute `w:val` of the first `<w:name …>` in `xml`. */
const valueOf = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\b[^>]*?w:val="([^"]*)"`, 'u').exec(xml)?.[1];

/** The levels of each numbering instance (`w:num`), by its id, from `word/numbering.xml`. */
function numberingLevels(numbering: string): Map<string, Map<number, Level>> {
    const abstract = new Map<string, Map<number, Level>>();
    for (const m of numbering.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/gu)) {
        const levels = new Map<number, Level>();
        for (const lvl of m[2]!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvl>/gu)) {
            levels.set(Number(lvl[1]), { start: Number(valueOf(lvl[2]!, 'start') ?? '1'), format: valueOf(lvl[2]!, 'numFmt') ?? 'decimal', text: valueOf(lvl[2]!, 'lvlText') ?? '' });
        }
        abstract.set(m[1]!, levels);
    }
    const nums = new Map<string, Map<number, Level>>();
    for (const m of numbering.matchAll(/<w:num\b[^>]*?w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/gu)) {
        const base = abstract.get(valueOf(m[2]!, 'abstractNumId') ?? '');
        if (!base) continue;
        const levels = new Map(base);
        for (const override of m[2]!.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/gu)) {
            const start = valueOf(override[2]!, 'startOverride');
            const level = levels.get(Number(override[1]));
            if (start !== undefined && level) levels.set(Number(override[1]), { ...level, start: Number(start) });
        }
        nums.set(m[1]!, levels);
    }
    return nums;
}

const ROMAN: readonly [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
    let out = '';
    for (const [value, letters] of ROMAN) while (n >= value) { out += letters; n -= value; }
    return out;
}

function letters(n: number): string {
    return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a numbering format of Word (`w:numFmt`). */
function formatCounter(n: number, format: string): string {
    switch (format) {
        case 'lowerLetter': return letters(n);
        case 'upperLetter': return letters(n).toUpperCase();
        case 'lowerRoman': return roman(n);
        case 'upperRoman': return roman(n).toUpperCase();
        case 'decimalZero': return String(n).padStart(2, '0');
        default: return String(n);
    }
}

/**
 * The number Word shows before each numbered paragraph, in document order (undefined for a
 * bullet): each level's text with `%1`…`%9` replaced by the counters, which go up per
 * numbering instance and restart below a level that goes up.
 */
function listNumbers(document: string, numbering: string | undefined): (string | undefined)[] {
    const nums = numbering ? numberingLevels(numbering) : new Map<string, Map<number, Level>>();
    const counters = new Map<string, number[]>();
    const out: (string | undefined)[] = [];
    for (const paragraph of document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/gu)) {
        const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(paragraph[1]!)?.[1];
        if (numPr === undefined) continue;
        const numId = valueOf(numPr, 'numId');
        const ilvl = Number(valueOf(numPr, 'ilvl') ?? '0');
        if (numId === undefined || numId === '0') continue;
        const levels = nums.get(numId);
        const level = levels?.get(ilvl);
        if (!levels || !level || level.format === 'bullet' || level.format === 'none') {
            out.push(undefined);
            continue;
        }
        const counts = counters.get(numId) ?? [];
        counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
        counts.length = ilvl + 1;
        counters.set(numId, counts);
        out.push(level.text.replace(/%([1-9])/gu, (_whole, k: string) => {
            const index = Number(k) - 1;
            return formatCounter(counts[index] ?? levels.get(index)?.start ?? 1, levels.get(index)?.format ?? 'decimal');
        }).trim());
    }
    return out;
}
