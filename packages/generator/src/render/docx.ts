import { strToU8 } from 'fflate';
import type { AgreementDocument } from '../ir.js';
import { sectionParts } from './docx/library.js';
import { planNumbering } from './docx/numbering.js';
import { DOCUMENT_PART, skeletonOf, zipEntry } from './docx/skeleton.js';
import { TEXT_WIDTH } from './docx/styles.js';
import { childXml, sectionXml, type XmlChild } from './docx/xml.js';
import { writeZip } from './zip.js';

export { renderDocxWithLibrary } from './docx/library.js';

/**
 * The agreement as a Word document (.docx), in the document's language: heading styles, Word
 * numbering for the sub-clauses, bullet lists, annex tables whose header row repeats on every
 * page (wide ones on a landscape page), the page number in the footer and the title in the
 * header. Same document, same bytes: the core properties carry a fixed date, and the zip
 * entries a fixed time (see zip.ts).
 *
 * word/document.xml is written directly (docx/xml.ts); every other part (styles, numbering,
 * headers, footers, relationships, properties) is made by the `docx` library for a stand-in of
 * the document with the same shape and kept, deflated (docx/skeleton.ts); the parts are zipped
 * as docx zips them (fflate's deflate, pure JavaScript: the same bytes on every machine; the
 * zip's layout in zip.ts `writeZip`). The result is the same,
 * byte for byte, as the whole document through docx (`renderDocxWithLibrary`, docx/library.ts;
 * test/generator/docx-direct.test.ts). Measured for issue 12 (bench/docx-direct-prototype.ts):
 * docx took ~15 ms per agreement of the itzz template, about half of a batch's time per
 * agreement in Markdown and Word; this way a few milliseconds, most of it deflating document.xml.
 * `docx` stays for everything it does once per shape, where its time does not count.
 *
 * docx/ holds the parts: `styles.ts` (page and paragraph styles), `numbering.ts` (clause numbers
 * as Word numbering), `blocks.ts` and `tables.ts` (IR blocks → docx paragraphs and tables, for the
 * library path), `xml.ts` (the same blocks as XML), `text.ts` (text → runs), `library.ts` (the
 * document through docx), `skeleton.ts` (the parts but word/document.xml, per shape). Its words
 * (page numbers, the draft mark, the language tag) come from the generator's catalogue (`i18n/`).
 */
export async function renderDocx(doc: AgreementDocument): Promise<Uint8Array> {
    const plan = planNumbering(doc.blocks);
    const sections = sectionParts(doc);
    const skeleton = await skeletonOf(doc, plan, sections);
    let body = '';
    for (const [index, section] of sections.entries()) {
        const children: XmlChild[] = sectionXml(section.blocks, section.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait, plan, skeleton.numIds);
        const properties = skeleton.sectionProperties[index]!;
        if (index < sections.length - 1) {
            // As docx: a section's properties go into its last paragraph, or a paragraph of their own.
            const last = children.at(-1);
            if (last?.kind === 'p') last.properties += properties;
            else children.push({ kind: 'p', properties, runs: '' });
        }
        body += children.map(childXml).join('');
        if (index === sections.length - 1) body += properties;
    }
    const document = zipEntry(DOCUMENT_PART, strToU8(skeleton.start + body + skeleton.end));
    return writeZip(skeleton.parts.map(part => part ?? document));
}
