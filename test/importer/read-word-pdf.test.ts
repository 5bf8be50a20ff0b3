import { describe, expect, test } from 'vitest';
import { buildAgreementDocument } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import { convertToPdf, findSoffice } from '../../packages/generator/src/render/pdf.js';
import { readSource } from '../../packages/importer/src/read/index.js';
import type { SourceBlock, SourceDocument, TableBlock } from '../../packages/importer/src/source.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, readExample } from '../helpers.js';

// Round trips: the generator writes Word (and LibreOffice PDF) from examples/complete.dpa, the
// importer reads it back. The generator is used here only, to make the fixtures; the importer
// never imports it.
const soffice = findSoffice();
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
if (!soffice && !inCi) console.warn('Skipping the PDF round trip: LibreOffice is not installed (apt-get install --no-install-recommends libreoffice-writer-nogui)');

let fixture: Promise<{ agreement: Agreement; docx: Uint8Array }> | undefined;
function complete(): Promise<{ agreement: Agreement; docx: Uint8Array }> {
    fixture ??= (async () => {
        const result = await check(readExample('complete.dpa'));
        const agreement = result.agreement!;
        return { agreement, docx: await renderDocx(buildAgreementDocument(agreement, {})) };
    })();
    return fixture;
}

const ARTICLES = [...Array.from({ length: 21 }, (_, i) => `Artikel ${i + 1}`), 'Bijlage 1', 'Bijlage 2', 'Bijlage 3', 'Bijlage 4'];

const numbered = (document: SourceDocument): string[] =>
    document.blocks.flatMap(b => b.kind === 'heading' && b.level === 2 && b.number !== undefined ? [b.number] : []);

/** The numbers of the numbered paragraphs between a heading and the next. */
function paragraphsOf(document: SourceDocument, heading: string): string[] {
    const start = document.blocks.findIndex(b => b.kind === 'heading' && b.number === heading);
    const rest = document.blocks.slice(start + 1);
    const end = rest.findIndex(b => b.kind === 'heading' && b.level <= 2);
    return rest.slice(0, end < 0 ? undefined : end).flatMap(b => b.kind === 'paragraph' && b.number !== undefined ? [b.number] : []);
}

/** The first table after a heading. */
function tableAfter(document: SourceDocument, heading: string): TableBlock | undefined {
    const start = document.blocks.findIndex(b => b.kind === 'heading' && b.number === heading);
    return document.blocks.slice(start + 1).find((b): b is TableBlock => b.kind === 'table');
}

function expectAnnexes(document: SourceDocument, agreement: Agreement): void {
    const activities = tableAfter(document, 'Bijlage 1')!;
    expect(activities.header).toBe(true);
    expect(activities.rows[0]).toContain('Gegevensverwerking');
    // One row per processing activity: a row that goes on over a page is one row, the repeated header row is not a row.
    expect(activities.rows).toHaveLength(agreement.processings.length + 1);
    const titles = activities.rows.slice(1).map(row => row[1]).join(' ');
    for (const processing of agreement.processings) expect(titles).toContain(processing.title.split(' ')[0]);
    const processors = tableAfter(document, 'Bijlage 3')!;
    expect(processors.rows[0]![0]).toBe('Subverwerker');
    expect(processors.rows.slice(1).map(row => row[0])).toEqual(agreement.subprocessors.map(s => s.legalName ?? s.name));
}

describe('Word round trip', () => {
    test('complete.dpa as Word: every article, annex and Word number comes back, the annex tables with their rows', async () => {
        const { agreement, docx } = await complete();
        const document = await readSource('complete.docx', docx);
        expect(document.format).toBe('docx');
        expect(document.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Verwerkersovereenkomst Loonwolk HR & Salaris', at: { paragraph: 1 } });
        expect(numbered(document)).toEqual(ARTICLES);
        // Word's numbering ("2.1" is not in the text of the paragraph, it is in numbering.xml).
        expect(paragraphsOf(document, 'Artikel 2')).toEqual(['2.1', '2.2', '2.3', '2.4']);
        expect(paragraphsOf(document, 'Artikel 15')).toEqual(Array.from({ length: 10 }, (_, i) => `15.${i + 1}`));
        expect(document.blocks).toContainEqual(expect.objectContaining({ kind: 'list-item', depth: 0, text: 'het recht op inzage (artikel 15 AVG)' }));
        expectAnnexes(document, agreement);
        // Where each block is: the Word paragraphs, in order.
        const paragraphs = document.blocks.map(b => b.at.paragraph!);
        expect([...paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
        // The same bytes read twice give the same blocks.
        expect(await readSource('complete.docx', docx)).toEqual(document);
    }, 60_000);
});

describe('PDF round trip', () => {
    test.skipIf(!soffice && !inCi)('complete.dpa as Word, then PDF by LibreOffice: the articles, paragraph numbers and annex tables come back, with their pages', async () => {
        const { agreement, docx } = await complete();
        const pdf = await convertToPdf(docx);
        const document = await readSource('complete.pdf', pdf);
        expect(document.format).toBe('pdf');
        expect(document.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: 'Verwerkersovereenkomst Loonwolk HR & Salaris', at: { page: 1 } });
        expect(numbered(document)).toEqual(ARTICLES);
        expect(paragraphsOf(document, 'Artikel 2')).toEqual(['2.1', '2.2', '2.3', '2.4']);
        expect(paragraphsOf(document, 'Artikel 15')).toEqual(Array.from({ length: 10 }, (_, i) => `15.${i + 1}`));
        // A paragraph that goes on over a page break is one paragraph.
        const across = document.blocks.find((b): b is Extract<SourceBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.number === '10.6');
        expect(across?.text).toMatch(/Subverwerker opdragen/u);
        // No running header or page footer among the blocks.
        expect(document.blocks.filter(b => b.kind !== 'table' && /Pagina \d+ van \d+|· Versie 1\.0$/u.test(b.text))).toEqual([]);
        expectAnnexes(document, agreement);
        const pages = document.blocks.map(b => b.at.page!);
        expect([...pages].sort((a, b) => a - b)).toEqual(pages);
        expect(pages.at(-1)).toBeGreaterThan(10);
    }, 300_000);
});

describe('Markdown and HTML', () => {
    const encode = (text: string) => new TextEncoder().encode(text);

    test('Markdown: front matter, numbered headings, numbered paragraphs, nested and ordered lists, a table', async () => {
        const text = ['---', 'title: Verwerkersovereenkomst', '---', '# Verwerkersovereenkomst', '', '## Artikel 4 – Beveiliging', '',
            '4.1 De **Verwerker** treft [maatregelen](https://example.invalid).', 'Dit geldt ook voor back-ups.', '',
            '- versleuteling', '  - in rust', '', '1. eerste', '2. tweede', '', '| Subverwerker | Land |', '|---|---|', '| Nedhost | NL |', '', '## 5. Duur'].join('\n');
        const document = await readSource('agreement.md', encode(text));
        expect(document.meta).toEqual({ title: 'Verwerkersovereenkomst' });
        expect(document.blocks).toEqual([
            { kind: 'heading', level: 1, text: 'Verwerkersovereenkomst', at: { line: 4 } },
            { kind: 'heading', level: 2, number: 'Artikel 4', text: 'Beveiliging', at: { line: 6 } },
            { kind: 'paragraph', number: '4.1', text: 'De Verwerker treft maatregelen. Dit geldt ook voor back-ups.', at: { line: 8 } },
            { kind: 'list-item', depth: 0, text: 'versleuteling', at: { line: 11 } },
            { kind: 'list-item', depth: 1, text: 'in rust', at: { line: 12 } },
            { kind: 'list-item', depth: 0, number: '1.', text: 'eerste', at: { line: 14 } },
            { kind: 'list-item', depth: 0, number: '2.', text: 'tweede', at: { line: 15 } },
            { kind: 'table', header: true, rows: [['Subverwerker', 'Land'], ['Nedhost', 'NL']], at: { line: 17 } },
            { kind: 'heading', level: 2, number: '5.', text: 'Duur', at: { line: 21 } }
        ]);
    });

    test('HTML: headings, a bold paragraph as a heading, lists with depth and numbers, a table with th, no script or style', async () => {
        const html = ['<html><head><title>x</title><style>p { color: red }</style></head><body>', '<h1>Verwerkersovereenkomst</h1>',
            '<h2>Artikel 1 &ndash; Definities</h2>', '<p>1.1 De <em>Verwerker</em>: de partij.</p>', '<p><strong>Overige bepalingen</strong></p>',
            '<ol start="3"><li>Drie<ul><li>onder</li></ul></li><li>Vier</li></ol>', '<script>alert(1)</script><div>Losse <span>tekst</span></div>',
            '<table><thead><tr><th>Naam</th><th>Land</th></tr></thead><tr><td><p>Nedhost</p><p>B.V.</p></td><td>NL</td></tr></table>', '</body></html>'].join('\n');
        const document = await readSource('agreement.html', encode(html));
        expect(document.blocks).toEqual([
            { kind: 'heading', level: 1, text: 'Verwerkersovereenkomst', at: { line: 2 } },
            { kind: 'heading', level: 2, number: 'Artikel 1', text: 'Definities', at: { line: 3 } },
            { kind: 'paragraph', number: '1.1', text: 'De Verwerker: de partij.', at: { line: 4 } },
            { kind: 'heading', level: 3, text: 'Overige bepalingen', at: { line: 5 } },
            { kind: 'paragraph', number: '3.', text: 'Drie', at: { line: 6 } },
            { kind: 'list-item', depth: 1, text: 'onder', at: { line: 6 } },
            { kind: 'paragraph', number: '4.', text: 'Vier', at: { line: 6 } },
            { kind: 'paragraph', text: 'Losse tekst', at: { line: 7 } },
            { kind: 'table', header: true, rows: [['Naam', 'Land'], ['Nedhost\nB.V.', 'NL']], at: { line: 8 } }
        ]);
    });
});
