import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generatedAgreement } from '../../bench/agreements.js';
import { buildAgreementDocument, type AgreementDocument } from '../../packages/generator/src/index.js';
import { renderDocx, renderDocxWithLibrary } from '../../packages/generator/src/render/docx.js';
import { check, EXAMPLES, minimalAgreement } from '../helpers.js';

// The Word writer writes word/document.xml itself and takes the other parts from docx
// (render/docx.ts): the whole package must be the one docx writes for the same document, byte
// for byte, for every example, in both languages, as draft and final, for generated agreements
// of every size and for text with every character XML treats specially.

async function documentsOf(text: string): Promise<AgreementDocument[]> {
    const result = await check(text);
    expect(result.agreement, 'parses').toBeDefined();
    return [
        buildAgreementDocument(result.agreement!, { lang: 'nl' }),
        buildAgreementDocument(result.agreement!, { lang: 'en', draftErrors: 2 })
    ];
}

async function expectSameAsLibrary(doc: AgreementDocument, label: string) {
    const [direct, library] = [await renderDocx(doc), await renderDocxWithLibrary(doc)];
    expect(Buffer.from(direct).equals(Buffer.from(library)), `${label} (${doc.lang}${doc.draft ? ', draft' : ''})`).toBe(true);
}

const sources = [
    ...readdirSync(EXAMPLES).filter(f => f.endsWith('.dpa')).map(f => join(EXAMPLES, f)),
    ...readdirSync(join(EXAMPLES, 'real')).filter(f => f.endsWith('.dpa')).map(f => join(EXAMPLES, 'real', f))
];

describe('DOCX written directly equals DOCX through docx', () => {
    test.each(sources.map(path => [path.slice(EXAMPLES.length + 1), path]))('%s', async (_name, path) => {
        for (const doc of await documentsOf(readFileSync(path, 'utf8'))) await expectSameAsLibrary(doc, path);
    }, 60_000);

    test('generated agreements of 500 and 5,000 lines', async () => {
        for (const lines of [500, 5000]) for (const doc of await documentsOf(generatedAgreement(lines))) await expectSameAsLibrary(doc, `${lines} lines`);
    }, 120_000);

    test('text with XML\'s special characters, controls, line breaks and astral characters (fast-check)', async () => {
        const special = fc.constantFrom('&', '<', '>', '"', '\'', '\t', '\r', '\n', '\r\n', '\u0001', '\u000B', '\uFFFE', '\uD800', '😀', ']]>', ' ', 'é');
        const text = fc.array(fc.oneof(special, fc.string({ maxLength: 4 })), { maxLength: 12 }).map(parts => parts.join(''));
        await fc.assert(fc.asyncProperty(text, text, async (name, purpose) => {
            const doc = (await documentsOf(minimalAgreement()))[0]!;
            const blocks = doc.blocks.map(block => {
                if (block.kind === 'title') return { ...block, text: name, subtitle: [purpose, ...block.subtitle] };
                if (block.kind === 'paragraph') return { ...block, text: `${block.text} ${purpose}` };
                if (block.kind === 'list') return { ...block, items: [...block.items, name] };
                if (block.kind === 'table') return { ...block, rows: block.rows.map(row => ({ ...row, cells: row.cells.map(cell => [...cell, purpose]) })) };
                if (block.kind === 'signatures') return { ...block, parties: block.parties.map(party => ({ ...party, heading: name, rows: [...party.rows, [purpose, ''] as const] })) };
                return block;
            });
            await expectSameAsLibrary({ ...doc, title: name, blocks }, JSON.stringify([name, purpose]));
        }), { numRuns: 25, seed: 12 });
    }, 120_000);
});
