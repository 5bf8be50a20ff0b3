import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { GENERATOR_MESSAGES, generatorText } from '../../../packages/generator/src/i18n/index.js';
import type { AgreementDocument } from '../../../packages/generator/src/ir.js';
import { sectionParts, versionLine, type SectionPart } from '../../../packages/generator/src/render/docx/layout.js';
import { planNumbering } from '../../../packages/generator/src/render/docx/numbering.js';
import { corePropertiesXml, CREATOR } from '../../../packages/generator/src/render/docx/parts.js';
import { BULLETS, DRAFT_RED, PAGE, RULE_GREY, styles, TEXT_WIDTH } from '../../../packages/generator/src/render/docx/styles.js';
import { clean } from '../../../packages/generator/src/render/docx/text.js';
import { normalizeZipTimestamps } from './zip-times.js';
import { sectionChildren } from './blocks.js';

/**
 * The test oracle of the Word writer: the document through the `docx` library (a devDependency
 * only), assembled from the same data as the product's writer (styles.ts, the numbering plan,
 * the sections, the catalogue's words) and packed by docx. `renderDocx`
 * (packages/generator/src/render/docx.ts) writes every part itself; docx-direct.test.ts checks
 * that its package is this one, byte for byte.
 */
export async function renderDocxWithLibrary(doc: AgreementDocument): Promise<Uint8Array> {
    const plan = planNumbering(doc.blocks);
    const children = (section: SectionPart) => sectionChildren(section.blocks, section.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait, plan);
    const file = new Document({
        title: clean(doc.title),
        creator: CREATOR,
        lastModifiedBy: CREATOR,
        styles: styles(generatorText(doc.lang, 'docx.locale')),
        numbering: { config: [...BULLETS, ...plan.configs] },
        sections: sectionParts(doc).map(section => sectionOptions(doc, section, children(section)))
    });
    // An ArrayBuffer, not a Node Buffer: the same bytes, in Node and in a browser's worker alike.
    const packed = await Packer.toArrayBuffer(file, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(doc) }]);
    return normalizeZipTimestamps(new Uint8Array(packed));
}

// Every section has the same header and footer.

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
