/**
 * Semantic tokens of a whole document come from one pass over its syntax tree's tokens
 * (DpaSemanticTokenProvider.computeHighlighting); a range request still goes Langium's way, node by
 * node through `highlightElement`. Both must give the same tokens: over the whole of every real
 * agreement (examples/, examples/real/) and a generated one, and while an edit has left the text
 * incomplete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { generatedAgreement } from '../../bench/agreements.js';
import { createDpaServices } from '../../packages/language/src/index.js';
import { EXAMPLES } from '../helpers.js';

const { Dpa, shared } = createDpaServices(EmptyFileSystem);
const provider = Dpa.lsp.SemanticTokenProvider!;

const SOURCES: readonly { name: string; text: string }[] = [
    ...[EXAMPLES, join(EXAMPLES, 'real')].flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.dpa')).sort()
        .map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }))),
    { name: 'generated-2000', text: generatedAgreement(2_000) }
];

let n = 0;
async function linked(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///tokens-${n++}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return document;
}

/** The tokens of the whole document, and of a range that covers it (Langium's way), decoded. */
async function bothWays(document: LangiumDocument): Promise<{ whole: number[][]; range: number[][] }> {
    const textDocument = { uri: document.uri.toString() };
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const decode = (data: number[]) => Array.from({ length: data.length / 5 }, (_, i) => data.slice(i * 5, i * 5 + 5));
    const whole = decode((await provider.semanticHighlight(document, { textDocument })).data);
    const range = decode((await provider.semanticHighlightRange(document, { textDocument, range: { start: { line: 0, character: 0 }, end } })).data);
    await shared.workspace.DocumentBuilder.update([], [document.uri]);
    return { whole, range };
}

describe('semantic tokens of a whole document in one pass', () => {
    test.each(SOURCES)('are those of Langium\'s node-by-node way, over $name', async ({ text }) => {
        const { whole, range } = await bothWays(await linked(text));
        expect(whole.length).toBeGreaterThan(0);
        expect(whole).toEqual(range);
    });

    test('are those of Langium\'s node-by-node way while an edit leaves the text incomplete', async () => {
        const fragments = ['data ', 'processing P9 "X" {\n        data ', '"unterminated ', '}', '{', 'measures M1, ', 'subprocessor S {\n', '/* open ', ', ', 'data D9 "Gezondheid" special health\n'];
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...SOURCES), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...fragments),
            async (source, where, fragment) => {
                const at = Math.floor(source.text.length * where);
                const { whole, range } = await bothWays(await linked(source.text.slice(0, at) + fragment + source.text.slice(at)));
                expect(whole).toEqual(range);
            }), { numRuns: 60, seed: 20_261_127 });
    }, 120_000);
});
