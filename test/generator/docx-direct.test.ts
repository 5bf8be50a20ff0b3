import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { generatedAgreement } from '../../bench/agreements.js';
import { buildAgreementDocument, type AgreementDocument } from '../../packages/generator/src/index.js';
import type { Block } from '../../packages/generator/src/ir.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import { sectionParts } from '../../packages/generator/src/render/docx/layout.js';
import { check, EXAMPLES, minimalAgreement } from '../helpers.js';
import { renderDocxWithLibrary } from './docx-oracle/library.js';

// The Word writer writes every part of the package itself (render/docx.ts); the `docx` library
// is its oracle here only (docx-oracle/). The whole package must be the one docx writes for the
// same document, byte for byte, so nothing changes for users: for every example, in both
// languages, as draft and final, for generated agreements of every size, for documents of many
// landscape and portrait sections and many lists, and for text (titles, version lines, content)
// with every character XML treats specially.

async function documentsOf(text: string): Promise<AgreementDocument[]> {
    const result = await check(text);
    expect(result.agreement, 'parses').toBeDefined();
    return [
        buildAgreementDocument(result.agreement!, { lang: 'nl' }),
        buildAgreementDocument(result.agreement!, { lang: 'nl', draftErrors: 1 }),
        buildAgreementDocument(result.agreement!, { lang: 'en' }),
        buildAgreementDocument(result.agreement!, { lang: 'en', draftErrors: 2 })
    ];
}

async function expectSameAsLibrary(doc: AgreementDocument, label: string) {
    const [direct, library] = [await renderDocx(doc), await renderDocxWithLibrary(doc)];
    const what = `${label} (${doc.lang}${doc.draft ? ', draft' : ''})`;
    if (!Buffer.from(direct).equals(Buffer.from(library))) {
        // Name the first part that differs, then fail on the bytes.
        const [ours, theirs] = [unzipSync(direct), unzipSync(library)];
        expect(Object.keys(ours), `${what}: the parts, in order`).toEqual(Object.keys(theirs));
        for (const [path, data] of Object.entries(theirs)) expect(new TextDecoder().decode(ours[path]), `${what}: ${path}`).toBe(new TextDecoder().decode(data));
    }
    expect(Buffer.from(direct).equals(Buffer.from(library)), what).toBe(true);
}

const sources = [
    ...readdirSync(EXAMPLES).filter(f => f.endsWith('.dpa')).map(f => join(EXAMPLES, f)),
    ...readdirSync(join(EXAMPLES, 'real')).filter(f => f.endsWith('.dpa')).map(f => join(EXAMPLES, 'real', f))
];

const xmlHostile = fc.constantFrom('&', '<', '>', '"', '\'', '\t', '\r', '\n', '\r\n', '\u0001', '\u000B', '\uFFFE', '\uD800', '😀', ']]>', ' ', 'é', '{current}', '·');
const hostileText = fc.array(fc.oneof(xmlHostile, fc.string({ maxLength: 4 })), { maxLength: 12 }).map(parts => parts.join(''));

describe('DOCX written directly equals DOCX through docx', () => {
    test.each(sources.map(path => [path.slice(EXAMPLES.length + 1), path]))('%s', async (_name, path) => {
        for (const doc of await documentsOf(readFileSync(path, 'utf8'))) await expectSameAsLibrary(doc, path);
    }, 60_000);

    test('the examples include landscape sections, several sections and many lists', async () => {
        const doc = (await documentsOf(readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8')))[0]!;
        const sections = sectionParts(doc);
        expect(sections.filter(s => s.landscape).length).toBeGreaterThan(0);
        expect(sections.length).toBeGreaterThan(2);
        expect(doc.blocks.filter(b => b.kind === 'list').length).toBeGreaterThan(5);
    });

    test('generated agreements of 500 and 5,000 lines', async () => {
        for (const lines of [500, 5000]) for (const doc of (await documentsOf(generatedAgreement(lines))).slice(1, 3)) await expectSameAsLibrary(doc, `${lines} lines`);
    }, 120_000);

    test('text with XML\'s special characters, controls, line breaks and astral characters, in the title, the version line and the content (fast-check)', async () => {
        const docs = await documentsOf(minimalAgreement());
        await fc.assert(fc.asyncProperty(hostileText, hostileText, fc.integer({ min: 0, max: 3 }), async (name, purpose, which) => {
            const doc = docs[which]!;
            const version = doc.lang === 'nl' ? 'Versie ' : 'Version ';
            const blocks = doc.blocks.map(block => {
                if (block.kind === 'title') return { ...block, text: name, subtitle: [purpose, `${version}${purpose}${name}`, ...block.subtitle] };
                if (block.kind === 'paragraph') return { ...block, text: `${block.text} ${purpose}` };
                if (block.kind === 'list') return { ...block, items: [...block.items, name] };
                if (block.kind === 'table') return { ...block, rows: block.rows.map(row => ({ ...row, cells: row.cells.map(cell => [...cell, purpose]) })) };
                if (block.kind === 'signatures') return { ...block, parties: block.parties.map(party => ({ ...party, heading: name, rows: [...party.rows, [purpose, ''] as const] })) };
                return block;
            });
            await expectSameAsLibrary({ ...doc, title: name, blocks }, JSON.stringify([name, purpose]));
        }), { numRuns: 40, seed: 12 });
    }, 120_000);

    test('documents of many portrait and landscape sections, numbered clauses and lists (fast-check)', async () => {
        const wide = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
        const part = fc.record({
            landscape: fc.boolean(),
            clauses: fc.integer({ min: 0, max: 4 }),
            style: fc.constantFrom('1.', '', 'a'),
            lists: fc.integer({ min: 0, max: 3 }),
            title: hostileText
        });
        await fc.assert(fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 9 }), fc.constantFrom('nl', 'en'), fc.boolean(), async (parts, lang, draft) => {
            const blocks: Block[] = [{ kind: 'title', text: 'Verwerkersovereenkomst', subtitle: ['Versie 1.0', 'Version 1.0'] }];
            for (const [i, p] of parts.entries()) {
                blocks.push({ kind: 'heading', level: 2, text: p.title, anchor: i % 2 ? `bijlage-${i}` : `artikel-${i}` });
                for (let c = 1; c <= p.clauses; c++) {
                    const number = p.style === '1.' ? `${i + 1}.${c}` : p.style === 'a' ? `${String.fromCharCode(96 + c)})` : `${c}.`;
                    blocks.push({ kind: 'paragraph', text: `Clause ${c}`, number });
                    if (c <= p.lists) blocks.push({ kind: 'list', items: ['one', 'two'] });
                }
                if (p.lists > p.clauses) blocks.push({ kind: 'list', items: ['loose'] });
                if (p.landscape) blocks.push({ kind: 'table', columns: wide, rows: [{ cells: wide.map(c => [c]) }] });
                else blocks.push({ kind: 'table', columns: ['Name', 'Value'], rows: [] });
            }
            await expectSameAsLibrary({ lang, title: 'Verwerkersovereenkomst', draft, blocks }, JSON.stringify(parts));
        }), { numRuns: 30, seed: 14 });
    }, 120_000);

    test('the same document gives the same bytes, whatever was written before it', async () => {
        const [a, b] = await documentsOf(readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8'));
        const first = await renderDocx(a!);
        await renderDocx(b!);
        expect(Buffer.from(await renderDocx(a!)).equals(Buffer.from(first))).toBe(true);
    });
});
