/**
 * Completion reads only a window of the document around the cursor (lsp/completion-window.ts)
 * instead of lexing the whole text and parsing it from the start. It must offer exactly what
 * reading the whole text offers (Langium's own `findFeaturesAt` and `backtrackToAnyToken`), at
 * every kind of position: every token start and end and places inside tokens, in the real
 * agreements (examples/, examples/real/) and a generated one, also while an edit has left the
 * text incomplete (a member being typed, an unterminated string, a stray brace).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument, type TextDocument } from 'langium';
import { DefaultCompletionProvider, type NextFeature } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { generatedAgreement } from '../../bench/agreements.js';
import { createDpaServices } from '../../packages/language/src/index.js';
import { DpaCompletionProvider } from '../../packages/language/src/lsp/completion.js';
import { CompletionWindow } from '../../packages/language/src/lsp/completion-window.js';
import { EXAMPLES } from '../helpers.js';

const { Dpa, shared } = createDpaServices(EmptyFileSystem);

/** The same provider reading the whole text, as Langium does. */
class WholeTextCompletion extends DpaCompletionProvider {
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        return DefaultCompletionProvider.prototype['findFeaturesAt'].call(this, document, offset) as NextFeature[];
    }

    protected override backtrackToAnyToken(text: string, offset: number): ReturnType<DefaultCompletionProvider['backtrackToAnyToken']> {
        return DefaultCompletionProvider.prototype['backtrackToAnyToken'].call(this, text, offset) as ReturnType<DefaultCompletionProvider['backtrackToAnyToken']>;
    }
}

const windowed = Dpa.lsp.CompletionProvider!;
const whole = new WholeTextCompletion(Dpa);

const SOURCES: readonly { name: string; text: string }[] = [
    ...[EXAMPLES, join(EXAMPLES, 'real')].flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.dpa')).sort()
        .map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }))),
    { name: 'generated-500', text: generatedAgreement(500) }
];

let n = 0;
async function linked(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///completion-${n++}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    expect(document.state).toBeGreaterThanOrEqual(DocumentState.Linked);
    return document;
}

async function release(document: LangiumDocument): Promise<void> {
    await shared.workspace.DocumentBuilder.update([], [document.uri]);
}

/** Token boundaries and the middle of every token, where the window applies. */
function positions(document: LangiumDocument, limit: number): number[] {
    const offsets = new Set<number>();
    for (const token of Dpa.parser.Lexer.tokenize(document.textDocument.getText()).tokens) {
        offsets.add(token.startOffset);
        offsets.add(token.endOffset! + 1);
        offsets.add(Math.floor((token.startOffset + token.endOffset! + 1) / 2));
    }
    const all = [...offsets].sort((a, b) => a - b);
    const step = Math.max(1, Math.floor(all.length / limit));
    return all.filter((_, i) => i % step === 0);
}

async function expectSameAt(document: LangiumDocument, offset: number): Promise<boolean> {
    const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
    const expected = await whole.getCompletion(document, params);
    const actual = await windowed.getCompletion(document, params);
    expect(actual, `${document.uri.toString()} at ${JSON.stringify(params.position)}`).toEqual(expected);
    return CompletionWindow.at(document, offset) !== undefined;
}

describe('completion through a window of the document', () => {
    test.each(SOURCES)('offers what reading the whole text offers, all over $name', async ({ text }) => {
        const document = await linked(text);
        let windowedPositions = 0;
        const all = positions(document, 250);
        for (const offset of all) if (await expectSameAt(document, offset)) windowedPositions++;
        // The window is used for most of the document (everything after the first two members).
        expect(windowedPositions).toBeGreaterThan(all.length / 2);
        await release(document);
    }, 120_000);

    test('offers what reading the whole text offers while an edit leaves the text incomplete', async () => {
        const fragments = ['data ', 'processing P9 "X" {\n        purpose "Y"\n        data ', '"unterminated ', '}', '{', 'measures ', 'subprocessor S {\n country ', '/* open comment ', '{{ref ', ', ', 'retention 3 '];
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...SOURCES), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...fragments), fc.integer({ min: -20, max: 40 }),
            async (source, where, fragment, cursorShift) => {
                const at = Math.floor(source.text.length * where);
                const text = source.text.slice(0, at) + fragment + source.text.slice(at);
                const document = await linked(text);
                const cursor = Math.max(0, Math.min(text.length, at + fragment.length + cursorShift));
                await expectSameAt(document, cursor);
                await expectSameAt(document, at + fragment.length);
                await release(document);
            }), { numRuns: 150, seed: 20_261_127 });
    }, 240_000);
});
