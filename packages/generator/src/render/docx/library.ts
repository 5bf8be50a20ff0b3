import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { GENERATOR_MESSAGES, generatorText } from '../../i18n/index.js';
import type { AgreementDocument, Block, TitleBlock } from '../../ir.js';
import { termsFor } from '../../terms.js';
import { sectionChildren } from './blocks.js';
import { planNumbering, type NumberingPlan } from './numbering.js';
import { BULLETS, DRAFT_RED, PAGE, RULE_GREY, styles, TEXT_WIDTH, WIDE_TABLE } from './styles.js';
import { clean, escapeXml } from './text.js';
import { normalizeZipTimestamps } from '../zip.js';

/**
 * The Word document through the `docx` library: the document (sections, header, footer, core
 * properties) assembled from the parts in this folder and packed by docx. `renderDocx` (../docx.ts)
 * writes word/document.xml itself and takes every other part from here (skeleton.ts); the whole
 * document through docx, `renderDocxWithLibrary`, is what the direct writer is tested against.
 */
export async function renderDocxWithLibrary(doc: AgreementDocument): Promise<Uint8Array> {
    const plan = planNumbering(doc.blocks);
    return packWithLibrary(doc, plan, (section, width) => sectionChildren(section.blocks, width, plan));
}

/**
 * The document through docx, with the children of each section given by `children` (the real
 * blocks, or the stand-ins of a skeleton), zipped and with fixed times.
 */
export async function packWithLibrary(doc: AgreementDocument, plan: NumberingPlan, children: (section: SectionPart, width: number, index: number) => FileChild[]): Promise<Uint8Array> {
    const file = new Document({
        title: clean(doc.title),
        creator: CREATOR,
        lastModifiedBy: CREATOR,
        styles: styles(generatorText(doc.lang, 'docx.locale')),
        numbering: { config: [...BULLETS, ...plan.configs] },
        sections: sectionParts(doc).map((section, index) => sectionOptions(doc, section, children(section, section.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait, index)))
    });
    // An ArrayBuffer, not a Node Buffer: the same bytes, in Node and in a browser's worker alike.
    const packed = await Packer.toArrayBuffer(file, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
    return normalizeZipTimestamps(new Uint8Array(packed));
}

const CREATOR = 'dpa';
/** The created and modified date of every document: fixed, so output never depends on the clock. */
const FIXED_DATE = '2000-01-01T00:00:00Z';

// ---------------------------------------------------------------------------------------------
// Sections: portrait, except the parts (article or annex) with a wide table, which get a
// landscape page of their own. Every section has the same header and footer.

/** A run of blocks on pages of one orientation. */
export interface SectionPart {
    readonly landscape: boolean;
    readonly blocks: Block[];
}

export function sectionParts(doc: AgreementDocument): SectionPart[] {
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
    return merged;
}

function sectionOptions(doc: AgreementDocument, section: SectionPart, children: FileChild[]): ISectionOptions {
    return {
        properties: {
            page: {
                size: { width: PAGE.width, height: PAGE.height, orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 }
            }
        },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
        children
    };
}

function header(doc: AgreementDocument): Header {
    const version = versionLine(doc);
    const runs = [new TextRun(clean(doc.title))];
    if (version) runs.push(new TextRun(` · ${clean(version)}`));
    if (doc.draft) runs.push(new TextRun({ text: ` · ${generatorText(doc.lang, 'docx.draft')}`, bold: true, color: DRAFT_RED }));
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
            children: [new TextRun({ children: pageNumberLine(doc) })]
        })]
    });
}

/**
 * "Pagina 3 van 12": the catalogue's text with Word fields for `{current}` and `{total}`, as the
 * pieces of one run (text before, between and after the fields; empty pieces left out).
 */
function pageNumberLine(doc: AgreementDocument): string[] {
    const fields: Readonly<Record<string, string>> = { current: PageNumber.CURRENT, total: PageNumber.TOTAL_PAGES };
    const pattern = GENERATOR_MESSAGES.messages(doc.lang)['docx.page'];
    return pattern.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 1 ? fields[piece] ?? `{${piece}}` : piece)).filter(piece => piece !== '');
}

/** The subtitle line with the version ("Versie 2018/1"), found through the label pattern of terms.json. */
export function versionLine(doc: AgreementDocument): string | undefined {
    const title = doc.blocks.find((b): b is TitleBlock => b.kind === 'title');
    const prefix = termsFor(doc.lang).subtitle.version.split('{x}')[0]!;
    return title?.subtitle.find(line => line.startsWith(prefix));
}

/** docProps/core.xml with a fixed date (docx writes the current time). */
function coreProperties(doc: AgreementDocument): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        + ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${escapeXml(doc.title)}</dc:title>`
        + `<dc:creator>${CREATOR}</dc:creator>`
        + `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>`
        + `<dc:language>${escapeXml(generatorText(doc.lang, 'docx.locale'))}</dc:language>`
        + `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>`
        + `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>`
        + '</cp:coreProperties>';
}
