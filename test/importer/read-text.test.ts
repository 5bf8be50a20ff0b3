import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSource } from '../../packages/importer/src/read/index.js';
import type { SourceBlock, SourceDocument } from '../../packages/importer/src/source.js';
import { ROOT } from '../helpers.js';

// The real agreements and the seeds (../shared, beside the repository) read as text. Where the
// folder is absent (CI), the corpus tests are skipped; the layout cases below run everywhere.
const SHARED = join(ROOT, '..', 'shared');
const hasCorpus = existsSync(join(SHARED, 'real-agreements')) && existsSync(join(SHARED, 'seeds'));
const corpus = (name: string): string => join(SHARED, name.startsWith('0') ? 'seeds' : 'real-agreements', name);

/** Each file's article and annex headings (level 2, numbered), as the file writes their numbers. */
const ARTICLES: Readonly<Record<string, readonly string[]>> = {
    '000_a49db38634cf882b.txt': [...range(1, 14).map(n => `Artikel ${n}`), 'Bijlage 1', 'Bijlage 2', 'Bijlage 1', 'Bijlage 2'],
    '004_9de5ec82a91de9d7.txt': [...range(1, 11).map(n => `${n}.`), 'Bijlage 1', 'Bijlage 2'],
    'bscpro-2026-verwerkersovereenkomst.txt': range(1, 5).map(String),
    'masjidconnect-2026-verwerkersovereenkomst-be.txt': [...range(1, 12).map(n => `${n}.`), 'Bijlage 1', 'Bijlage 2', 'Bijlage 3'],
    'opsio-2026-verwerkersovereenkomst.txt': range(1, 10).map(n => `Artikel ${n}`),
    'recruitin-2026-verwerkersovereenkomst.txt': range(1, 14).map(n => `${n}.`),
    'renaissance-it-2018-verwerkingsovereenkomst.txt': [...range(1, 8).map(n => `${n}.`), 'Appendix 1', 'Appendix 2'],
    'spreekdossier-2026-verwerkersovereenkomst.txt': range(1, 9).map(n => `Artikel ${n}`),
    'starred-2017-bewerkersovereenkomst.txt': range(1, 10).map(n => `Artikel ${n}`),
    'the-tafel-2026-verwerkersovereenkomst.txt': [...range(1, 9).map(n => `${n}.`), 'Bijlage']
};

function range(from: number, to: number): number[] {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

async function read(name: string): Promise<SourceDocument> {
    const path = corpus(name);
    return readSource(path, readFileSync(path));
}

/** The words of a text (runs of letters and digits), without the marks of its layout: bullets, pipes, bold, dashes, leftover tags. */
function words(text: string): string[] {
    return text.replace(/<\/?[a-z]+(?:\s[^<>]*)?>/giu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function blockWords(block: SourceBlock): string[] {
    if (block.kind === 'table') return block.rows.flat().flatMap(words);
    return words(`${block.number ?? ''} ${block.text}`);
}

describe.skipIf(!hasCorpus)('the real agreements and the seeds, read as text', () => {
    test.each(Object.keys(ARTICLES))('%s: its articles and annexes, by number', async name => {
        const document = await read(name);
        expect(document.format).toBe('txt');
        const numbered = document.blocks.filter(b => b.kind === 'heading' && b.level === 2 && b.number !== undefined);
        expect(numbered.map(b => b.kind === 'heading' ? b.number : '')).toEqual(ARTICLES[name]);
        // Every block knows its line, in order.
        const lines = document.blocks.map(b => b.at.line!);
        expect(lines.every(Number.isInteger)).toBe(true);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    });

    test.each(Object.keys(ARTICLES))('%s: no word of the text is lost', async name => {
        const document = await read(name);
        const text = readFileSync(corpus(name), 'utf8');
        const body = document.meta ? text.slice(text.indexOf('\n', text.indexOf('=========')) + 1) : text;
        const seen = new Set(document.blocks.flatMap(blockWords));
        const missing = words(body).filter(word => !seen.has(word));
        expect(missing).toEqual([]);
        if (!name.startsWith('0')) expect(document.meta?.['SOURCE']).toMatch(/^GitHub /u);
    });

    test('numbered paragraphs keep their number apart from their text, wrapped lines joined', async () => {
        const masjid = await read('masjidconnect-2026-verwerkersovereenkomst-be.txt');
        const first = masjid.blocks.find(b => b.kind === 'paragraph' && b.number === '1.1.');
        expect(first).toMatchObject({ at: { line: 43 } });
        expect(first?.kind === 'paragraph' && first.text).toMatch(/^Deze verwerkersovereenkomst \("Overeenkomst"\) regelt de verwerking van persoonsgegevens door MasjidConnect .* in Bijlage 1\.$/u);
        const paragraphs = masjid.blocks.filter(b => b.kind === 'paragraph' && b.number !== undefined).map(b => b.kind === 'paragraph' ? b.number : '');
        // As many as the file has lines that start with "n.n. ".
        const text = readFileSync(corpus('masjidconnect-2026-verwerkersovereenkomst-be.txt'), 'utf8');
        expect(paragraphs).toHaveLength(text.match(/^\d+\.\d+\. /gmu)!.length);
        expect(paragraphs).toHaveLength(28);

        const renaissance = await read('renaissance-it-2018-verwerkingsovereenkomst.txt');
        expect(renaissance.blocks).toContainEqual({ kind: 'paragraph', number: '1.1.', text: 'Betrokkene: De natuurlijke persoon op wie een Persoonsgegeven betrekking heeft.', at: { line: 44 } });
        expect(renaissance.blocks).toContainEqual({ kind: 'paragraph', number: '1.10.', text: 'Alle van de hierboven gebruikte woorden en termen in het enkelvoud hebben dezelfde betekenis als in het meervoud en vice versa.', at: { line: 90 } });
        // The lettered items of 4.2, and the nested bullets of Appendix 2.
        expect(renaissance.blocks.filter(b => b.kind === 'list-item' && b.number !== undefined).map(b => b.kind === 'list-item' ? b.number : '')).toEqual(['a)', 'b)', 'c)']);
        expect(renaissance.blocks).toContainEqual({ kind: 'list-item', depth: 1, text: 'Minimaal 8 karakters in lengte;', at: { line: 359 } });
        expect(renaissance.blocks).toContainEqual({ kind: 'heading', level: 2, number: 'Appendix 2', text: 'technische en organisatorische beveiligingsmaatregelen', at: { line: 345 } });
        expect(renaissance.blocks).toContainEqual({ kind: 'heading', level: 3, text: 'Wachtwoorden', at: { line: 356 } });
    });

    test('titles, lettered definitions after a bullet, and the one table a page break split', async () => {
        const seed = await read('000_a49db38634cf882b.txt');
        expect(seed.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Verwerkersovereenkomst', at: { line: 3 } });
        expect(seed.blocks).toContainEqual({ kind: 'list-item', depth: 0, number: 'a.', text: 'Autoriteit persoonsgegevens (AP): toezichthoudende autoriteit op de naleving van de AVG;', at: { line: 22 } });
        expect(seed.blocks).toContainEqual(expect.objectContaining({ kind: 'paragraph', number: '2.1', at: { line: 41 } }));
        // "**ICTeam Zuid B.V.**": the bold markers are not part of the name.
        expect(seed.blocks).toContainEqual(expect.objectContaining({ kind: 'paragraph', text: expect.stringMatching(/^De besloten vennootschap ICTeam Zuid B\.V\., inschreven/u) }));
        const tables = seed.blocks.filter(b => b.kind === 'table');
        const activities = tables.find(t => t.kind === 'table' && t.rows[0]!.includes('Gegevensverwerking'));
        expect(activities).toMatchObject({ header: true, at: { line: 168 } });
        expect(activities?.kind === 'table' && activities.rows.map(r => r[0])).toEqual(['', ...range(1, 11).map(String)]);
        expect(activities?.kind === 'table' && activities.rows[5]![2]).toBe('- Opslaan van bestanden van klanten op de gecertificeerde backup servers op 2 locaties in NL.');
        // The signatories: runs of "label: value" lines.
        expect(tables).toContainEqual({ kind: 'table', header: false, rows: [['Naam', 'Mevr. L. Voets'], ['Functie', 'Eigenaar'], ['Datum', '14-5-2018'], ['Plaats', 'Mierlo']], at: { line: 142 } });

        const recruitin = await read('recruitin-2026-verwerkersovereenkomst.txt');
        expect(recruitin.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Verwerkersovereenkomst', at: { line: 9 } });
        const processors = recruitin.blocks.find(b => b.kind === 'table' && b.rows[0]![0] === 'Sub-verwerker');
        expect(processors).toMatchObject({ header: true, at: { line: 63 } });
        expect(processors?.kind === 'table' && processors.rows).toHaveLength(14);
        expect(processors?.kind === 'table' && processors.rows[11]).toEqual(['Google (GA4)', 'Website analytics', 'VS (Privacy Shield)']);
        // A pipe table without a header rule: the parties.
        expect(recruitin.blocks).toContainEqual(expect.objectContaining({ kind: 'table', header: false, at: { line: 17 }, rows: [['Verwerkingsverantwoordelijke', expect.stringMatching(/^De Opdrachtgever/u)], ['Verwerker', expect.stringMatching(/^Recruitin B\.V\./u)]] }));
    });
});

describe('text layout', () => {
    const read = (text: string | Uint8Array) => readSource('memory/agreement.txt', typeof text === 'string' ? new TextEncoder().encode(text) : text);

    test('a list number before an article heading ("1.\\tArtikel 12 – Duur") is kept as its number, not lost (a case fast-check found)', async () => {
        expect((await read('1.\tArtikel 12 – Duur')).blocks).toEqual([{ kind: 'paragraph', number: '1.', text: 'Artikel 12 – Duur', at: { line: 1 } }]);
        expect((await read('Artikel 12 – Duur')).blocks).toEqual([{ kind: 'heading', level: 2, number: 'Artikel 12', text: 'Duur', at: { line: 1 } }]);
    });

    test('an article heading, numbered paragraphs with a hard wrap, a bullet list and a label run', async () => {
        const text = [
            'VERWERKERSOVEREENKOMST', '', 'Artikel 3 – Beveiliging', '',
            '3.1 De Verwerker treft passende technische en organisatorische maatregelen om de',
            'persoonsgegevens te beveiligen.', '3.2 De Verwerker meldt een datalek binnen 24 uur.', '',
            '- versleuteling', '  - van back-ups', '- toegangsbeheer', '', 'Naam: A. de Vries', 'Functie: directeur'
        ].join('\n');
        expect((await read(text)).blocks).toEqual([
            { kind: 'heading', level: 1, text: 'VERWERKERSOVEREENKOMST', at: { line: 1 } },
            { kind: 'heading', level: 2, number: 'Artikel 3', text: 'Beveiliging', at: { line: 3 } },
            { kind: 'paragraph', number: '3.1', text: 'De Verwerker treft passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen.', at: { line: 5 } },
            { kind: 'paragraph', number: '3.2', text: 'De Verwerker meldt een datalek binnen 24 uur.', at: { line: 7 } },
            { kind: 'list-item', depth: 0, text: 'versleuteling', at: { line: 9 } },
            { kind: 'list-item', depth: 1, text: 'van back-ups', at: { line: 10 } },
            { kind: 'list-item', depth: 0, text: 'toegangsbeheer', at: { line: 11 } },
            { kind: 'table', header: false, rows: [['Naam', 'A. de Vries'], ['Functie', 'directeur']], at: { line: 13 } }
        ]);
    });

    test('Windows-1252, UTF-16 with its byte order mark, and CRLF line ends', async () => {
        const latin = Uint8Array.from([...'Artikel 1 \u0096 Be'].map(c => c.charCodeAt(0)).concat([0xeb], [...'indiging\r\n\r\nDe verwerker verwijdert de gegevens na afloop.'].map(c => c.charCodeAt(0))));
        const document = await read(latin);
        expect(document.encoding).toBe('windows-1252');
        expect(document.blocks[0]).toEqual({ kind: 'heading', level: 2, number: 'Artikel 1', text: 'Beëindiging', at: { line: 1 } });
        const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Artikel 2 – Duur\r\n\r\nTekst.', 'utf16le')]);
        const wide = await read(utf16);
        expect(wide.encoding).toBe('utf-16le');
        expect(wide.blocks).toEqual([{ kind: 'heading', level: 2, number: 'Artikel 2', text: 'Duur', at: { line: 1 } }, { kind: 'paragraph', text: 'Tekst.', at: { line: 3 } }]);
    });
});

test('the corpus file names are the ones the README lists', () => {
    if (!hasCorpus) return;
    const readme = readFileSync(join(SHARED, 'real-agreements', 'README.md'), 'utf8');
    for (const name of Object.keys(ARTICLES).filter(n => !n.startsWith('0'))) expect(readme, basename(name)).toContain(name);
});
