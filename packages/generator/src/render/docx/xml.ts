/**
 * word/document.xml's body written directly: the same elements, attributes and order as the
 * `docx` library writes for the same blocks (the test oracle, test/generator/docx-oracle/blocks.ts
 * and tables.ts, builds those through docx; this file mirrors them one to one, and
 * test/generator/docx-direct.test.ts checks that every part of the package is the same, byte for
 * byte). The other parts come from parts.ts and package-data.ts.
 */
import type { Block, ListBlock, ParagraphBlock, SignatureParty, SignaturesBlock, TableBlock } from '../../ir.js';
import type { NumberingPlan } from './numbering.js';
import { columnWidths } from './layout.js';
import { clean, escape } from './text.js';

/** A paragraph: its properties (the content of w:pPr) and its runs, kept apart so a section's properties can join them. */
export interface XmlParagraph {
    readonly kind: 'p';
    properties: string;
    readonly runs: string;
}
/** A table, written whole. */
export interface XmlTable {
    readonly kind: 'tbl';
    readonly xml: string;
}
export type XmlChild = XmlParagraph | XmlTable;

export function childXml(child: XmlChild): string {
    if (child.kind === 'tbl') return child.xml;
    return `<w:p>${child.properties ? `<w:pPr>${child.properties}</w:pPr>` : ''}${child.runs}</w:p>`;
}

interface ParagraphOptions {
    readonly style?: string;
    readonly keepNext?: boolean;
    readonly pageBreakBefore?: boolean;
    readonly numId?: number;
    readonly borderBottom?: boolean;
    readonly spacing?: { readonly before?: number; readonly after?: number };
}

function properties(o: ParagraphOptions): string {
    let xml = o.style ? `<w:pStyle w:val="${escape(o.style)}"/>` : '';
    if (o.keepNext !== undefined) xml += o.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
    if (o.pageBreakBefore) xml += '<w:pageBreakBefore/>';
    if (o.numId !== undefined) xml += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`;
    if (o.borderBottom) xml += '<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>';
    if (o.spacing) {
        const { after, before } = o.spacing;
        xml += `<w:spacing${after !== undefined ? ` w:after="${after}"` : ''}${before !== undefined ? ` w:before="${before}"` : ''}/>`;
    }
    return xml;
}

const paragraph = (o: ParagraphOptions, runs: string): XmlParagraph => ({ kind: 'p', properties: properties(o), runs });

interface RunFormat {
    readonly bold?: boolean;
    readonly color?: string;
}

function run(text: string, format: RunFormat = {}, lineBreak = false): string {
    const rPr = (format.bold !== undefined ? (format.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>') : '')
        + (format.color ? `<w:color w:val="${escape(format.color)}"/>` : '');
    return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${lineBreak ? '<w:br/>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** As text.ts `runs`: one run per line, a line break before every line but the first. */
function runs(text: string, format: RunFormat = {}): string {
    return clean(text).split(/\r?\n/).map((line, i) => run(line, format, i > 0)).join('');
}

/** The numIds of the document's lists, by reference (parts.ts `numIdsOf`: docx numbers them in first-use order). */
export type NumIds = ReadonlyMap<string, number>;

function numId(ids: NumIds, reference: string): number {
    const id = ids.get(reference);
    if (id === undefined) throw new Error(`No numbering instance for ${reference}`);
    return id;
}

/** The references of the numbered paragraphs and lists of `blocks`, in the order docx meets them. */
export function referencesInOrder(sections: readonly (readonly Block[])[], plan: NumberingPlan): string[] {
    const order: string[] = [];
    const see = (reference: string) => {
        if (!order.includes(reference)) order.push(reference);
    };
    for (const blocks of sections) {
        let afterClause = false;
        for (const block of blocks) {
            if (block.kind === 'heading') afterClause = false;
            if (block.kind === 'paragraph' && block.number) {
                const reference = plan.references.get(block);
                if (reference) see(reference);
                afterClause = true;
            }
            if (block.kind === 'list' && block.items.length > 0) see(afterClause ? 'dpa-bullet-clause' : 'dpa-bullet');
        }
    }
    return order;
}

/** The children of one section, as the oracle's blocks.ts `sectionChildren` makes them. */
export function sectionXml(blocks: readonly Block[], width: number, plan: NumberingPlan, ids: NumIds): XmlChild[] {
    const children: XmlChild[] = [];
    let afterClause = false;
    for (const [i, block] of blocks.entries()) {
        switch (block.kind) {
            case 'title':
                children.push(paragraph({ style: 'Heading1' }, runs(block.text)), ...block.subtitle.map(line => paragraph({ style: 'DpaSubtitle' }, runs(line))));
                break;
            case 'notice':
                children.push(paragraph({ style: 'DpaNotice' }, runs(block.text)));
                break;
            case 'heading':
                children.push(paragraph({
                    style: block.level === 2 ? 'Heading2' : 'Heading3',
                    pageBreakBefore: i > 0 && block.level === 2 && block.anchor.startsWith('bijlage-')
                }, runs(block.text)));
                afterClause = false;
                break;
            case 'paragraph':
                children.push(clause(block, plan, ids, ['list', 'table', 'signatures'].includes(blocks[i + 1]?.kind ?? '')));
                if (block.number) afterClause = true;
                break;
            case 'list':
                children.push(...list(block, afterClause, ids));
                break;
            case 'table':
                children.push({ kind: 'tbl', xml: table(block, width) }, paragraph({ spacing: { after: 0 } }, ''));
                break;
            case 'signatures':
                if (block.parties.length) children.push({ kind: 'tbl', xml: signatures(block, width) });
                break;
        }
    }
    return children;
}

function clause(block: ParagraphBlock, plan: NumberingPlan, ids: NumIds, keepNext: boolean): XmlParagraph {
    if (!block.number) return paragraph({ keepNext }, runs(block.text));
    const reference = plan.references.get(block);
    if (reference) return paragraph({ style: 'DpaClause', keepNext, numId: numId(ids, reference) }, runs(block.text));
    return paragraph({ style: 'DpaClause', keepNext }, run(clean(block.number), { bold: true }) + run('\t') + runs(block.text));
}

function list(block: ListBlock, afterClause: boolean, ids: NumIds): XmlParagraph[] {
    const reference = afterClause ? 'dpa-bullet-clause' : 'dpa-bullet';
    return block.items.map(item => paragraph({ style: 'ListParagraph', numId: numId(ids, reference) }, runs(item)));
}

const GRID = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side => `<w:${side} w:val="single" w:color="9A9A9A" w:sz="4"/>`).join('') + '</w:tblBorders>';
const NO_BORDERS = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`).join('') + '</w:tblBorders>';
const cellMargins = (top: number, left: number, bottom: number, right: number) =>
    `<w:tblCellMar><w:top w:type="dxa" w:w="${top}"/><w:left w:type="dxa" w:w="${left}"/><w:bottom w:type="dxa" w:w="${bottom}"/><w:right w:type="dxa" w:w="${right}"/></w:tblCellMar>`;

function tableStart(width: number, borders: string, margins: string, widths: readonly number[]): string {
    return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>${borders}<w:tblLayout w:type="fixed"/>${margins}</w:tblPr>`
        + `<w:tblGrid>${widths.map(w => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
}

const cell = (width: number, content: string, shading?: string) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading ? `<w:shd w:fill="${shading}" w:color="auto" w:val="clear"/>` : ''}</w:tcPr>${content}</w:tc>`;

/** As the oracle's tables.ts `table`. */
function table(block: TableBlock, width: number): string {
    const widths = columnWidths(block, width);
    const content = (lines: readonly string[], style: string) => (lines.length ? lines : ['']).map(line => childXml(paragraph({ style }, runs(line)))).join('');
    const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${block.columns.map((c, i) => cell(widths[i]!, content([c], 'DpaTableHeading'), 'E4E9F1')).join('')}</w:tr>`;
    const rows = block.rows.map(row => `<w:tr>${block.columns.map((_, i) => cell(widths[i]!, content(row.cells[i] ?? [], 'DpaTableText'))).join('')}</w:tr>`).join('');
    return `${tableStart(width, GRID, cellMargins(50, 85, 50, 85), widths)}${header}${rows}</w:tbl>`;
}

/** As the oracle's tables.ts `signatures`: rows keep with the next (their paragraphs do) except a pair's last. */
function signatures(block: SignaturesBlock, width: number): string {
    const perRow = Math.min(Math.max(block.parties.length, 1), 2);
    const gap = 567;
    const columnWidth = Math.floor((width - gap * (perRow - 1)) / perRow);
    const widths = Array.from({ length: perRow }, (_, i) => (i === 0 ? [columnWidth] : [gap, columnWidth])).flat();
    type Stand = Omit<ParagraphOptions, 'keepNext'> & { runs: string };
    const empty = (): Stand[] => [{ style: 'DpaSignature', runs: '' }];
    const row = (parties: readonly SignatureParty[], content: (party: SignatureParty) => Stand[], last: boolean) => {
        const paragraphs = (stands: Stand[]) => stands.map(({ runs: r, ...o }) => childXml(paragraph({ ...o, keepNext: !last }, r))).join('');
        const cells = Array.from({ length: perRow }, (_, i) => {
            const party = parties[i];
            const own = cell(columnWidth, paragraphs(party ? content(party) : empty()));
            return i === 0 ? own : cell(gap, paragraphs(empty())) + own;
        }).join('');
        return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
    };
    const line = (i: number) => (party: SignatureParty): Stand[] => {
        const entry = party.rows[i];
        if (!entry) return empty();
        const [label, value] = entry;
        if (value) return [{ style: 'DpaSignature', runs: runs(`${label}: `, { color: '595959' }) + runs(value) }];
        return [
            { style: 'DpaSignature', runs: runs(`${label}:`, { color: '595959' }) },
            { style: 'DpaSignature', spacing: { before: 720, after: 120 }, borderBottom: true, runs: '' }
        ];
    };
    const pairs: SignatureParty[][] = [];
    for (let i = 0; i < block.parties.length; i += perRow) pairs.push(block.parties.slice(i, i + perRow));
    const rows = pairs.flatMap(pair => {
        const count = Math.max(0, ...pair.map(p => p.rows.length));
        return [
            row(pair, party => [{ style: 'DpaSignature', spacing: { before: 120, after: 160 }, runs: runs(party.heading, { bold: true }) }], count === 0),
            ...Array.from({ length: count }, (_, i) => row(pair, line(i), i === count - 1))
        ];
    }).join('');
    return `${tableStart(widths.reduce((a, b) => a + b, 0), NO_BORDERS, cellMargins(0, 0, 0, 0), widths)}${rows}</w:tbl>`;
}
