/**
 * The bundled language server against what the fuzzer and the security probe sent it: foreign
 * and malformed parameters, unknown documents, documents opened and closed by the hundred, a huge
 * document. Each case is a bug the server had; the server is spoken to over stdio.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CancellationTokenSource, CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, DocumentSymbolRequest, ErrorCodes, HoverRequest,
    LSPErrorCodes, ReferencesRequest, RenameRequest, ResponseError, SemanticTokensRangeRequest, WorkspaceSymbolRequest, type SymbolInformation, type WorkspaceSymbol
} from 'vscode-languageserver-protocol/node';
import { GenerateRequest, PreviewRequest } from '../../packages/server/src/protocol.js';
import { lineOf, minimalAgreement, readExample } from '../helpers.js';
import { StdioServer } from './stdio-server.js';

/** The error code a request was answered with, or 'ok'. */
async function answer(promise: Promise<unknown>): Promise<number | 'ok'> {
    try {
        await promise;
        return 'ok';
    } catch (error) {
        if (error instanceof ResponseError) return error.code;
        throw error;
    }
}

/** The documents that workspace symbols come from: what the server's index holds. */
async function indexedDocuments(server: StdioServer): Promise<string[]> {
    const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) ?? [];
    return [...new Set((symbols as (SymbolInformation | WorkspaceSymbol)[]).map(s => s.location.uri))].sort();
}

/** A realistic agreement of about `size` characters: the complete example with its first processing activity repeated. */
function hugeAgreement(size: number): string {
    const base = readExample('complete.dpa');
    const open = base.indexOf('\n    processing ') + 1;
    let depth = 0;
    let end = base.indexOf('{', open);
    for (; end < base.length; end++) {
        if (base[end] === '{') depth++;
        else if (base[end] === '}' && --depth === 0) break;
    }
    const block = base.slice(open, end + 1);
    const copies: string[] = [];
    for (let n = 0, length = base.length; length < size; n++) {
        const copy = block.replace(/processing (\w+)/, `processing $1Copy${n}`);
        copies.push(copy);
        length += copy.length + 1;
    }
    return `${base.slice(0, end + 1)}\n${copies.join('\n')}${base.slice(end + 1)}`;
}

describe('language server robustness (bundled, over stdio)', () => {
    let server: StdioServer;
    const uri = 'file:///tmp/robustness.dpa';
    const text = minimalAgreement('', '');

    beforeAll(async () => {
        server = await StdioServer.start();
        await server.open(uri, text);
        await server.diagnostics(uri);
    });

    afterAll(async () => {
        await server.stop();
    });

    test('code actions for diagnostics the server did not publish: none, whatever their data', async () => {
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
        const foreign = [
            // The security probe's case: "Cannot read properties of undefined (reading 'map')".
            { range, message: 'foreign', data: { fixes: [{}] } },
            { range, message: 'foreign', data: { fixes: [{ title: 'x', edits: 'none' }] } },
            { range, message: 'foreign', data: { fixes: [{ title: 'x', edits: [{ range: { start: { line: 999, character: 0 }, end: { line: 999, character: 1 } }, newText: 'x' }] }] } },
            { range, message: 'foreign', data: { fixes: [{ title: 'x', edits: [{ range: { start: { line: 0, character: 'a' } }, newText: 1 }] }] } },
            { range, message: 'eslint', source: 'eslint', data: 'not ours' }
        ];
        const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: foreign } });
        expect(actions).toEqual([]);
        // The server's own diagnostic still gets its quick fix.
        const own = server.published.get(uri)![0]!.diagnostics;
        const ownRange = own[0]!.range;
        const fixes = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: ownRange, context: { diagnostics: [...own, ...foreign] } });
        expect(fixes?.length).toBeGreaterThan(0);
        expect(fixes!.every(a => 'diagnostics' in a && a.diagnostics?.[0]?.code === 'DPA-R19')).toBe(true);
    });

    test('malformed parameters are answered with InvalidParams, not an internal error', async () => {
        const c = server.connection;
        const cases: [string, unknown][] = [
            [HoverRequest.method, { textDocument: { uri } }],
            [HoverRequest.method, { textDocument: { uri }, position: { line: -1, character: 'x' } }],
            [CompletionRequest.method, null],
            [CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
            [CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
            [DocumentSymbolRequest.method, { textDocument: { uri: 42 } }],
            [WorkspaceSymbolRequest.method, {}],
            [RenameRequest.method, { textDocument: { uri }, position: { line: 0, character: 0 } }],
            ['textDocument/formatting', { textDocument: { uri }, options: null }],
            ['textDocument/semanticTokens/full', [uri]],
            [PreviewRequest.method, null],
            [PreviewRequest.method, { uri: 7 }],
            [GenerateRequest.method, { uri, format: 'exe' }],
            [GenerateRequest.method, { uri, format: 'md', draft: 'yes' }]
        ];
        for (const [method, params] of cases) {
            expect([method, await answer(c.sendRequest(method, params))]).toEqual([method, ErrorCodes.InvalidParams]);
        }
        // A malformed change is dropped: the document keeps its text and its diagnostics.
        await c.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0 } }, text: 5 }] } as never);
        const symbols = await c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
        expect(symbols?.[0]?.name).toBe('Minimal');
    });

    test('a request for a document the server does not have fails cleanly', async () => {
        const unknown = 'file:///nowhere/unknown.dpa';
        const position = { line: 0, character: 0 };
        // Langium read these from disk and answered with an internal error (ENOENT).
        expect(await answer(server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: unknown }, position, newName: 'X' }))).toBe(LSPErrorCodes.RequestFailed);
        expect(await answer(server.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: unknown }, position, context: { includeDeclaration: true } }))).toBe(LSPErrorCodes.RequestFailed);
        const preview = await server.connection.sendRequest(PreviewRequest, { uri: unknown });
        expect(preview.ok).toBe(false);
        expect(preview.body).toContain('niet (meer) geopend'); // the agreement's language: Dutch by default
        expect(await server.connection.sendRequest(GenerateRequest, { uri: unknown, format: 'md' })).toMatchObject({ ok: false, errors: [`Unknown document ${unknown}`] });
    });

    test('closed documents are released: the workspace holds as many documents as before', async () => {
        const before = await indexedDocuments(server);
        const uris = Array.from({ length: 25 }, (_, i) => `file:///tmp/released-${i}.dpa`);
        for (const [i, each] of uris.entries()) {
            await server.open(each, minimalAgreement(`    data Extra${i} "Extra gegevens ${i}"\n`));
            await server.diagnostics(each);
        }
        expect((await indexedDocuments(server)).length).toBe(before.length + uris.length);
        for (const each of uris) await server.close(each);
        // Each close clears the document's diagnostics, the last one after every document is gone.
        await server.diagnostics(uris.at(-1)!, 1);
        expect(await indexedDocuments(server)).toEqual(before);
        const preview = await server.connection.sendRequest(PreviewRequest, { uri: uris[0]! });
        expect(preview.ok).toBe(false);
    });

    test('blocks nested thousands deep: the part before is read, the rest reported, and requests are answered', async () => {
        // Found by the long fuzz run: 7,000 nested "agreement Klant {" overflowed the parser's
        // stack, the document was never built, and a semantic tokens request waited for ever.
        const deep = 'file:///tmp/deep.dpa';
        const text = `${minimalAgreement().replace(/\n\}\s*$/, '\n')}${'    agreement Nested {\n'.repeat(8_000)}`;
        await server.open(deep, text);
        const published = await server.diagnostics(deep);
        const nesting = published.diagnostics.find(d => String(d.message).includes('nested more than 64 levels'));
        expect(nesting?.range.start.line).toBe(lineOf(text, 'agreement Nested') + 63);
        const range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
        const tokens = await server.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: deep }, range });
        expect(tokens?.data.length).toBeGreaterThan(0);
        expect(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: deep } })).not.toBeNull();
        await server.close(deep);
    });

    test('a document opened and closed before it was built does not stall the workspace requests', async () => {
        // Found by the fuzzer: the update for it built nothing, Langium did not announce the build
        // phases, and workspace symbols, references and rename waited for them for ever. Right
        // after start-up the open's update waits for the workspace, so the close comes first.
        const fresh = await StdioServer.start();
        try {
            const fleeting = 'file:///tmp/fleeting.dpa';
            await fresh.open(fleeting, minimalAgreement());
            await fresh.close(fleeting);
            expect(await fresh.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zzz' })).toEqual([]);
        } finally {
            await fresh.stop();
        }
    }, 15_000);

    test('a request answered after its document closed neither fails internally nor brings the document back', async () => {
        // Found by the fuzzer: Langium loaded the closed document from disk for the request:
        // ENOENT (an internal error) without a file, the document back in memory for good with one.
        // Right after start-up the open's update waits for the workspace, so the close comes first.
        const dir = mkdtempSync(join(tmpdir(), 'dpa-closed-'));
        try {
            for (const [name, onDisk] of [['gone.dpa', false], ['on-disk.dpa', true]] as const) {
                const fresh = await StdioServer.start();
                try {
                    const path = join(dir, name);
                    if (onDisk) writeFileSync(path, minimalAgreement());
                    const closing = pathToFileURL(path).href;
                    await fresh.open(closing, minimalAgreement());
                    const line = lineOf(minimalAgreement(), 'data Contact');
                    const rename = answer(fresh.connection.sendRequest(RenameRequest.type, { textDocument: { uri: closing }, position: { line, character: 10 }, newName: 'Renamed' }));
                    await fresh.close(closing);
                    expect([name, await rename]).not.toEqual([name, ErrorCodes.InternalError]);
                    expect(await indexedDocuments(fresh)).toEqual([]);
                } finally {
                    await fresh.stop();
                }
            }
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    test('requests for a document closed before it was validated are answered, not left waiting', async () => {
        // Found by the fuzzer: a code action or hover waits for its document to be validated; the
        // close cancels the build under way and removes the document (it is outside the
        // workspace), so it never was, and Langium waited for ever. Now the removal ends the wait:
        // "server cancelled", or the answer when it came first.
        const big = hugeAgreement(60_000);
        const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
        for (let i = 0; i < 5; i++) {
            const fleeting = `file:///tmp/fleeting-actions-${i}.dpa`;
            await server.open(fleeting, big);
            const actions = answer(server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: fleeting }, range, context: { diagnostics: [] } }));
            const hover = answer(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fleeting }, position: { line: 10, character: 6 } }));
            await server.close(fleeting);
            expect(await actions).toBeOneOf(['ok', LSPErrorCodes.ServerCancelled]);
            expect(await hover).toBeOneOf(['ok', LSPErrorCodes.ServerCancelled]);
        }
    }, 30_000);

    test('a change to one document does not revalidate the others', async () => {
        // Linking is local to each agreement; Langium relinked and revalidated every document
        // with an unresolved reference on each keystroke in any other.
        const broken = 'file:///tmp/unresolved.dpa';
        await server.open(broken, minimalAgreement('', 'retention 1 month\n        data Missing'));
        expect((await server.diagnostics(broken)).diagnostics.map(d => d.message).join('\n')).toContain('Missing');
        const other = 'file:///tmp/typing.dpa';
        await server.open(other, minimalAgreement());
        await server.diagnostics(other);
        for (let version = 2; version <= 4; version++) {
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: other, version }, contentChanges: [{ text: minimalAgreement(`    // edit ${version}\n`) }]
            });
            await server.diagnostics(other, version - 1);
        }
        await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zzz' });
        expect(server.published.get(broken)).toHaveLength(1);
        await server.close(broken);
        await server.close(other);
    });

    test('while a 1 MB document is processed, another document is still served; its preview is a short notice', async () => {
        const huge = 'file:///tmp/huge.dpa';
        const hugeText = hugeAgreement(1_000_000);
        expect(hugeText.length).toBeGreaterThan(1_000_000);
        await server.open(huge, hugeText);
        const small = 'file:///tmp/small.dpa';
        await server.open(small, minimalAgreement());
        // Answered although the huge document is still being built (the test's timeout is the watchdog).
        const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } });
        expect(symbols?.[0]?.name).toBe('Minimal');
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: lineOf(minimalAgreement(), 'data Contact'), character: 10 } });
        expect(JSON.stringify(hover)).toContain('Contact');

        // A cancelled preview is answered as cancelled.
        const cancellation = new CancellationTokenSource();
        const cancelled = server.connection.sendRequest(PreviewRequest, { uri: huge }, cancellation.token);
        cancellation.cancel();
        expect(await answer(cancelled)).toBe(LSPErrorCodes.RequestCancelled);

        await server.diagnostics(huge, 0, 60_000);
        const preview = await server.connection.sendRequest(PreviewRequest, { uri: huge });
        expect(preview.ok).toBe(false);
        expect(preview.body).toContain('te groot voor de voorvertoning');
        expect(preview.body.length).toBeLessThan(1_000);
        await server.close(huge);
        await server.close(small);
    }, 120_000);
});

describe('a closed workspace file (bundled server, over stdio)', () => {
    let folder: string;
    let server: StdioServer;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'dpa-workspace-'));
        writeFileSync(join(folder, 'saved.dpa'), minimalAgreement());
        server = await StdioServer.start({ workspaceFolder: pathToFileURL(folder).href });
    });

    afterAll(async () => {
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    test('goes back to its saved text: the closed editor\'s unsaved text and its diagnostics are dropped, its symbols stay', async () => {
        const uri = pathToFileURL(join(folder, 'saved.dpa')).href;
        // Loaded (indexed) with the workspace.
        const before = await indexedDocuments(server);
        expect(before).toEqual([uri]);
        // The editor holds an unsaved version without a retention period.
        await server.open(uri, minimalAgreement('', ''), 1);
        expect((await server.diagnostics(uri, 0)).diagnostics.map(d => d.code)).toEqual(['DPA-R19']);
        await server.close(uri);
        // Rebuilt from disk: the saved file's findings (none) replace the unsaved text's.
        expect((await server.diagnostics(uri, 1)).diagnostics).toEqual([]);
        expect(await indexedDocuments(server)).toEqual(before);
    });
});
