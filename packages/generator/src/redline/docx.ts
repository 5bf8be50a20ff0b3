/**
 * The redline as a Word document with tracked changes: the new agreement in which Word shows each
 * inserted word as an insertion (`<w:ins>`) and each deleted one as a deletion (`<w:del>`,
 * `<w:delText>`), by the author "dpa" at a fixed date, so that "Accept all changes" gives the new
 * agreement and "Reject all" the old one. Whole paragraphs and table rows that were added or
 * removed carry the mark on their paragraph mark or row, so that accepting removes them.
 *
 * Built on the Word writer as it is, without hooks in it: the redline (model.ts) becomes one
 * document of ordinary blocks, old and new interleaved, whose text carries the marks as private-
 * use characters (MARK); `renderDocx` lays it out as any agreement (styles, numbering, sections,
 * header and footer), and the marks in word/document.xml then become Word's revision elements
 * (`trackChanges`). A user's text never holds those characters: they become U+FFFD first.
 *
 * Tables whose columns changed, and signature blocks whose parties or lines changed, are shown
 * as the old one deleted and the new one inserted whole (Word's revisions of a table grid are
 * beyond this writer). Known differences from the new document after accepting: the empty
 * paragraph the Word writer puts after every table stays after a deleted table; so does a
 * deleted paragraph that ends a section (its mark holds the section's page settings), and the
 * number of a removed paragraph that Word numbering cannot number ("3.1a", written as text).
 * Tested by reading word/document.xml back (accept all, reject all) and through LibreOffice
 * (test/generator/redline-docx.test.ts).
 */
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import type { AgreementDocument, Block, SignatureParty, SignaturesBlock, TableBlock } from '../ir.js';
import { renderDocx } from '../render/docx.js';
import { crc32, writeZip, type ZipEntry } from '../render/zip.js';
import { compareDocuments, type Redline, type RedlineBlock, type RedlineLine, type Status } from './model.js';
import type { Words } from './words.js';

/** The marks in the text of the merged document: inline, on a paragraph mark, on a table row. */
const MARK = {
    insStart: '\uE000', insEnd: '\uE001', delStart: '\uE002', delEnd: '\uE003',
    paragraphAdded: '\uE004', paragraphRemoved: '\uE005', rowAdded: '\uE006', rowRemoved: '\uE007'
} as const;
const MARKS = /[\uE000-\uE007]/g;
const MARKS_IN = /[\uE000-\uE007]/;

/** The author and date of every revision: fixed, so the same documents give the same bytes. */
const AUTHOR = 'dpa';
const DATE = '2000-01-01T00:00:00Z';

const DOCUMENT_XML = 'word/document.xml';

/** The redline of two generated agreements as a Word document with tracked changes. Same documents, same bytes. */
export async function renderRedlineDocx(before: AgreementDocument, after: AgreementDocument): Promise<Uint8Array> {
    const redline = compareDocuments(before, after);
    const merged: AgreementDocument = { lang: redline.lang, title: redline.title, draft: redline.draft, blocks: redlineBlocks(redline) };
    const files = unzipSync(await renderDocx(merged));
    const entries: ZipEntry[] = Object.entries(files).map(([path, data]) => {
        const content = path === DOCUMENT_XML ? strToU8(trackChanges(strFromU8(data))) : data;
        return { name: strToU8(path), size: content.length, crc: crc32(content), deflated: deflateSync(content) };
    });
    return writeZip(entries);
}

// ---------------------------------------------------------------------------------------------
// The redline as blocks, marked.

const safe = (text: string) => text.replace(MARKS, '\uFFFD');

function marked(words: Words): string {
    return words.map(word => {
        const text = safe(word.text);
        return word.kind === 'same' ? text : word.kind === 'added' ? MARK.insStart + text + MARK.insEnd : MARK.delStart + text + MARK.delEnd;
    }).join('');
}

/** A paragraph's own mark: an added or removed paragraph's mark is inserted or deleted with it. */
const paragraphMark = (status: Status) => (status === 'added' ? MARK.paragraphAdded : status === 'removed' ? MARK.paragraphRemoved : '');
const rowMark = (status: Status) => (status === 'added' ? MARK.rowAdded : status === 'removed' ? MARK.rowRemoved : '');
const line = (l: RedlineLine) => paragraphMark(l.status) + marked(l.words);

/** One document of the two: every part, old and new blocks in reading order, their text marked. */
export function redlineBlocks(redline: Redline): Block[] {
    return redline.parts.flatMap(part => part.blocks.flatMap(blocksOf));
}

function blocksOf(block: RedlineBlock): Block[] {
    const own = paragraphMark(block.status);
    switch (block.kind) {
        case 'title':
            return [{ kind: 'title', text: own + marked(block.text), subtitle: block.subtitle.map(line) }];
        case 'notice':
            return [{ kind: 'notice', text: own + marked(block.text) }];
        case 'heading':
            return [{ kind: 'heading', level: block.level, anchor: block.anchor, text: own + marked(block.text) }];
        case 'paragraph':
            return [{ kind: 'paragraph', text: own + marked(block.text), ...(block.number !== undefined ? { number: safe(block.number) } : {}) }];
        case 'list':
            return [{ kind: 'list', items: block.items.map(line) }];
        case 'table': {
            const { before, after } = block.sides;
            if (block.columns.some(column => column.status !== 'same')) return [...(before ? [wholeTable(before, 'removed')] : []), ...(after ? [wholeTable(after, 'added')] : [])];
            return [{
                kind: 'table',
                columns: block.columns.map(column => marked(column.words)),
                rows: block.rows.map(row => ({
                    // A cell's last paragraph keeps its mark (Word keeps a cell's last paragraph); the row's mark goes with its first line.
                    cells: row.cells.map((lines, i) => {
                        const texts = lines.map((l, k) => (k < lines.length - 1 ? line(l) : marked(l.words)));
                        return i === 0 ? withMark(texts, rowMark(row.status)) : texts;
                    })
                }))
            }];
        }
        case 'signatures': {
            const { before, after } = block.sides;
            const sameShape = block.parties.every(party => party.status !== 'added' && party.status !== 'removed' && party.rows.every(row => row.status !== 'added' && row.status !== 'removed'));
            if (!sameShape) return [...(before ? [wholeSignatures(before, 'removed')] : []), ...(after ? [wholeSignatures(after, 'added')] : [])];
            return [{ kind: 'signatures', parties: block.parties.map(party => ({ heading: marked(party.heading), rows: party.rows.map(row => [marked(row.label), marked(row.value)] as const) })) }];
        }
    }
}

function withMark(lines: readonly string[], mark: string): string[] {
    if (!mark) return [...lines];
    return lines.length === 0 ? [mark] : [mark + lines[0]!, ...lines.slice(1)];
}

function whole(text: string, status: 'added' | 'removed'): string {
    return marked(text === '' ? [] : [{ kind: status, text }]);
}

function wholeTable(table: TableBlock, status: 'added' | 'removed'): TableBlock {
    const mark = rowMark(status);
    return {
        kind: 'table',
        columns: table.columns.map((column, i) => (i === 0 ? mark : '') + whole(column, status)),
        rows: table.rows.map(row => ({ cells: row.cells.map((lines, i) => (i === 0 ? withMark(lines.map(l => whole(l, status)), mark) : lines.map(l => whole(l, status)))) }))
    };
}

/** A signature block inserted or deleted whole: every row of its table marked (through each party's heading and labels). */
function wholeSignatures(block: SignaturesBlock, status: 'added' | 'removed'): SignaturesBlock {
    const mark = rowMark(status);
    const party = (p: SignatureParty): SignatureParty => ({
        heading: mark + whole(p.heading, status),
        rows: p.rows.map(([label, value]) => [mark + whole(label, status), whole(value, status)] as const)
    });
    return { kind: 'signatures', parties: block.parties.map(party) };
}

// ---------------------------------------------------------------------------------------------
// The marks in word/document.xml as Word's revisions.

/**
 * word/document.xml with its marks as revisions: a paragraph with a paragraph mark gets
 * `<w:rPr><w:ins/></w:rPr>` (or `w:del`) in its properties, a table row with a row mark gets it in
 * `<w:trPr>`, and every run is split where the inline marks open and close (a mark may span the
 * runs of several lines), its inserted text in `<w:ins>`, its deleted text in `<w:del>` as
 * `<w:delText>`. Revisions are numbered in document order.
 */
export function trackChanges(xml: string): string {
    let id = 0;
    const revision = () => `w:id="${++id}" w:author="${AUTHOR}" w:date="${DATE}"`;
    const withParagraphMarks = xml.replace(/<w:p>(.*?)<\/w:p>/gs, (paragraph: string, content: string) => {
        const kind = content.includes(MARK.paragraphRemoved) ? 'del' : content.includes(MARK.paragraphAdded) ? 'ins' : undefined;
        // A section's last paragraph holds its properties: deleting its mark would join two sections (an empty paragraph stays instead).
        if (!kind || content.includes('<w:sectPr')) return paragraph;
        const mark = `<w:rPr><w:${kind} ${revision()}/></w:rPr>`;
        if (!content.startsWith('<w:pPr>')) return `<w:p><w:pPr>${mark}</w:pPr>${content}</w:p>`;
        const end = content.indexOf('</w:pPr>');
        return `<w:p>${content.slice(0, end)}${mark}${content.slice(end)}</w:p>`;
    });
    const withRowMarks = withParagraphMarks.replace(/<w:tr>(.*?)<\/w:tr>/gs, (row: string, content: string) => {
        const kind = content.includes(MARK.rowRemoved) ? 'del' : content.includes(MARK.rowAdded) ? 'ins' : undefined;
        if (!kind) return row;
        const mark = `<w:${kind} ${revision()}/>`;
        return content.startsWith('<w:trPr>') ? `<w:tr>${content.replace('</w:trPr>', `${mark}</w:trPr>`)}</w:tr>` : `<w:tr><w:trPr>${mark}</w:trPr>${content}</w:tr>`;
    });
    let mode: 'same' | 'ins' | 'del' = 'same';
    return withRowMarks.replace(/<w:r>((?:<w:rPr>.*?<\/w:rPr>)?)((?:<w:br\/>)?)<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g, (run: string, properties: string, lineBreak: string, text: string) => {
        if (mode === 'same' && !MARKS_IN.test(text)) return run;
        const pieces: { mode: typeof mode; text: string }[] = [{ mode, text: '' }];
        for (const ch of text) {
            const next = ch === MARK.insStart ? 'ins' : ch === MARK.delStart ? 'del' : ch === MARK.insEnd || ch === MARK.delEnd ? 'same' : undefined;
            if (next !== undefined) {
                mode = next;
                pieces.push({ mode, text: '' });
            } else if (!MARKS_IN.test(ch)) pieces.at(-1)!.text += ch;
        }
        const kept = pieces.filter(piece => piece.text !== '');
        // A run whose text was only marks still carries its line break.
        if (kept.length === 0) return lineBreak ? `<w:r>${properties}${lineBreak}</w:r>` : '';
        return kept.map((piece, i) => {
            const start = `<w:r>${properties}${i === 0 ? lineBreak : ''}`;
            if (piece.mode === 'same') return `${start}<w:t xml:space="preserve">${piece.text}</w:t></w:r>`;
            if (piece.mode === 'ins') return `<w:ins ${revision()}>${start}<w:t xml:space="preserve">${piece.text}</w:t></w:r></w:ins>`;
            return `<w:del ${revision()}>${start}<w:delText xml:space="preserve">${piece.text}</w:delText></w:r></w:del>`;
        }).join('');
    });
}
