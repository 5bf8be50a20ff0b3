/**
 * Property-based fuzzing of the grammar and the in-process services: parse, link and validate
 * never throw, every diagnostic lies inside its document, and the editor features never throw at
 * any position, with the document's own diagnostics or with foreign ones.
 * Replay a failure with the seed (and path) fast-check prints: FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 * FUZZ_RUNS scales the number of cases (default: a bounded run for `npm test`).
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { ResponseError, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import { createDpaServices } from '../../packages/language/src/index.js';
import { anyDocument, exampleTexts } from './documents.js';

const { shared, Dpa } = createDpaServices(EmptyFileSystem);
const examples = exampleTexts();
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({
    numRuns: RUNS ?? numRuns,
    ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
    ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {})
});

let counter = 0;
const opened: URI[] = [];

async function build(text: string): Promise<LangiumDocument> {
    const uri = URI.parse(`memory:///fuzz-${++counter}.dpa`);
    opened.push(uri);
    const document = shared.workspace.LangiumDocuments.createDocument(uri, text);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

afterEach(async () => {
    // Drop the documents again, so that memory stays flat over many cases.
    await shared.workspace.DocumentBuilder.update([], opened.splice(0));
});

/** Why a range is not inside the document, or undefined. */
function outside(document: LangiumDocument, range: Range): string | undefined {
    const text = document.textDocument;
    const inside = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0
        && p.line < text.lineCount
        && p.character <= text.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
    if (!inside(range.start) || !inside(range.end)) return `range ${JSON.stringify(range)} outside the document (${text.lineCount} lines)`;
    if (text.offsetAt(range.start) > text.offsetAt(range.end)) return `range ${JSON.stringify(range)} ends before it starts`;
    return undefined;
}

/** A position anywhere in the document (as a fraction of its length), or past its end. */
const position = fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map(f => ({ fraction: f })) },
    { weight: 1, arbitrary: fc.record({ line: fc.nat({ max: 100_000 }), character: fc.nat({ max: 100_000 }) }) }
);
type PositionChoice = { fraction: number } | Position;
const at = (document: LangiumDocument, choice: PositionChoice): Position =>
    'fraction' in choice ? document.textDocument.positionAt(Math.floor(choice.fraction * document.textDocument.getText().length)) : choice;

/** Diagnostics another tool (or a confused client) might send back with a code action request. */
const foreignDiagnostic: fc.Arbitrary<unknown> = fc.record({
    range: fc.oneof(
        fc.record({ start: fc.record({ line: fc.nat(50), character: fc.nat(50) }), end: fc.record({ line: fc.nat(50), character: fc.nat(50) }) }),
        fc.anything()
    ),
    message: fc.oneof(fc.string(), fc.anything()),
    code: fc.oneof(fc.constantFrom('DPA-R19', 'DPA-R01', 'ts(2304)'), fc.anything()),
    source: fc.constantFrom('dpa', 'eslint', undefined),
    data: fc.oneof(
        fc.anything(),
        fc.record({ fixes: fc.anything() }),
        fc.record({ fixes: fc.array(fc.record({ title: fc.anything(), edits: fc.anything() }, { requiredKeys: [] })) }),
        fc.record({ fixes: fc.array(fc.record({ title: fc.string(), edits: fc.array(fc.record({ range: fc.anything(), newText: fc.anything() }, { requiredKeys: [] })) })) }),
        fc.record({ fixes: fc.array(fc.record({ title: fc.string({ minLength: 1 }), edits: fc.array(fc.record({
            range: fc.record({ start: fc.record({ line: fc.integer({ min: -5, max: 1e6 }), character: fc.integer({ min: -5, max: 50 }) }), end: fc.record({ line: fc.integer({ min: -5, max: 1e6 }), character: fc.integer({ min: -5, max: 50 }) }) }),
            newText: fc.string()
        })) })) })
    )
}, { requiredKeys: [] });

const newName = fc.oneof(fc.constantFrom('Renamed', 'agreement', 'data', '1x', '', 'Contact', 'x y'), fc.string({ maxLength: 10 }));

describe('fuzz: grammar and services', () => {
    test('parse, link and validate never throw, and every diagnostic lies inside its document', async () => {
        await fc.assert(fc.asyncProperty(anyDocument(examples, 300), async text => {
            const document = await build(text);
            for (const diagnostic of document.diagnostics ?? []) {
                const problem = outside(document, diagnostic.range);
                if (problem) throw new Error(`${diagnostic.code ?? ''} ${diagnostic.message}: ${problem}`);
            }
        }), params(150));
    });

    test('editor features never throw at any position, with the document\'s own and with foreign diagnostics', async () => {
        const lsp = Dpa.lsp;
        await fc.assert(fc.asyncProperty(
            anyDocument(examples, 300), fc.array(position, { minLength: 1, maxLength: 4 }), fc.array(foreignDiagnostic, { maxLength: 4 }), newName,
            async (text, positions, foreign, name) => {
                const document = await build(text);
                const textDocument = { uri: document.uri.toString() };
                const own = document.diagnostics ?? [];
                const end = document.textDocument.positionAt(text.length);
                const whole = { start: { line: 0, character: 0 }, end };
                const options = { tabSize: 4, insertSpaces: true };
                for (const choice of positions) {
                    const p = at(document, choice);
                    const range = { start: p, end: p.line <= end.line ? end : p };
                    await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: p });
                    await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: p });
                    const actions = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range, context: { diagnostics: [...own, ...foreign] as Diagnostic[] } });
                    for (const action of actions ?? []) {
                        for (const edits of Object.values(('edit' in action ? action.edit?.changes : undefined) ?? {})) {
                            for (const edit of edits) expect(outside(document, edit.range)).toBeUndefined();
                        }
                    }
                    await lsp.Formatter!.formatDocumentRange(document, { textDocument, range, options });
                    await lsp.SemanticTokenProvider!.semanticHighlightRange(document, { textDocument, range });
                    await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position: p });
                    await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position: p });
                    await lsp.ReferencesProvider!.findReferences(document, { textDocument, position: p, context: { includeDeclaration: true } });
                    await lsp.RenameProvider!.prepareRename(document, { textDocument, position: p });
                    try {
                        await lsp.RenameProvider!.rename(document, { textDocument, position: p, newName: name });
                    } catch (error) {
                        // Refusing a name the language cannot hold is the rename's answer, not a failure.
                        if (!(error instanceof ResponseError)) throw error;
                    }
                }
                for (const edit of (await lsp.Formatter!.formatDocument(document, { textDocument, options })) ?? []) {
                    expect(outside(document, edit.range)).toBeUndefined();
                }
                await lsp.Formatter!.formatDocumentRange(document, { textDocument, range: whole, options });
                await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
                await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
                await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
                await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
            }), params(100));
    });
});
