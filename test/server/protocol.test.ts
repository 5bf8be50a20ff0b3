import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
    DidChangeTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification, ConfigurationRequest, RegistrationRequest,
    StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { CHANGE_EFFECTS, GenerateRequest, PreviewRequest } from '../../packages/server/src/protocol.js';
import { DIFF_EFFECTS } from '../../packages/language/src/diff/index.js';
import { lineOf, minimalAgreement, ROOT } from '../helpers.js';

const SERVER = join(ROOT, 'packages/server/dist/server.cjs');

/** The bundled language server as a child process, spoken to over stdio as any editor would. */
describe('language server over stdio', () => {
    let server: ChildProcessWithoutNullStreams;
    let connection: ProtocolConnection;
    const published: PublishDiagnosticsParams[] = [];
    const waiters: (() => void)[] = [];

    /** The next diagnostics published for `uri` after `seen` earlier publications of it. */
    const diagnosticsFor = (uri: string, seen: number) => new Promise<PublishDiagnosticsParams>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 20_000);
        const look = () => {
            const found = published.filter(p => p.uri === uri)[seen];
            if (!found) return false;
            clearTimeout(timer);
            resolve(found);
            return true;
        };
        if (!look()) waiters.push(() => void look());
    });

    beforeAll(async () => {
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            published.push(params);
            for (const waiter of waiters.splice(0)) waiter();
        });
        // The client's settings: Dutch messages (the server asks for the `dpa` section).
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => (item.section === 'dpa' ? { diagnostics: { language: 'nl' } } : {})));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.listen();
        const init = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null, locale: 'en',
            capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
        });
        expect(init.capabilities.textDocumentSync).toBeDefined();
        await connection.sendNotification(InitializedNotification.type, {});
    });

    afterAll(async () => {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        connection.dispose();
        server.kill();
    });

    test('publishes diagnostics with rule codes for an opened document, and again after an edit', async () => {
        const uri = 'file:///tmp/protocol-test.dpa';
        const text = minimalAgreement('', '');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'dpa', version: 1, text }
        });
        const first = await diagnosticsFor(uri, 0);
        expect(first.diagnostics.map(d => d.code)).toEqual(['DPA-R19']);
        expect(first.diagnostics[0]!.message).toContain('heeft geen bewaartermijn');
        expect(first.diagnostics[0]!.range.start.line).toBe(lineOf(text, 'processing Hosting'));

        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: minimalAgreement() }]
        });
        expect((await diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
    });

    test('survives a client that refuses requests it does not implement', async () => {
        const bare = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
        const client = createProtocolConnection(new StreamMessageReader(bare.stdout), new StreamMessageWriter(bare.stdin));
        client.listen();
        await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
        await client.sendNotification(InitializedNotification.type, {});
        const diagnostics = new Promise<PublishDiagnosticsParams>(resolve => client.onNotification(PublishDiagnosticsNotification.type, resolve));
        await client.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: 'file:///tmp/bare.dpa', languageId: 'dpa', version: 1, text: minimalAgreement('', '') }
        });
        expect((await diagnostics).diagnostics.map(d => d.code)).toEqual(['DPA-R19']);
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(bare.exitCode).toBeNull();
        client.dispose();
        bare.kill();
    });

    test('renders the preview and generates a document on request', async () => {
        const uri = 'file:///tmp/protocol-preview.dpa';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'dpa', version: 1, text: minimalAgreement() }
        });
        const preview = await connection.sendRequest(PreviewRequest, { uri });
        expect(preview.ok).toBe(true);
        expect(preview.body).toContain('Leverancier B.V.');
        expect(preview.body).not.toContain('<script');
        expect(preview.counts).toEqual({ errors: 0, warnings: 0, infos: 0 });
        const generated = await connection.sendRequest(GenerateRequest, { uri, format: 'md' });
        expect(generated.ok).toBe(true);
        expect(generated.encoding).toBe('utf8');
        expect(generated.content).toMatch(/^# Verwerkersovereenkomst/);
        // Word travels as base64: a zip with the document part.
        const word = await connection.sendRequest(GenerateRequest, { uri, format: 'docx' });
        expect(word.encoding).toBe('base64');
        const bytes = Buffer.from(word.content!, 'base64');
        expect(bytes.subarray(0, 2).toString()).toBe('PK');
        expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    });
});

test('the protocol\'s change effects are the language\'s, in the same order', () => {
    expect([...CHANGE_EFFECTS]).toEqual([...DIFF_EFFECTS]);
});
