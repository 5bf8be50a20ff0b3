import { deflateSync, strToU8 } from 'fflate';
import { generatorText } from '../i18n/index.js';
import type { AgreementDocument } from '../ir.js';
import { sectionParts } from './docx/layout.js';
import { planNumbering } from './docx/numbering.js';
import { APP, CUSTOM, DOCUMENT_START, EMPTY_RELS, ENDNOTES, FONT_TABLE, FOOTNOTES, ROOT_RELS, SETTINGS, THEME } from './docx/package-data.js';
import { contentTypesXml, corePropertiesXml, documentRelsXml, footerXml, headerXml, numberingXml, numIdsOf, sectionPropertiesXml, stylesXml } from './docx/parts.js';
import { TEXT_WIDTH } from './docx/styles.js';
import { childXml, referencesInOrder, sectionXml, type XmlChild } from './docx/xml.js';
import { crc32, writeZip, type ZipEntry } from './zip.js';

/**
 * The agreement as a Word document (.docx), in the document's language: heading styles, Word
 * numbering for the sub-clauses, bullet lists, annex tables whose header row repeats on every
 * page (wide ones on a landscape page), the page number in the footer and the title in the
 * header. Same document, same bytes: the core properties carry a fixed date, and the zip
 * entries a fixed time (see zip.ts).
 *
 * Every part is written here, as text: word/document.xml's body by docx/xml.ts, the parts that
 * vary with the document (styles for its language, numbering, header, footer, sections,
 * relationships, content types, core properties) by docx/parts.ts, and the parts that are the
 * same in every document (theme, font table, settings, notes, properties) are in
 * docx/package-data.ts. The package is the one the `docx` library (9.15) writes for the same
 * document, byte for byte, entry for entry in its order, deflated as its zip (fflate) deflates:
 * test/generator/docx-direct.test.ts checks that against docx itself, which is a test-only
 * dependency (the oracle in test/generator/docx-oracle/); the product does not bundle it (issue
 * 14: about 69 KB of the gzipped bundle; issue 12 measured it at ~15 ms per agreement,
 * bench/docx-direct-prototype.ts, a few ms this way). fflate's deflate is pure JavaScript, so the same
 * document gives the same bytes on every machine; the zip's layout is zip.ts `writeZip`.
 *
 * docx/ holds the parts: `styles.ts` (page, fonts, paragraph styles and bullets, as data),
 * `numbering.ts` (clause numbers as Word numbering), `layout.ts` (sections, column widths),
 * `xml.ts` (the blocks as XML), `parts.ts` and `package-data.ts` (the other parts), `text.ts`
 * (XML-safe text). Its words (page numbers, the draft mark, the language tag) come from the
 * generator's catalogue (`i18n/`).
 */
export async function renderDocx(doc: AgreementDocument): Promise<Uint8Array> {
    const plan = planNumbering(doc.blocks);
    const sections = sectionParts(doc);
    const references = referencesInOrder(sections.map(section => section.blocks), plan);
    const numIds = numIdsOf(references);
    let body = '';
    for (const [index, section] of sections.entries()) {
        const children: XmlChild[] = sectionXml(section.blocks, section.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait, plan, numIds);
        const properties = sectionPropertiesXml(index, section.landscape);
        if (index < sections.length - 1) {
            // As docx: a section's properties go into its last paragraph, or a paragraph of their own.
            const last = children.at(-1);
            if (last?.kind === 'p') last.properties += properties;
            else children.push({ kind: 'p', properties, runs: '' });
        }
        body += children.map(childXml).join('');
        if (index === sections.length - 1) body += properties;
    }
    const n = sections.length;
    const numbered = (kind: string) => Array.from({ length: n }, (_, i) => `word/${kind}${i + 1}.xml`);
    const header = deflated(headerXml(doc));
    const footer = deflated(footerXml(doc));
    const fixed = fixedEntries();
    return writeZip([
        entry('word/_rels/document.xml.rels', deflated(documentRelsXml(n))),
        entry('word/document.xml', deflated(DOCUMENT_START + body + '</w:body></w:document>')),
        entry('word/styles.xml', stylesOf(generatorText(doc.lang, 'docx.locale'))),
        entry('docProps/core.xml', deflated(corePropertiesXml(doc))),
        fixed.rootRels,
        ...[...numbered('header'), ...numbered('footer')].map(path => entry(path.replace('word/', 'word/_rels/') + '.rels', fixed.emptyRels)),
        ...numbered('header').map(path => entry(path, header)),
        ...numbered('footer').map(path => entry(path, footer)),
        ...fixed.notesAndSettings,
        entry('word/numbering.xml', deflated(numberingXml(plan, references))),
        entry('[Content_Types].xml', deflated(contentTypesXml(n)))
    ]);
}

/** A part's content, its size and CRC, and deflated as fflate's zipSync deflates it (docx's zip). */
interface Deflated {
    readonly size: number;
    readonly crc: number;
    readonly deflated: Uint8Array;
}

function deflated(xml: string): Deflated {
    const data = strToU8(xml);
    return { size: data.length, crc: crc32(data), deflated: deflateSync(data) };
}

const entry = (path: string, content: Deflated): ZipEntry => ({ name: strToU8(path), ...content });

/** The parts that are the same in every document, deflated once. */
let fixed: { rootRels: ZipEntry; emptyRels: Deflated; notesAndSettings: ZipEntry[] } | undefined;

function fixedEntries(): NonNullable<typeof fixed> {
    if (fixed) return fixed;
    const emptyRels = deflated(EMPTY_RELS);
    fixed = {
        rootRels: entry('_rels/.rels', deflated(ROOT_RELS)),
        emptyRels,
        notesAndSettings: [
            entry('docProps/custom.xml', deflated(CUSTOM)),
            entry('docProps/app.xml', deflated(APP)),
            entry('word/footnotes.xml', deflated(FOOTNOTES)),
            entry('word/_rels/footnotes.xml.rels', emptyRels),
            entry('word/endnotes.xml', deflated(ENDNOTES)),
            entry('word/_rels/endnotes.xml.rels', emptyRels),
            entry('word/settings.xml', deflated(SETTINGS)),
            entry('word/fontTable.xml', deflated(FONT_TABLE)),
            entry('word/_rels/fontTable.xml.rels', emptyRels),
            entry('word/theme/theme1.xml', deflated(THEME))
        ]
    };
    return fixed;
}

/** word/styles.xml per language tag (two in practice), deflated once. */
const styleParts = new Map<string, Deflated>();

function stylesOf(locale: string): Deflated {
    let part = styleParts.get(locale);
    if (!part) styleParts.set(locale, (part = deflated(stylesXml(locale))));
    return part;
}
