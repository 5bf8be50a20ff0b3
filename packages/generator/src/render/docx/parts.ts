/**
 * The XML parts of a Word document other than word/document.xml's body, written from our data
 * (styles.ts, the numbering plan, the document's title and language) exactly as the `docx`
 * library writes them for the same options: the same elements, attributes and order
 * (test/generator/docx-direct.test.ts compares the whole package with docx's, byte for byte).
 * What is the same in every document is in package-data.ts.
 */
import { GENERATOR_MESSAGES, generatorText } from '../../i18n/index.js';
import type { AgreementDocument } from '../../ir.js';
import { versionLine } from './layout.js';
import type { NumberingPlan } from './numbering.js';
import {
    CONTENT_TYPES_START, DOCUMENT_RELS_START, FOOTER_START, HEADER_START, NUMBERING_START, STYLES_AFTER_HEADINGS, STYLES_AFTER_LIST,
    STYLES_BEFORE_HEADINGS, STYLES_START
} from './package-data.js';
import { BULLETS, DRAFT_RED, PAGE, RULE_GREY, styles, type Border, type LevelOptions, type NumberingConfig, type ParagraphStyle, type RunStyle, type StyleOptions } from './styles.js';
import { clean, escape, escapeXml } from './text.js';

// ---------------------------------------------------------------------------------------------
// Run and paragraph properties, in docx's order (RunProperties, ParagraphProperties).

const onOff = (name: string, value: boolean) => (value ? `<w:${name}/>` : `<w:${name} w:val="false"/>`);

function runProperties(run: RunStyle | undefined): string {
    if (!run) return '';
    let xml = '';
    if (run.font) {
        const font = escape(run.font);
        xml += `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;
    }
    if (run.bold !== undefined) xml += onOff('b', run.bold) + onOff('bCs', run.bold);
    if (run.color) xml += `<w:color w:val="${escape(run.color)}"/>`;
    if (run.size !== undefined) xml += `<w:sz w:val="${run.size}"/><w:szCs w:val="${run.size}"/>`;
    if (run.language) {
        const { value, eastAsia, bidirectional } = run.language;
        xml += `<w:lang w:val="${escape(value)}" w:eastAsia="${escape(eastAsia)}" w:bidi="${escape(bidirectional)}"/>`;
    }
    return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

const border = (side: string, b: Border) => `<w:${side} w:val="${b.style}" w:color="${escape(b.color)}" w:sz="${b.size}" w:space="${b.space}"/>`;

function paragraphProperties(paragraph: ParagraphStyle | undefined): string {
    if (!paragraph) return '';
    let xml = '';
    if (paragraph.keepNext !== undefined) xml += onOff('keepNext', paragraph.keepNext);
    if (paragraph.keepLines !== undefined) xml += onOff('keepLines', paragraph.keepLines);
    if (paragraph.border) {
        const sides = (['top', 'left', 'bottom', 'right'] as const).map(side => (paragraph.border![side] ? border(side, paragraph.border![side]) : ''));
        xml += `<w:pBdr>${sides.join('')}</w:pBdr>`;
    }
    if (paragraph.shading) {
        const { fill, color, type } = paragraph.shading;
        xml += `<w:shd w:fill="${escape(fill)}" w:color="${escape(color)}" w:val="${type}"/>`;
    }
    if (paragraph.spacing) {
        const { after, before, line } = paragraph.spacing;
        xml += `<w:spacing${after !== undefined ? ` w:after="${after}"` : ''}${before !== undefined ? ` w:before="${before}"` : ''}${line !== undefined ? ` w:line="${line}"` : ''}/>`;
    }
    if (paragraph.indent) xml += `<w:ind w:left="${paragraph.indent.left}" w:hanging="${paragraph.indent.hanging}"/>`;
    return xml ? `<w:pPr>${xml}</w:pPr>` : '';
}

// ---------------------------------------------------------------------------------------------
// word/styles.xml: docx's defaults and own styles, with ours.

function style(id: string, name: string, head: string, options: StyleOptions): string {
    return `<w:style w:type="paragraph" w:styleId="${escape(id)}"><w:name w:val="${escape(name)}"/>${head}`
        + `${paragraphProperties(options.paragraph)}${runProperties(options.run)}</w:style>`;
}

/** word/styles.xml for a document in `locale` (styles.ts's `styles`). */
export function stylesXml(locale: string): string {
    const sheet = styles(locale);
    const { document, heading1, heading2, heading3, listParagraph } = sheet.default;
    const heading = (level: number, options: StyleOptions) =>
        style(`Heading${level}`, `Heading ${level}`, '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>', options);
    return STYLES_START
        + `<w:docDefaults><w:rPrDefault>${runProperties(document.run)}</w:rPrDefault><w:pPrDefault>${paragraphProperties(document.paragraph)}</w:pPrDefault></w:docDefaults>`
        + STYLES_BEFORE_HEADINGS
        + heading(1, heading1) + heading(2, heading2) + heading(3, heading3)
        + STYLES_AFTER_HEADINGS
        + style('ListParagraph', 'List Paragraph', '<w:basedOn w:val="Normal"/><w:qFormat/>', listParagraph)
        + STYLES_AFTER_LIST
        + sheet.paragraphStyles.map(s => style(s.id, s.name, `<w:basedOn w:val="${escape(s.basedOn)}"/>${s.quickFormat ? '<w:qFormat/>' : ''}`, s)).join('')
        + '</w:styles>';
}

// ---------------------------------------------------------------------------------------------
// word/numbering.xml: docx's default bullet list (abstractNum 1, num 1), then every list of the
// document's numbering (BULLETS, then the plan's clause lists) as abstractNum 2, 3, …, and a num
// (2, 3, …) for each list the document uses, in the order it first uses them (as docx numbers them
// while it writes the document), each restarting its level at the level's start.

const DEFAULT_BULLETS: readonly LevelOptions[] = ['●', '○', '■', '●', '○', '■', '●', '●', '●'].map((text, level) => ({
    level,
    format: 'bullet',
    text,
    alignment: 'left',
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
}));

function levelXml(l: LevelOptions): string {
    return `<w:lvl w:ilvl="${l.level}" w:tentative="1"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>`
        + `${l.suffix ? `<w:suff w:val="${l.suffix}"/>` : ''}<w:lvlText w:val="${escape(l.text)}"/><w:lvlJc w:val="${l.alignment}"/>`
        + `${paragraphProperties(l.style?.paragraph)}${runProperties(l.style?.run)}</w:lvl>`;
}

const abstractNumXml = (id: number, levels: readonly LevelOptions[]) =>
    `<w:abstractNum w:abstractNumId="${id}" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels.map(levelXml).join('')}</w:abstractNum>`;

const numXml = (id: number, abstractId: number, levels: readonly LevelOptions[]) =>
    `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>`
    + `${levels.map(l => `<w:lvlOverride w:ilvl="${l.level}"><w:startOverride w:val="${l.start ?? 1}"/></w:lvlOverride>`).join('')}</w:num>`;

/** The numId of each list the document uses, by reference: 2, 3, … in the order of `references`. */
export function numIdsOf(references: readonly string[]): Map<string, number> {
    return new Map(references.map((reference, i) => [reference, i + 2]));
}

/** word/numbering.xml for `plan`, with the lists of `references` (in first-use order) in use. */
export function numberingXml(plan: NumberingPlan, references: readonly string[]): string {
    const configs: readonly NumberingConfig[] = [...BULLETS, ...plan.configs];
    const byReference = new Map(configs.map((config, i) => [config.reference, { id: i + 2, levels: config.levels }]));
    const used = references.map((reference, i) => {
        const config = byReference.get(reference);
        if (!config) throw new Error(`No numbering for ${reference}`);
        return numXml(i + 2, config.id, config.levels);
    });
    return NUMBERING_START
        + abstractNumXml(1, DEFAULT_BULLETS)
        + configs.map((config, i) => abstractNumXml(i + 2, config.levels)).join('')
        + numXml(1, 1, [{ level: 0, start: 1, format: 'bullet', text: '', alignment: 'left' }])
        + used.join('')
        + '</w:numbering>';
}

// ---------------------------------------------------------------------------------------------
// Header, footer and sections.

const textRun = (text: string, properties = '') => `<w:r>${properties}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

/** word/headerN.xml: the title, the version line and the draft mark, right-aligned above a rule. */
export function headerXml(doc: AgreementDocument): string {
    const version = versionLine(doc);
    let runs = textRun(clean(doc.title));
    if (version) runs += textRun(` · ${clean(version)}`);
    if (doc.draft) runs += textRun(` · ${generatorText(doc.lang, 'docx.draft')}`, runProperties({ bold: true, color: DRAFT_RED }));
    return `${HEADER_START}<w:p><w:pPr><w:pStyle w:val="DpaHeaderFooter"/><w:pBdr>${border('bottom', { style: 'single', size: 4, color: RULE_GREY, space: 4 })}</w:pBdr>`
        + `<w:jc w:val="right"/></w:pPr>${runs}</w:p></w:hdr>`;
}

const FIELDS: Readonly<Record<string, string>> = { current: 'PAGE', total: 'NUMPAGES' };
const field = (instruction: string) => '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    + `<w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>`
    + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/**
 * word/footerN.xml: "Pagina 3 van 12", the catalogue's text with Word fields for `{current}` and
 * `{total}` (an unknown `{name}` stays text; empty pieces are left out).
 */
export function footerXml(doc: AgreementDocument): string {
    const pattern = GENERATOR_MESSAGES.messages(doc.lang)['docx.page'];
    const runs = pattern.split(/\{(\w+)\}/).map((piece, i) => {
        if (i % 2 === 0) return piece === '' ? '' : textRun(piece);
        const instruction = FIELDS[piece];
        return instruction ? field(instruction) : textRun(`{${piece}}`);
    }).join('');
    return `${FOOTER_START}<w:p><w:pPr><w:pStyle w:val="DpaHeaderFooter"/><w:jc w:val="center"/></w:pPr>${runs}</w:p></w:ftr>`;
}

/** The relationship ids of section `index`'s header and footer (after docx's five: styles, numbering, notes, settings). */
const headerId = (index: number) => `rId${6 + 2 * index}`;
const footerId = (index: number) => `rId${7 + 2 * index}`;

/** Section `index`'s `<w:sectPr>`: its header and footer, an A4 page (landscape: turned) with our margins. */
export function sectionPropertiesXml(index: number, landscape: boolean): string {
    const [width, height] = landscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
    const m = PAGE.margin;
    return `<w:sectPr><w:headerReference w:type="default" r:id="${headerId(index)}"/><w:footerReference w:type="default" r:id="${footerId(index)}"/>`
        + `<w:pgSz w:w="${width}" w:h="${height}" w:orient="${landscape ? 'landscape' : 'portrait'}"/>`
        + `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="709" w:footer="709" w:gutter="0"/>`
        + '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>';
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${RELATIONSHIP}/${type}" Target="${target}"/>`;

/** word/_rels/document.xml.rels for `sections` sections: each one's header and footer, then the theme and the font table. */
export function documentRelsXml(sections: number): string {
    let xml = DOCUMENT_RELS_START;
    for (let i = 0; i < sections; i++) xml += relationship(headerId(i), 'header', `header${i + 1}.xml`) + relationship(footerId(i), 'footer', `footer${i + 1}.xml`);
    return `${xml}${relationship(`rId${6 + 2 * sections}`, 'theme', 'theme/theme1.xml')}${relationship(`rId${7 + 2 * sections}`, 'fontTable', 'fontTable.xml')}</Relationships>`;
}

/** [Content_Types].xml for `sections` sections. */
export function contentTypesXml(sections: number): string {
    const override = (kind: string, n: number) =>
        `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml" PartName="/word/${kind}${n}.xml"/>`;
    let xml = CONTENT_TYPES_START;
    for (let n = 1; n <= sections; n++) xml += override('header', n) + override('footer', n);
    return `${xml}</Types>`;
}

export const CREATOR = 'dpa';
/** The created and modified date of every document: fixed, so output never depends on the clock. */
const FIXED_DATE = '2000-01-01T00:00:00Z';

/** docProps/core.xml: title, creator, language and a fixed date. */
export function corePropertiesXml(doc: AgreementDocument): string {
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
