import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { instantiateTemplate, type Lang } from '../../packages/language/src/index.js';
import { buildAgreementDocument, findSoffice, renderDocx, renderRedlineDocx, type AgreementDocument } from '../../packages/generator/src/index.js';
import { check, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';

/**
 * The redline as a Word document with tracked changes (issue 14): read back from its
 * word/document.xml, where accepting every revision must give the new agreement and rejecting
 * every one the old, paragraph for paragraph; and, where LibreOffice is installed, as LibreOffice
 * reads it.
 */
const COMPLETE = readExample('complete.dpa');

function edited(text: string): string {
    return text
        .replace('breach notification within 24 hours', 'breach notification within 48 hours')
        .replace('    subprocessor Mailhuis {', '    subprocessor Analytix {\n        name "Analytix Inc."\n        service "Gebruiksstatistieken"\n        country US\n        transfer dpf certified\n    }\n\n    subprocessor Mailhuis {')
        .replace('    own-purposes none\n', '');
}

async function documents(before: string, after: string, lang: Lang): Promise<[AgreementDocument, AgreementDocument]> {
    return [buildAgreementDocument(await agreementOf(before), { lang }), buildAgreementDocument(await agreementOf(after), { lang })];
}

const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);

const unescape = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);

/**
 * Word's "Accept all changes" (`keep` 'ins') or "Reject all changes" (`keep` 'del') on
 * word/document.xml, as the text of its paragraphs in order: rows and runs of the other kind
 * dropped, a paragraph whose mark is dropped joined to the next one.
 */
function resolve(xml: string, keep: 'ins' | 'del'): string[] {
    const drop = keep === 'ins' ? 'del' : 'ins';
    const body = xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('</w:body>'))
        .replace(/<w:tr>.*?<\/w:tr>/gs, row => (/^<w:tr><w:trPr>(.*?)<\/w:trPr>/.exec(row)?.[1] ?? '').includes(`<w:${drop} `) ? '' : row)
        .replace(new RegExp(`<w:${drop} [^>]*[^/]>.*?</w:${drop}>`, 'gs'), '');
    const paragraphs: string[] = [];
    let carried = '';
    for (const [, content] of body.matchAll(/<w:p>(.*?)<\/w:p>/gs)) {
        const properties = /^<w:pPr>(.*?)<\/w:pPr>/.exec(content!)?.[1] ?? '';
        const text = carried + [...content!.matchAll(/<w:(t|delText)(?: [^>]*)?>([^<]*)<\/w:\1>|<w:(tab|br)\/>/g)]
            .map(m => (m[3] === 'tab' ? '\t' : m[3] === 'br' ? '\n' : unescape(m[2]!))).join('');
        if (/<w:rPr>.*<\/w:rPr>/.exec(properties)?.[0].includes(`<w:${drop} `)) carried = text;
        else {
            paragraphs.push(text);
            carried = '';
        }
    }
    return paragraphs;
}

const nonEmpty = (paragraphs: readonly string[]) => paragraphs.filter(p => p.trim() !== '');

describe('the redline as Word with tracked changes', () => {
    test('complete.dpa edited: the changed words as revisions; accepting all gives the new agreement, rejecting all the old one', async () => {
        const [before, after] = await documents(COMPLETE, edited(COMPLETE), 'nl');
        const docx = await renderRedlineDocx(before, after);
        const xml = documentXml(docx);

        expect(xml).toMatch(/binnen <\/w:t><\/w:r><w:del w:id="\d+" w:author="dpa" w:date="2000-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">24<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="dpa" w:date="2000-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">48<\/w:t><\/w:r><\/w:ins><w:r><w:t xml:space="preserve"> uur daarna/);
        // The removed article: its heading's and paragraphs' marks deleted with their words.
        expect(xml).toMatch(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/><w:rPr><w:del w:id="\d+" w:author="dpa" w:date="2000-01-01T00:00:00Z"\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">Artikel 6 – Eigen doeleinden van de Verwerker<\/w:delText>/);
        // The new sub-processor's row of Bijlage 3, inserted as a row.
        expect(xml).toMatch(/<w:tr><w:trPr><w:ins w:id="\d+" w:author="dpa" w:date="2000-01-01T00:00:00Z"\/><\/w:trPr><w:tc>.{0,300}<w:ins [^>]*><w:r><w:t xml:space="preserve">Analytix Inc\.<\/w:t>/);
        // No mark character is left, and every revision has its own id.
        expect(xml).not.toMatch(/[\uE000-\uE007]/);
        const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeGreaterThan(20);

        expect(resolve(xml, 'ins')).toEqual(resolve(documentXml(await renderDocx(after)), 'ins'));
        expect(resolve(xml, 'del')).toEqual(resolve(documentXml(await renderDocx(before)), 'ins'));
        // Same documents, same bytes.
        expect(await renderRedlineDocx(before, after)).toEqual(docx);
    });

    test('the itzz template against a filled agreement, in English: rows of the annexes deleted as rows, the fields as revisions', async () => {
        const checked = await check(readExample('itzz-template.dpa'));
        const row = { customerName: 'Bakkerij De Korst B.V.', customerCity: 'Delft', customerRepresentative: 'J.P. van Leeuwen', customerRepresentativeFunction: 'Directeur', signingPlace: 'Delft', signingDate: '2025-03-03', mainAgreementDate: '2025-02-17', mainAgreementReference: 'ITZZ-2025-0031', processorSigningDate: '2025-03-04', categories: 'AddressPhone; Financial; ThirdPartyLogins', careProvider: 'nee' };
        const before = buildAgreementDocument(checked.agreement!, { lang: 'en' });
        const after = buildAgreementDocument(await agreementOf(instantiateTemplate(checked.document, row)), { lang: 'en' });
        const xml = documentXml(await renderRedlineDocx(before, after));
        expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">\[Naam van de klant\]<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">Bakkerij De Korst B\.V\.<\/w:t><\/w:r><\/w:ins>/);
        expect(xml).toMatch(/<w:tr><w:trPr><w:del [^>]*\/><\/w:trPr>/);
        expect(resolve(xml, 'ins')).toEqual(resolve(documentXml(await renderDocx(after)), 'ins'));
        expect(resolve(xml, 'del')).toEqual(resolve(documentXml(await renderDocx(before)), 'ins'));
    });

    test('a table whose columns changed is replaced whole; hostile text and mark characters in the user\'s text stay text', async () => {
        const doc = (columns: string[], name: string): AgreementDocument => ({
            lang: 'en', title: 'T', draft: false, blocks: [
                { kind: 'heading', level: 2, text: 'Annex 1 – Things', anchor: 'bijlage-1' },
                { kind: 'paragraph', number: '1.1', text: name },
                { kind: 'table', columns, rows: [{ cells: columns.map(c => [`${c} value`]) }] }
            ]
        });
        const before = doc(['Name', 'Old'], 'Party <script>alert(1)</script> & "Co" \uE002x\uE003');
        const after = doc(['Name', 'New'], 'Party <b>bold</b> & \'Co\' \uE000y\uE001');
        const xml = documentXml(await renderRedlineDocx(before, after));
        expect(xml).not.toMatch(/<script|<b>|[\uE000-\uE007]/);
        expect(xml).toContain('<w:delText xml:space="preserve">alert(1)</w:delText>');
        expect(resolve(xml, 'del')[1]).toBe('Party <script>alert(1)</script> & "Co" \uFFFDx\uFFFD');
        expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
        // The new document's text (its mark characters as U+FFFD), with the empty paragraph that follows the deleted table.
        const plain = async (doc: AgreementDocument) => resolve(documentXml(await renderDocx(doc)), 'ins').map(p => p.replace(/[\uE000-\uE007]/g, '\uFFFD'));
        const afterText = await plain(after);
        expect(resolve(xml, 'ins')).toEqual([...afterText.slice(0, 2), '', ...afterText.slice(2)]);
        expect(nonEmpty(resolve(xml, 'del'))).toEqual(nonEmpty(await plain(before)));
        expect(resolve(xml, 'ins')[1]).toBe('Party <b>bold</b> & \'Co\' \uFFFDy\uFFFD');
    });
});

/** LibreOffice's reading of a Word file, as flat ODT. */
function paragraphsOfFlatOdt(fodt: string, keep: 'insertion' | 'deletion'): string[] {
    const drop = keep === 'insertion' ? 'deletion' : 'insertion';
    const changesEnd = fodt.indexOf('</text:tracked-changes>');
    const changes = changesEnd < 0 ? '' : fodt.slice(fodt.indexOf('<text:tracked-changes'), changesEnd);
    const kinds = new Map([...changes.matchAll(/<text:changed-region [^>]*text:id="([^"]+)">\s*<text:(insertion|deletion)>/g)].map(m => [m[1]!, m[2]!]));
    const body = fodt.slice(changesEnd < 0 ? fodt.indexOf('<office:text') : changesEnd, fodt.indexOf('</office:text>'));
    const paragraphs: string[] = [];
    const active = new Set<string>();
    let depth = 0;
    let text = '';
    const dropping = () => [...active].some(id => kinds.get(id) === drop);
    for (const [token] of body.matchAll(/<[^>]+>|[^<]+/g)) {
        const tag = /^<(\/?)([\w:-]+)([^>]*?)(\/?)>$/.exec(token);
        if (!tag) {
            if (depth > 0 && !dropping()) text += unescape(token.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))));
            continue;
        }
        const [, close, name, attributes = '', selfClosing] = tag;
        const id = /text:change-id="([^"]+)"/.exec(attributes)?.[1];
        if (name === 'text:change-start' && id) active.add(id);
        else if (name === 'text:change-end' && id) active.delete(id);
        else if (depth > 0 && !dropping() && name === 'text:s') text += ' '.repeat(Number(/text:c="(\d+)"/.exec(attributes)?.[1] ?? 1));
        else if (depth > 0 && !dropping() && name === 'text:tab') text += '\t';
        else if (depth > 0 && !dropping() && name === 'text:line-break') text += '\n';
        else if ((name === 'text:p' || name === 'text:h') && !selfClosing) {
            if (!close) depth++;
            else {
                depth--;
                if (!dropping()) {
                    paragraphs.push(text);
                    text = '';
                }
            }
        } else if ((name === 'text:p' || name === 'text:h') && selfClosing && !dropping()) paragraphs.push('');
    }
    return paragraphs;
}

const soffice = findSoffice();

describe.skipIf(!soffice)('the redline as LibreOffice reads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-redline-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }));

    test('every revision is one to LibreOffice: accepting all gives the new agreement\'s text, rejecting all the old one\'s', async () => {
        const [before, after] = await documents(COMPLETE, edited(COMPLETE), 'nl');
        writeFileSync(join(dir, 'redline.docx'), await renderRedlineDocx(before, after));
        writeFileSync(join(dir, 'after.docx'), await renderDocx(after));
        writeFileSync(join(dir, 'before.docx'), await renderDocx(before));
        execFileSync(soffice!, [
            `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--invisible', '--nodefault', '--nolockcheck', '--nologo', '--norestore',
            '--convert-to', 'fodt', '--outdir', dir, join(dir, 'redline.docx'), join(dir, 'after.docx'), join(dir, 'before.docx')
        ], { stdio: 'ignore', timeout: 120_000, env: { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
        const read = (name: string) => readFileSync(join(dir, `${name}.fodt`), 'utf8');
        const redline = read('redline');
        expect(redline).toContain('<dc:creator>dpa</dc:creator>');
        expect(paragraphsOfFlatOdt(redline, 'insertion')).toEqual(paragraphsOfFlatOdt(read('after'), 'insertion'));
        // Flat ODT has no revisions of table rows: the inserted row's cells stay, empty, when rejected.
        expect(nonEmpty(paragraphsOfFlatOdt(redline, 'deletion'))).toEqual(nonEmpty(paragraphsOfFlatOdt(read('before'), 'insertion')));
        expect(paragraphsOfFlatOdt(redline, 'insertion')).toContain('Zodra de Verwerker kennis heeft genomen van een Inbreuk, meldt hij die zonder onredelijke vertraging, en in ieder geval binnen 48 uur daarna, aan de Verwerkingsverantwoordelijke (artikel 33 lid 2 AVG). Dit geldt ook voor een Inbreuk bij een Subverwerker.');
    }, 180_000);
});
