import { crc32, inflateRawSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildAgreementDocument, type AgreementDocument } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { minimalAgreement, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// A small zip reader (central directory, stored or deflated entries, CRC checked) and just enough
// WordprocessingML reading to look at paragraphs, styles, numbering and table rows.

interface ZipEntry {
    readonly name: string;
    readonly data: Buffer;
    readonly dosTime: number;
    readonly dosDate: number;
}

function unzip(bytes: Uint8Array): Map<string, ZipEntry> {
    const buf = Buffer.from(bytes);
    let eocd = buf.length - 22;
    while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    expect(eocd, 'end of central directory').toBeGreaterThanOrEqual(0);
    const count = buf.readUInt16LE(eocd + 10);
    let at = buf.readUInt32LE(eocd + 16);
    const entries = new Map<string, ZipEntry>();
    for (let i = 0; i < count; i++) {
        expect(buf.readUInt32LE(at)).toBe(0x02014b50);
        const method = buf.readUInt16LE(at + 10);
        const crc = buf.readUInt32LE(at + 16);
        const compressedSize = buf.readUInt32LE(at + 20);
        const size = buf.readUInt32LE(at + 24);
        const nameLength = buf.readUInt16LE(at + 28);
        const local = buf.readUInt32LE(at + 42);
        const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
        expect(buf.readUInt32LE(local)).toBe(0x04034b50);
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const compressed = buf.subarray(start, start + compressedSize);
        const data = method === 0 ? Buffer.from(compressed) : inflateRawSync(compressed);
        expect(method === 0 || method === 8, `${name}: compression method ${method}`).toBe(true);
        expect(data.length, `${name}: size`).toBe(size);
        expect(crc32(data) >>> 0, `${name}: CRC`).toBe(crc);
        expect(buf.readUInt16LE(local + 10), `${name}: local time`).toBe(buf.readUInt16LE(at + 12));
        entries.set(name, { name, data, dosTime: buf.readUInt16LE(at + 12), dosDate: buf.readUInt16LE(at + 14) });
        at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    }
    return entries;
}

function part(zip: Map<string, ZipEntry>, name: string): string {
    const entry = zip.get(name);
    expect(entry, name).toBeDefined();
    return entry!.data.toString('utf8');
}

function unescapeXml(text: string): string {
    return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
        if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
        if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
        return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e]!;
    });
}

/** Throws unless the XML is well-formed: balanced tags, quoted attributes, only known entities. */
function assertWellFormed(xml: string, name: string): void {
    const stack: string[] = [];
    const tokens = xml.match(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<[^>]*>|[^<]+/g) ?? [];
    expect(tokens.join(''), `${name}: stray '<'`).toBe(xml);
    let root = 0;
    for (const token of tokens) {
        if (token.startsWith('<?') || token.startsWith('<!--')) continue;
        if (!token.startsWith('<')) {
            expect(/&(?!(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);)/.test(token), `${name}: bare & in ${token.slice(0, 80)}`).toBe(false);
            if (stack.length === 0) expect(token.trim(), `${name}: text outside the root`).toBe('');
            continue;
        }
        const tag = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>$/.exec(token);
        expect(tag, `${name}: malformed tag ${token.slice(0, 120)}`).not.toBeNull();
        const [, close, tagName, attributes, selfClosing] = tag!;
        expect(/&(?!(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);)/.test(attributes!), `${name}: bare & in attributes of ${tagName}`).toBe(false);
        if (close) expect(stack.pop(), `${name}: </${tagName}>`).toBe(tagName);
        else if (!selfClosing) {
            if (stack.length === 0) root++;
            stack.push(tagName!);
        } else if (stack.length === 0) root++;
    }
    expect(stack, `${name}: unclosed elements`).toEqual([]);
    expect(root, `${name}: one root element`).toBe(1);
}

interface WordParagraph {
    readonly style: string | undefined;
    readonly numId: string | undefined;
    readonly text: string;
}

function paragraphs(xml: string): WordParagraph[] {
    return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map(m => {
        const body = m[1] ?? m[2] ?? '';
        return {
            style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1],
            numId: /<w:numId w:val="(\d+)"\/>/.exec(body)?.[1],
            text: textOf(body)
        };
    });
}

function textOf(xml: string): string {
    return unescapeXml([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join(''));
}

/** The rows of the table after the paragraph with this text, as cell texts, and whether each row is a header row. */
function tableAfter(xml: string, paragraphText: string): { header: boolean; cells: string[] }[] {
    const heading = xml.indexOf(`>${paragraphText}<`);
    expect(heading, paragraphText).toBeGreaterThan(0);
    const start = xml.indexOf('<w:tbl>', heading);
    const end = xml.indexOf('</w:tbl>', start);
    return [...xml.slice(start, end).matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map(m => {
        const row = m[1] ?? m[2] ?? '';
        return {
            header: /<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/.test(row),
            cells: [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(c => textOf(c[1]!))
        };
    });
}

/** What Word shows as the number of each numbered paragraph with a decimal list, from numbering.xml. */
function wordNumbers(document: string, numbering: string): string[] {
    const abstracts = new Map<string, { text: string; start: number; format: string }>();
    for (const m of numbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
        const level0 = /<w:lvl w:ilvl="0"[^>]*>([\s\S]*?)<\/w:lvl>/.exec(m[2]!)![1]!;
        abstracts.set(m[1]!, {
            text: /<w:lvlText w:val="([^"]*)"\/>/.exec(level0)![1]!,
            start: Number(/<w:start w:val="(\d+)"\/>/.exec(level0)?.[1] ?? '0'),
            format: /<w:numFmt w:val="([^"]*)"\/>/.exec(level0)![1]!
        });
    }
    const nums = new Map<string, string>();
    for (const m of numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"\/>/g)) nums.set(m[1]!, m[2]!);
    const counters = new Map<string, number>();
    const shown: string[] = [];
    for (const p of paragraphs(document)) {
        if (!p.numId) continue;
        const level = abstracts.get(nums.get(p.numId)!)!;
        if (level.format !== 'decimal') continue;
        const n = (counters.get(p.numId) ?? level.start - 1) + 1;
        counters.set(p.numId, n);
        shown.push(level.text.replace('%1', String(n)));
    }
    return shown;
}

async function icteam(): Promise<{ agreement: Agreement; doc: AgreementDocument }> {
    const agreement = await agreementOf(readExample('icteam-imaging-people.dpa'));
    return { agreement, doc: buildAgreementDocument(agreement, { draftErrors: 3 }) };
}

// ---------------------------------------------------------------------------------------------

describe('the ICTeam agreement as DOCX', () => {
    let agreement: Agreement;
    let doc: AgreementDocument;
    let zip: Map<string, ZipEntry>;
    let document: string;
    let paras: WordParagraph[];
    beforeAll(async () => {
        ({ agreement, doc } = await icteam());
        zip = unzip(await renderDocx(doc));
        document = part(zip, 'word/document.xml');
        paras = paragraphs(document);
    });

    test('is a valid package of well-formed parts with fixed times', () => {
        for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']) {
            expect(zip.has(name), name).toBe(true);
        }
        for (const entry of zip.values()) {
            if (entry.name.endsWith('.xml') || entry.name.endsWith('.rels')) assertWellFormed(entry.data.toString('utf8'), entry.name);
            // 1980-01-01 00:00 as DOS date and time
            expect([entry.dosDate, entry.dosTime], entry.name).toEqual([0x21, 0]);
        }
        expect(part(zip, '[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    });

    test('has core properties with the title, creator dpa and a fixed date', () => {
        const core = part(zip, 'docProps/core.xml');
        expect(core).toContain('<dc:title>Verwerkersovereenkomst</dc:title>');
        expect(core).toContain('<dc:creator>dpa</dc:creator>');
        expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
        expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>');
    });

    test('has the title as Heading 1, articles and annexes as Heading 2', () => {
        expect(paras.find(p => p.style === 'Heading1')?.text).toBe('Verwerkersovereenkomst');
        const h2 = paras.filter(p => p.style === 'Heading2').map(p => p.text);
        expect(h2).toContain('Artikel 1 – Definities');
        expect(h2).toContain('Bijlage 1 – Beschrijving van de verwerkingen');
        const irHeadings = doc.blocks.filter(b => b.kind === 'heading' && b.level === 2).map(b => (b.kind === 'heading' ? b.text : ''));
        expect(h2).toEqual(irHeadings);
        expect(paras.filter(p => p.style === 'Heading3').map(p => p.text)).toEqual(['Technische maatregelen', 'Organisatorische maatregelen']);
        expect(part(zip, 'word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">/);
    });

    test('numbers the sub-clauses with Word numbering that shows exactly the numbers of the document', () => {
        const irNumbers = doc.blocks.flatMap(b => (b.kind === 'paragraph' && b.number ? [b.number] : []));
        expect(irNumbers).toContain('3.1');
        expect(wordNumbers(document, part(zip, 'word/numbering.xml'))).toEqual(irNumbers);
        // The number is not also in the text.
        const clause = paras.find(p => p.text.startsWith('In deze verwerkersovereenkomst hebben'));
        expect(clause?.style).toBe('DpaClause');
        expect(clause?.numId).toBeDefined();
    });

    test('names both parties and has lists as bullet lists', () => {
        const text = paras.map(p => p.text).join('\n');
        for (const name of ['ICTeam Zuid B.V.', 'Imaging People']) expect(text).toContain(name);
        const bullets = paras.filter(p => p.style === 'ListParagraph');
        expect(bullets.length).toBeGreaterThan(10);
        expect(bullets.every(p => p.numId !== undefined)).toBe(true);
        expect(part(zip, 'word/numbering.xml')).toContain('<w:numFmt w:val="bullet"/>');
    });

    test('has every processing activity in a row of the Bijlage 1 table, whose header row repeats', () => {
        const rows = tableAfter(document, 'Bijlage 1 – Beschrijving van de verwerkingen');
        expect(rows[0]!.header).toBe(true);
        expect(rows[0]!.cells).toEqual(['Nr.', 'Gegevensverwerking', 'Doel van de verwerking', 'Soort persoonsgegevens', 'Medewerkers en verwerkingshandelingen', 'Categorieën betrokkenen', 'Locatie en subverwerkers', 'Bewaartermijn']);
        const body = rows.slice(1);
        expect(body.every(r => !r.header)).toBe(true);
        expect(agreement.processings).toHaveLength(11);
        expect(body).toHaveLength(11);
        for (const [i, processing] of agreement.processings.entries()) {
            expect(body[i]!.cells[0]).toBe(String(i + 1));
            expect(body[i]!.cells[1]).toBe(processing.title.replace(/\s+/g, ' '));
        }
        // A cell with several lines has a paragraph for each.
        const table = doc.blocks.find(b => b.kind === 'table');
        const lines = table?.kind === 'table' ? table.rows[0]!.cells[4]! : [];
        expect(lines.length).toBeGreaterThan(1);
        const start = document.indexOf('<w:tbl>', document.indexOf('>Bijlage 1 – '));
        for (const line of lines) expect(document.indexOf(`<w:t xml:space="preserve">${line.replace(/&/g, '&amp;')}</w:t></w:r></w:p>`, start)).toBeGreaterThan(start);
    });

    test('lays Bijlage 1 out on A4 landscape, the rest on A4 portrait', () => {
        const sections = [...document.matchAll(/<w:pgSz ([^>]*)\/>/g)].map(m => m[1]!);
        expect(sections.length).toBe(3);
        expect(sections[0]).toMatch(/w:w="11906" w:h="16838"/);
        expect(sections[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
        expect(sections[2]).toMatch(/w:w="11906" w:h="16838"/);
    });

    test('has the title, version and draft mark in the header, and "Pagina X van Y" in the footer', () => {
        const headers = [...zip.keys()].filter(n => /^word\/header\d+\.xml$/.test(n));
        const footers = [...zip.keys()].filter(n => /^word\/footer\d+\.xml$/.test(n));
        expect(headers.length).toBeGreaterThan(0);
        expect(footers.length).toBe(headers.length);
        for (const name of headers) expect(textOf(part(zip, name))).toBe('Verwerkersovereenkomst · Versie 2018/1 · CONCEPT');
        for (const name of footers) {
            const footer = part(zip, name);
            expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
            expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
            expect(textOf(footer)).toBe('Pagina  van ');
        }
    });

    test('shows the draft notice prominently', () => {
        const notice = paras.find(p => p.style === 'DpaNotice');
        expect(notice?.text).toMatch(/^CONCEPT — deze overeenkomst bevat nog 3 fout\(en\)/);
        const style = /<w:style w:type="paragraph" w:styleId="DpaNotice">([\s\S]*?)<\/w:style>/.exec(part(zip, 'word/styles.xml'))?.[1] ?? '';
        expect(style).toContain('<w:pBdr>');
        expect(style).toContain('<w:color w:val="C00000"/>');
    });

    test('has the signatures as a borderless table with a column per party', () => {
        const start = document.indexOf('<w:tbl>', document.indexOf('>Aldus overeengekomen en ondertekend.<'));
        const table = document.slice(start, document.indexOf('</w:tbl>', start));
        expect(table).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
        const text = textOf(table);
        for (const value of ['Naam: L. Voets', 'Functie: Eigenaar', 'Plaats: Mierlo', 'Naam: O. Petersen', 'Functie: Directeur', 'Handtekening:']) expect(text).toContain(value);
    });
});

describe('the complete agreement as DOCX', () => {
    test('has every article and annex as a heading, and no draft marks', async () => {
        const agreement = await agreementOf(readExample('complete.dpa'));
        const doc = buildAgreementDocument(agreement);
        const zip = unzip(await renderDocx(doc));
        for (const entry of zip.values()) if (entry.name.endsWith('.xml')) assertWellFormed(entry.data.toString('utf8'), entry.name);
        const document = part(zip, 'word/document.xml');
        const paras = paragraphs(document);
        const h2 = paras.filter(p => p.style === 'Heading2').map(p => p.text);
        expect(h2.filter(t => t.startsWith('Artikel '))).toHaveLength(agreement.clauses.length + 3);
        expect(h2).toContain('Artikel 1 – Definities');
        for (const n of [1, 2, 3]) expect(h2.some(t => t.startsWith(`Bijlage ${n} – `))).toBe(true);
        expect(paras.some(p => p.style === 'DpaNotice')).toBe(false);
        expect(wordNumbers(document, part(zip, 'word/numbering.xml'))).toEqual(doc.blocks.flatMap(b => (b.kind === 'paragraph' && b.number ? [b.number] : [])));
        const header = textOf(part(zip, 'word/header1.xml'));
        expect(header).not.toContain('CONCEPT');
        expect(header).toContain(doc.title);
        const rows = tableAfter(document, 'Bijlage 1 – Beschrijving van de verwerkingen');
        expect(rows[0]!.header).toBe(true);
        expect(rows.slice(1).map(r => r.cells[1])).toEqual(agreement.processings.map(p => p.title.replace(/\s+/g, ' ')));
    });
});

describe('every signatory in the DOCX signature table (A-02)', () => {
    test('one signature block per signatory, at most two side by side', async () => {
        const zip = unzip(await renderDocx(buildAgreementDocument(await agreementOf(readExample('complete.dpa')))));
        const document = part(zip, 'word/document.xml');
        const start = document.indexOf('<w:tbl>', document.indexOf('>Ondertekening<'));
        const table = document.slice(start, document.indexOf('</w:tbl>', start));
        // Two columns and a gap: the controller's signatory beside the first of the processor's, the second below.
        expect(table.match(/<w:gridCol /g)).toHaveLength(3);
        const text = textOf(table);
        for (const value of ['Naam: M.J. de Linde', 'Naam: R. van den Berg', 'Functie: Algemeen directeur', 'Naam: I. Öztürk', 'Functie: Chief Information Security Officer', 'Plaats: Utrecht']) expect(text).toContain(value);
        expect(text.match(/Namens de Verwerker: Loonwolk B\.V\./g)).toHaveLength(2);
        expect(text.match(/Handtekening:/g)).toHaveLength(3);
    });
});

describe('the language of the DOCX', () => {
    test('an English agreement has English page furniture and language tags', async () => {
        const doc = buildAgreementDocument(await agreementOf(readExample('complete.dpa')), { lang: 'en', draftErrors: 1 });
        const zip = unzip(await renderDocx(doc));
        expect(textOf(part(zip, 'word/footer1.xml'))).toBe('Page  of ');
        expect(textOf(part(zip, 'word/header1.xml'))).toMatch(/ · Version .* · DRAFT$/);
        expect(part(zip, 'word/styles.xml')).toContain('<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="en-GB"/>');
        expect(part(zip, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    });

    test.each([['nl', 'nl-NL'], ['en', 'en-GB']] as const)('%s: the document default run properties give every script the language %s', async (lang, tag) => {
        const zip = unzip(await renderDocx(buildAgreementDocument(await agreementOf(readExample('complete.dpa')), { lang })));
        const styles = part(zip, 'word/styles.xml');
        // In the document defaults, for Latin, East Asian and complex (right-to-left) scripts alike:
        // Word and LibreOffice take the document's language from here, not from the machine's locale.
        const defaults = /<w:docDefaults><w:rPrDefault><w:rPr>([\s\S]*?)<\/w:rPr><\/w:rPrDefault>/.exec(styles)?.[1] ?? '';
        expect(defaults).toContain(`<w:lang w:val="${tag}" w:eastAsia="${tag}" w:bidi="${tag}"/>`);
        expect(styles.match(/<w:lang\b[^>]*>/g)).toEqual([`<w:lang w:val="${tag}" w:eastAsia="${tag}" w:bidi="${tag}"/>`]);
    });
});

describe('escaping in DOCX', () => {
    test('user text is XML-escaped in the document, the header and the core properties', async () => {
        const hostile = `<script>&"'`;
        const text = minimalAgreement(`clause Extra "Titel <b>]]>" { text "a < b && c > d \\"q\\" 'x' &amp;" }`)
            .replace('name "Klant B.V."', `name "${hostile.replace(/"/g, '\\"')}"`)
            .replace('title "Verwerkersovereenkomst"', 'title "Overeenkomst <T&C>"');
        const doc = buildAgreementDocument(await agreementOf(text));
        const zip = unzip(await renderDocx(doc));
        for (const entry of zip.values()) if (entry.name.endsWith('.xml')) assertWellFormed(entry.data.toString('utf8'), entry.name);
        const document = part(zip, 'word/document.xml');
        expect(document).not.toContain('<script>');
        expect(document).not.toContain('<b>');
        expect(document).toContain('&lt;script&gt;&amp;');
        const texts = paragraphs(document).map(p => p.text);
        expect(texts.some(t => t.startsWith(`${hostile}, `))).toBe(true);
        expect(texts.some(t => t.includes(`a < b && c > d "q" 'x' &amp;`))).toBe(true);
        expect(texts.some(t => t.includes('Titel <b>]]>'))).toBe(true);
        expect(textOf(part(zip, 'word/header1.xml'))).toContain('Overeenkomst <T&C>');
        expect(part(zip, 'docProps/core.xml')).toContain('<dc:title>Overeenkomst &lt;T&amp;C&gt;</dc:title>');
    });
});

describe('DOCX determinism', () => {
    afterEach(() => {
        vi.useRealTimers();
    });

    test('the same model gives the same bytes: twice, from two fresh parses, and at another time', async () => {
        const first = (await icteam()).doc;
        const second = (await icteam()).doc;
        const a = await renderDocx(first);
        const b = await renderDocx(first);
        const c = await renderDocx(second);
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2031-07-15T10:11:12Z'));
        const d = await renderDocx(second);
        vi.useRealTimers();
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
        expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
        expect(Buffer.from(d).equals(Buffer.from(a))).toBe(true);
    });
});

describe('custom clauses in the English DOCX (B-01, B-02)', () => {
    const clause = (en: string) => minimalAgreement(`clause Costs "Kosten van bijstand"${en ? ' en "Costs of assistance"' : ''} {
        text "Bijstand wordt vergoed tegen het uurtarief."${en ? `\n        text en "${en}"` : ''}
    }`);

    test('a translated clause is in English; an untranslated one is marked, with a notice', async () => {
        const translated = paragraphs(part(unzip(await renderDocx(buildAgreementDocument(await agreementOf(clause('Assistance is paid at the hourly rate.')), { lang: 'en' }))), 'word/document.xml')).map(p => p.text);
        expect(translated.some(t => /^Article \d+ – Costs of assistance$/.test(t))).toBe(true);
        expect(translated.some(t => t.includes('Assistance is paid at the hourly rate.'))).toBe(true);
        expect(translated.join('\n')).not.toContain('uurtarief');

        const marked = paragraphs(part(unzip(await renderDocx(buildAgreementDocument(await agreementOf(clause('')), { lang: 'en' }))), 'word/document.xml')).map(p => p.text);
        expect(marked.some(t => /^Article \d+ – Kosten van bijstand \(Dutch text, not translated\)$/.test(t))).toBe(true);
        expect(marked.some(t => t.includes('(Dutch text, not translated) Bijstand wordt vergoed tegen het uurtarief.'))).toBe(true);
        expect(marked.some(t => t.startsWith('Not translated: the text of Article '))).toBe(true);
        expect(marked.some(t => /^Annex 1 – .* \(descriptions in Dutch\)$/.test(t))).toBe(true);
    });
});
