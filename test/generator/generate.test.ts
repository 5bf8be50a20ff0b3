import { describe, expect, test } from 'vitest';
import { buildAgreementDocument, generateAgreement, type AgreementDocument } from '../../packages/generator/src/index.js';
import { minimalAgreement, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';

function processingTable(doc: AgreementDocument) {
    const index = doc.blocks.findIndex(b => b.kind === 'heading' && b.anchor === 'bijlage-1');
    const table = doc.blocks.slice(index).find(b => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no processing table');
    return table;
}

describe('the ICTeam agreement', () => {
    test('has all parties, all 11 activities and every retention term, in Markdown and HTML', async () => {
        const agreement = await agreementOf(readExample('icteam-imaging-people.dpa'));
        expect(agreement.processings).toHaveLength(11);
        const doc = buildAgreementDocument(agreement);
        const table = processingTable(doc);
        expect(table.rows).toHaveLength(11);
        const md = generateAgreement(agreement, { format: 'md' });
        const html = generateAgreement(agreement, { format: 'html' });
        for (const name of ['ICTeam Zuid B.V.', 'Imaging People']) {
            expect(md).toContain(name.replace(/\./g, '.'));
            expect(html).toContain(name);
        }
        expect(html.match(/<tr data-line/g)?.length).toBeGreaterThanOrEqual(11);
        for (const [i, processing] of agreement.processings.entries()) {
            const row = table.rows[i]!;
            expect(row.cells[1]).toEqual([processing.title.replace(/\s+/g, ' ')]);
            const retention = row.cells[7]![0]!;
            expect(retention.length).toBeGreaterThan(3);
            expect(html).toContain(retention.replace(/&/g, '&amp;'));
        }
        expect(table.rows.map(r => r.cells[7]![0])).toContain('Eén maand');
        expect(table.rows.filter(r => r.cells[7]![0]!.startsWith('Gedurende de looptijd van de Hoofdovereenkomst')).length).toBeGreaterThanOrEqual(9);
    });

    test('is a draft while it has errors, and says so', async () => {
        const agreement = await agreementOf(readExample('icteam-imaging-people.dpa'));
        const md = generateAgreement(agreement, { format: 'md', draftErrors: 2 });
        expect(md).toContain('CONCEPT');
        expect(generateAgreement(agreement, { format: 'md' })).not.toContain('CONCEPT');
    });
});

describe('a transient retention', () => {
    test('says in Bijlage 1 that the data are not kept beyond the processing, in Dutch and English', async () => {
        const agreement = await agreementOf(minimalAgreement('', 'retention transient'));
        expect(processingTable(buildAgreementDocument(agreement)).rows[0]!.cells[7]).toEqual(['Niet bewaard: de persoonsgegevens worden alleen verwerkt zolang de verwerking zelf duurt en daarna niet opgeslagen']);
        expect(processingTable(buildAgreementDocument(agreement, { lang: 'en' })).rows[0]!.cells[7]).toEqual(['Not stored: the personal data are processed only while the processing itself lasts and are not kept after it']);
    });
});

describe('a declaration of what is not processed', () => {
    test('Bijlage 1 says which data are not processed, in Dutch and English', async () => {
        const agreement = await agreementOf(minimalAgreement('excludes special, bsn'));
        const paragraphs = (lang: 'nl' | 'en') => buildAgreementDocument(agreement, { lang }).blocks.flatMap(b => (b.kind === 'paragraph' ? [b.text] : []));
        expect(paragraphs('nl')).toContain('Partijen verklaren dat onder deze Verwerkersovereenkomst geen bijzondere categorieën van persoonsgegevens (artikel 9 AVG) of burgerservicenummers (artikel 46 UAVG) worden verwerkt.');
        expect(paragraphs('en')).toContain('The Parties declare that no special categories of personal data (Article 9 GDPR) or citizen service numbers (BSN, Article 46 of the Dutch GDPR Implementation Act) are processed under this Data Processing Agreement.');
    });
});

describe('the complete agreement', () => {
    test('has numbered articles for every clause, signatures and three annexes', async () => {
        const agreement = await agreementOf(readExample('complete.dpa'));
        const doc = buildAgreementDocument(agreement);
        const articles = doc.blocks.filter(b => b.kind === 'heading' && b.anchor.startsWith('artikel-'));
        // definitions + subject + the clauses + governing law
        expect(articles).toHaveLength(agreement.clauses.length + 3);
        expect(doc.blocks.some(b => b.kind === 'signatures')).toBe(true);
        for (const n of [1, 2, 3]) expect(doc.blocks.some(b => b.kind === 'heading' && b.anchor === `bijlage-${n}`)).toBe(true);
        const md = generateAgreement(agreement, { format: 'md' });
        expect(md).toMatch(/## Artikel 1 – Definities/);
        expect(md).toMatch(/\*\*3\.1\*\* /);
        // The agreement is Dutch and current: no Wbp vocabulary in our own text.
        expect(md).not.toMatch(/\bbewerker|\bWbp\b/i);
    });
});

describe('escaping', () => {
    const hostile = '<script>alert(1)</script>|*_ [x](javascript:y) & "q"';
    const text = minimalAgreement(`clause Extra "Titel <b>|*_" { text "${hostile.replace(/"/g, '\\"')}" }`)
        .replace('name "Klant B.V."', 'name "<script>|*_"');

    test('HTML escapes user text as entities', async () => {
        const html = generateAgreement(await agreementOf(text), { format: 'html' });
        expect(html).not.toContain('<script>');
        expect(html).not.toContain('<b>');
        expect(html).toContain('&lt;script&gt;|*_');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;|*_ [x](javascript:y) &amp; &quot;q&quot;');
    });

    test('Markdown escapes syntax and table pipes', async () => {
        const md = generateAgreement(await agreementOf(text), { format: 'md' });
        expect(md).toContain('\\<script\\>\\|\\*\\_');
        expect(md).not.toMatch(/[^\\]<script>/);
        // `javascript:y` looks like an address: inert too (its colon escaped).
        // A bare ampersand is no markup: it stays as written.
        expect(md).toContain('\\[x\\](javascript\\:y) & "q"');
        // Every row of every table keeps its column count (an unescaped pipe would add one).
        const tables = md.split('\n\n').filter(block => block.startsWith('| '));
        expect(tables.some(t => t.includes('\\<script\\>'))).toBe(true);
        for (const table of tables) {
            const counts = table.trimEnd().split('\n').map(line => line.split(/(?<!\\)\|/).length);
            expect(new Set(counts).size, table).toBe(1);
        }
    });
});

describe('determinism', () => {
    test('the same input gives the same bytes, in a fresh parse too', async () => {
        for (const format of ['md', 'html'] as const) {
            const a = generateAgreement(await agreementOf(readExample('complete.dpa')), { format });
            const b = generateAgreement(await agreementOf(readExample('complete.dpa')), { format });
            expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
        }
    });

    test('a party\'s alias is defined beside its role term, in Dutch and English', async () => {
        const agreement = await agreementOf(minimalAgreement().replace('name "Klant B.V."', 'name "Klant B.V."\n        alias "Opdrachtgever"'));
        expect(generateAgreement(agreement, { format: 'md' })).toContain('hierna: “Opdrachtgever” of de Verwerkingsverantwoordelijke');
        expect(generateAgreement(agreement, { format: 'md', lang: 'en' })).toContain('hereinafter referred to as “Opdrachtgever” or the Controller');
        expect(generateAgreement(agreement, { format: 'md' })).toContain('hierna: de Verwerker');
    });

    test('registrations other than the KvK are written in the parties block', async () => {
        const agreement = await agreementOf(minimalAgreement().replace('kvk "12345678"', 'registration kbo "0123.456.789"\n        registration "Companies House" "01234567"'));
        const nl = generateAgreement(agreement, { format: 'md' });
        expect(nl).toContain('ingeschreven in de Kruispuntbank van Ondernemingen onder ondernemingsnummer 0123.456.789, ingeschreven in Companies House onder nummer 01234567');
        expect(generateAgreement(agreement, { format: 'md', lang: 'en' })).toContain('registered with the Crossroads Bank for Enterprises under enterprise number 0123.456.789');
    });
});
