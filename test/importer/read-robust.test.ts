import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ImportError, readSource } from '../../packages/importer/src/read/index.js';
import type { SourceBlock } from '../../packages/importer/src/source.js';

// Whatever the bytes, a reader gives blocks or an ImportError: never another exception. And the
// text reader loses no word of a text built from the pieces of real layouts.
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const blockWords = (block: SourceBlock): string[] => block.kind === 'table' ? block.rows.flat().flatMap(words) : words(`${block.number ?? ''} ${block.text}`);

const PIECES = ['Artikel 1', 'Artikel 12 – Duur', '1.', '2.1', '3.1.', 'a)', 'b.', '- ', '• ', '◦ ', '|', '| a | b |', '|---|---|', '\t', '\n', '\n\n', ' ', '  ', 'Tekst',
    'de verwerker', 'Bijlage 2', ': ', 'Naam: ', 'Functie', '=====', 'x', 'VERWERKERSOVEREENKOMST', 'Verwerkersovereenkomst', '.', ',', 'en', '(', ')'];

describe('robustness', () => {
    test('any bytes under any extension: blocks or an ImportError', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.docx', 'a.pdf'), fc.uint8Array({ maxLength: 600 }), fc.constantFrom('', '%PDF-1.4\n', 'PK\u0003\u0004', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'), async (path, tail, head) => {
            const data = new Uint8Array([...Buffer.from(head, 'latin1'), ...tail]);
            const outcome: unknown = await readSource(path, data).then(document => document, (error: unknown) => error);
            if (outcome instanceof Error) expect(outcome).toBeInstanceOf(ImportError);
            else expect(Array.isArray((outcome as { blocks: unknown }).blocks)).toBe(true);
        }), { numRuns: 150 });
    }, 120_000);

    test('text made of the pieces of real layouts: no word lost', async () => {
        await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), async pieces => {
            const text = pieces.join('');
            if (words(text).length === 0) return;
            const document = await readSource('a.txt', new TextEncoder().encode(text));
            const seen = new Set([...document.blocks.flatMap(blockWords), ...Object.entries(document.meta ?? {}).flatMap(([k, v]) => words(`${k} ${v}`))]);
            expect(words(text).filter(word => !seen.has(word))).toEqual([]);
        }), { numRuns: 500 });
    }, 120_000);
});
