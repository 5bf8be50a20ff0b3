import {
    AlignmentType,
    BorderStyle,
    Document,
    Footer,
    Header,
    HeadingLevel,
    LevelFormat,
    LevelSuffix,
    Packer,
    PageNumber,
    PageOrientation,
    Paragraph,
    ShadingType,
    Table,
    TableBorders,
    TableCell,
    TableLayoutType,
    TableRow,
    TextRun,
    WidthType,
    type FileChild,
    type ILevelsOptions,
    type ISectionOptions
} from 'docx';
import type { AgreementDocument, Block, ListBlock, ParagraphBlock, SignatureParty, SignaturesBlock, TableBlock, TitleBlock } from '../ir.js';
import { termsFor, type AgreementLanguage } from '../terms.js';
import { normalizeZipTimestamps } from './zip.js';

/**
 * The agreement as a Word document (.docx), in the document's language: heading styles, Word
 * numbering for the sub-clauses, bullet lists, annex tables whose header row repeats on every
 * page (wide ones on a landscape page), the page number in the footer and the title in the
 * header. Same document, same bytes: the core properties carry a fixed date, and the zip
 * entries a fixed time (see zip.ts).
 */
export async function renderDocx(doc: AgreementDocument): Promise<Uint8Array> {
    const plan = planNumbering(doc.blocks);
    const file = new Document({
        title: clean(doc.title),
        creator: CREATOR,
        lastModifiedBy: CREATOR,
        styles: styles(LABELS[doc.lang].locale),
        numbering: { config: [...BULLETS, ...plan.configs] },
        sections: sections(doc, plan)
    });
    const packed = await Packer.toBuffer(file, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
    return normalizeZipTimestamps(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}

const CREATOR = 'dpa';
/** The created and modified date of every document: fixed, so output never depends on the clock. */
const FIXED_DATE = '2000-01-01T00:00:00Z';

/** Words of the page furniture that the agreement text (terms.json) does not have, and the language tag. */
const LABELS: Record<AgreementLanguage, { page: (current: string, total: string) => string[]; draft: string; locale: string }> = {
    nl: { page: (current, total) => ['Pagina ', current, ' van ', total], draft: 'CONCEPT', locale: 'nl-NL' },
    en: { page: (current, total) => ['Page ', current, ' of ', total], draft: 'DRAFT', locale: 'en-GB' }
};

// Layout, in twips (1/20 pt) and half-points: A4, margins of 2.5 cm, Arial 10 pt.
const FONT = 'Arial';
const PAGE = { width: 11906, height: 16838, margin: 1418 };
const TEXT_WIDTH = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin };
const CLAUSE_INDENT = 709;
const BULLET_HANGING = 357;
const ACCENT = '1F3864';
const DRAFT_RED = 'C00000';
const RULE_GREY = '8C8C8C';
/** Tables with this many columns or more get a landscape page. */
const WIDE_TABLE = 6;

const styles = (locale: string) => ({
    default: {
        document: {
            // The agreement's language for every script (w:lang val, eastAsia, bidi): Word and
            // LibreOffice (the PDF's /Lang) take it from here, not from the machine's locale.
            run: { font: FONT, size: 20, language: { value: locale, eastAsia: locale, bidirectional: locale } },
            paragraph: { spacing: { after: 120, line: 264 } }
        },
        heading1: {
            run: { font: FONT, size: 32, bold: true, color: ACCENT },
            paragraph: { spacing: { before: 0, after: 160 }, keepNext: true, keepLines: true }
        },
        heading2: {
            run: { font: FONT, size: 24, bold: true, color: ACCENT },
            paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true }
        },
        heading3: {
            run: { font: FONT, size: 21, bold: true, color: ACCENT },
            paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true }
        },
        listParagraph: {
            paragraph: { spacing: { after: 60 } }
        }
    },
    paragraphStyles: [
        { id: 'DpaSubtitle', name: 'Subtitle (dpa)', basedOn: 'Normal', quickFormat: true, run: { size: 22, color: '404040' }, paragraph: { spacing: { after: 60 } } },
        { id: 'DpaClause', name: 'Clause (dpa)', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { left: CLAUSE_INDENT, hanging: CLAUSE_INDENT } } },
        {
            id: 'DpaNotice', name: 'Notice (dpa)', basedOn: 'Normal', quickFormat: true,
            run: { bold: true, color: DRAFT_RED, size: 22 },
            paragraph: {
                spacing: { before: 240, after: 240 },
                border: Object.fromEntries(['top', 'bottom', 'left', 'right'].map(side => [side, { style: BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 }])),
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FDECEA' }
            }
        },
        { id: 'DpaTableText', name: 'Table text (dpa)', basedOn: 'Normal', run: { size: 17 }, paragraph: { spacing: { after: 40, line: 240 } } },
        { id: 'DpaTableHeading', name: 'Table heading (dpa)', basedOn: 'DpaTableText', run: { bold: true }, paragraph: { keepNext: true } },
        { id: 'DpaSignature', name: 'Signature (dpa)', basedOn: 'Normal', paragraph: { spacing: { after: 60 }, keepNext: true, keepLines: true } },
        { id: 'DpaHeaderFooter', name: 'Header and footer (dpa)', basedOn: 'Normal', run: { size: 16, color: '595959' }, paragraph: { spacing: { after: 0 } } }
    ]
});

const BULLETS = [
    bulletConfig('dpa-bullet', 0),
    bulletConfig('dpa-bullet-clause', CLAUSE_INDENT)
];

function bulletConfig(reference: string, indent: number) {
    return {
        reference,
        levels: [{
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            suffix: LevelSuffix.TAB,
            style: { paragraph: { indent: { left: indent + BULLET_HANGING, hanging: BULLET_HANGING } } }
        }]
    };
}

// ---------------------------------------------------------------------------------------------
// Numbering: the sub-clause numbers of the IR ("3.1", "3.2"; "1.", "2.") become Word numbering.
// Each run of consecutive numbers with the same prefix gets a list whose level text is the
// prefix ("3.%1") and whose start is the first number, so Word shows exactly the IR's numbers,
// and renumbers when a user inserts a clause. Numbers of another shape stay literal text.

interface NumberingPlan {
    readonly configs: { reference: string; levels: ILevelsOptions[] }[];
    /** The list of each numbered paragraph block that Word numbers. */
    readonly references: Map<ParagraphBlock, string>;
}

const CLAUSE_NUMBER = /^((?:\d+\.)*)(\d+)(\.?)$/;

function planNumbering(blocks: readonly Block[]): NumberingPlan {
    const configs: NumberingPlan['configs'] = [];
    const references = new Map<ParagraphBlock, string>();
    let previous: { key: string; n: number; reference: string } | undefined;
    for (const block of blocks) {
        if (block.kind === 'heading' || block.kind === 'title') previous = undefined;
        if (block.kind !== 'paragraph' || !block.number) continue;
        const match = CLAUSE_NUMBER.exec(block.number);
        if (!match) continue;
        const [, prefix = '', digits = '', suffix = ''] = match;
        const key = `${prefix}%1${suffix}`;
        const n = Number(digits);
        if (previous?.key !== key || previous.n + 1 !== n) {
            const reference = `dpa-clause-${configs.length + 1}`;
            configs.push({
                reference,
                levels: [{
                    level: 0,
                    format: LevelFormat.DECIMAL,
                    text: key,
                    start: n,
                    alignment: AlignmentType.LEFT,
                    suffix: LevelSuffix.TAB,
                    style: {
                        paragraph: { indent: { left: CLAUSE_INDENT, hanging: CLAUSE_INDENT } },
                        run: { bold: true }
                    }
                }]
            });
            previous = { key, n, reference };
        } else {
            previous = { ...previous, n };
        }
        references.set(block, previous.reference);
    }
    return { configs, references };
}

// ---------------------------------------------------------------------------------------------
// Sections: portrait, except the parts (article or annex) with a wide table, which get a
// landscape page of their own. Every section has the same header and footer.

function sections(doc: AgreementDocument, plan: NumberingPlan): ISectionOptions[] {
    const parts: { landscape: boolean; blocks: Block[] }[] = [];
    for (const block of doc.blocks) {
        const last = parts.at(-1);
        if (!last || (block.kind === 'heading' && block.level === 2)) parts.push({ landscape: false, blocks: [block] });
        else last.blocks.push(block);
        if (block.kind === 'table' && block.columns.length >= WIDE_TABLE) parts.at(-1)!.landscape = true;
    }
    const merged: { landscape: boolean; blocks: Block[] }[] = [];
    for (const part of parts) {
        const last = merged.at(-1);
        if (last && last.landscape === part.landscape) last.blocks.push(...part.blocks);
        else merged.push({ landscape: part.landscape, blocks: [...part.blocks] });
    }
    return merged.map(section => ({
        properties: {
            page: {
                size: { width: PAGE.width, height: PAGE.height, orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 }
            }
        },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
        children: sectionChildren(section.blocks, section.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait, plan)
    }));
}

function header(doc: AgreementDocument): Header {
    const version = versionLine(doc);
    const runs = [new TextRun(clean(doc.title))];
    if (version) runs.push(new TextRun(` · ${clean(version)}`));
    if (doc.draft) runs.push(new TextRun({ text: ` · ${LABELS[doc.lang].draft}`, bold: true, color: DRAFT_RED }));
    return new Header({
        children: [new Paragraph({
            style: 'DpaHeaderFooter',
            alignment: AlignmentType.RIGHT,
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE_GREY, space: 4 } },
            children: runs
        })]
    });
}

function footer(doc: AgreementDocument): Footer {
    return new Footer({
        children: [new Paragraph({
            style: 'DpaHeaderFooter',
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: LABELS[doc.lang].page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES) })]
        })]
    });
}

/** The subtitle line with the version ("Versie 2018/1"), found through the label pattern of terms.json. */
function versionLine(doc: AgreementDocument): string | undefined {
    const title = doc.blocks.find((b): b is TitleBlock => b.kind === 'title');
    const prefix = termsFor(doc.lang).subtitle.version.split('{x}')[0]!;
    return title?.subtitle.find(line => line.startsWith(prefix));
}

function sectionChildren(blocks: readonly Block[], width: number, plan: NumberingPlan): FileChild[] {
    const children: FileChild[] = [];
    let afterClause = false;
    for (const [i, block] of blocks.entries()) {
        switch (block.kind) {
            case 'title':
                children.push(
                    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(block.text) }),
                    ...block.subtitle.map(line => new Paragraph({ style: 'DpaSubtitle', children: runs(line) }))
                );
                break;
            case 'notice':
                children.push(new Paragraph({ style: 'DpaNotice', children: runs(block.text) }));
                break;
            case 'heading':
                children.push(new Paragraph({
                    heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
                    // An annex starts on a new page, unless it already starts a section.
                    pageBreakBefore: i > 0 && block.level === 2 && block.anchor.startsWith('bijlage-'),
                    children: runs(block.text)
                }));
                afterClause = false;
                break;
            case 'paragraph':
                // A sentence that introduces a list, table or the signatures stays on their page.
                children.push(paragraph(block, plan, ['list', 'table', 'signatures'].includes(blocks[i + 1]?.kind ?? '')));
                if (block.number) afterClause = true;
                break;
            case 'list':
                children.push(...list(block, afterClause));
                break;
            case 'table':
                children.push(table(block, width), new Paragraph({ spacing: { after: 0 }, children: [] }));
                break;
            case 'signatures':
                if (block.parties.length) children.push(signatures(block, width));
                break;
        }
    }
    return children;
}

function paragraph(block: ParagraphBlock, plan: NumberingPlan, keepNext: boolean): Paragraph {
    if (!block.number) return new Paragraph({ keepNext, children: runs(block.text) });
    const reference = plan.references.get(block);
    if (reference) return new Paragraph({ style: 'DpaClause', keepNext, numbering: { reference, level: 0 }, children: runs(block.text) });
    // A number Word numbering cannot reproduce: literal, bold, before a tab at the hanging indent.
    return new Paragraph({
        style: 'DpaClause',
        keepNext,
        children: [new TextRun({ text: clean(block.number), bold: true }), new TextRun({ text: '\t' }), ...runs(block.text)]
    });
}

function list(block: ListBlock, afterClause: boolean): Paragraph[] {
    const reference = afterClause ? 'dpa-bullet-clause' : 'dpa-bullet';
    return block.items.map(item => new Paragraph({ style: 'ListParagraph', numbering: { reference, level: 0 }, children: runs(item) }));
}

const CELL_MARGINS = { top: 50, bottom: 50, left: 85, right: 85 };
const GRID = { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A' };

function table(block: TableBlock, width: number): Table {
    const widths = columnWidths(block, width);
    const cell = (lines: readonly string[], i: number, style: string, shading?: string) => new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        ...(shading ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shading } } : {}),
        children: (lines.length ? lines : ['']).map(line => new Paragraph({ style, children: runs(line) }))
    });
    return new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: CELL_MARGINS,
        borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
        rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell([c], i, 'DpaTableHeading', 'E4E9F1')) }),
            ...block.rows.map(row => new TableRow({ children: block.columns.map((_, i) => cell(row.cells[i] ?? [], i, 'DpaTableText')) }))
        ]
    });
}

/** The width of an average character of table text (8.5 pt Arial, bold), in twips. */
const TABLE_CHAR = 100;
/** Words longer than this may break; they do not widen their column further. */
const LONG_WORD = 24;

/**
 * Column widths: every column as wide as its longest word (up to LONG_WORD characters), and
 * the width left over shared in proportion to the average length of the columns' cells, so a
 * number column stays narrow and a description column gets the room.
 */
function columnWidths(block: TableBlock, width: number): number[] {
    const stats = block.columns.map((column, i) => {
        const cells = block.rows.map(row => (row.cells[i] ?? []).join(' '));
        const longestWord = Math.max(...[column, ...cells].flatMap(text => text.split(/\s+/)).map(word => word.length));
        const average = cells.length ? cells.reduce((sum, text) => sum + text.length, 0) / cells.length : column.length;
        return { min: (Math.min(longestWord, LONG_WORD) + 1) * TABLE_CHAR + CELL_MARGINS.left + CELL_MARGINS.right, average: Math.min(average, 120) };
    });
    const minimum = stats.reduce((sum, s) => sum + s.min, 0);
    const totalAverage = stats.reduce((sum, s) => sum + s.average, 0) || 1;
    const widths = minimum >= width
        ? stats.map(s => Math.floor((s.min / minimum) * width))
        : stats.map(s => Math.floor(s.min + ((width - minimum) * s.average) / totalAverage));
    widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
    return widths;
}

/**
 * A borderless table with one column per party: its heading, then a row per label (name,
 * function, place, date), aligned across the parties; an empty value is a line to write or sign
 * on. The rows are kept together on one page.
 */
function signatures(block: SignaturesBlock, width: number): Table {
    const parties = block.parties;
    const gap = 567;
    const columnWidth = Math.floor((width - gap * Math.max(parties.length - 1, 0)) / Math.max(parties.length, 1));
    const widths = parties.flatMap((_, i) => (i === 0 ? [columnWidth] : [gap, columnWidth]));
    const row = (content: (party: SignatureParty) => Paragraph[], last = false) => new TableRow({
        cantSplit: true,
        keepNext: !last,
        children: parties.flatMap((party, i) => {
            const cell = new TableCell({ width: { size: columnWidth, type: WidthType.DXA }, children: content(party) });
            return i === 0 ? [cell] : [new TableCell({ width: { size: gap, type: WidthType.DXA }, children: [new Paragraph({ style: 'DpaSignature', children: [] })] }), cell];
        })
    });
    const count = Math.max(0, ...parties.map(p => p.rows.length));
    const line = (i: number) => (party: SignatureParty): Paragraph[] => {
        const entry = party.rows[i];
        if (!entry) return [new Paragraph({ style: 'DpaSignature', children: [] })];
        const [label, value] = entry;
        if (value) return [new Paragraph({ style: 'DpaSignature', children: [...runs(`${label}: `, { color: '595959' }), ...runs(value)] })];
        return [
            new Paragraph({ style: 'DpaSignature', children: runs(`${label}:`, { color: '595959' }) }),
            new Paragraph({
                style: 'DpaSignature',
                spacing: { before: 720, after: 120 },
                border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
                children: []
            })
        ];
    };
    return new Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: TableBorders.NONE,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        rows: [
            row(party => [new Paragraph({ style: 'DpaSignature', spacing: { before: 120, after: 160 }, children: runs(party.heading, { bold: true }) })], count === 0),
            ...Array.from({ length: count }, (_, i) => row(line(i), i === count - 1))
        ]
    });
}

// ---------------------------------------------------------------------------------------------
// Text. docx escapes XML itself; we only remove the characters XML 1.0 cannot hold at all, and
// turn line breaks into Word line breaks.

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(text: string): string {
    return text.replace(NOT_XML, '\uFFFD');
}

function runs(text: string, format: { bold?: boolean; color?: string } = {}): TextRun[] {
    return clean(text).split(/\r?\n/).map((line, i) => new TextRun({ ...format, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function escapeXml(text: string): string {
    return clean(text).replace(/[<>&"']/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** docProps/core.xml with a fixed date (docx writes the current time). */
function coreProperties(doc: AgreementDocument): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        + ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${escapeXml(doc.title)}</dc:title>`
        + `<dc:creator>${CREATOR}</dc:creator>`
        + `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>`
        + `<dc:language>${LABELS[doc.lang].locale}</dc:language>`
        + `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>`
        + `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>`
        + '</cp:coreProperties>';
}
