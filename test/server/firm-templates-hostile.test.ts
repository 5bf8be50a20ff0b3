import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, ConfigurationRequest, DidChangeConfigurationNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { GenerateRequest, PreviewRequest } from '../../packages/server/src/protocol.js';
import { hostileFolders } from '../generator/hostile-templates.js';
import { minimalAgreement, ROOT } from '../helpers.js';

const SERVER = join(ROOT, 'packages/server/dist/server.cjs');

/** The text of the preview's notice paragraph, HTML entities decoded. */
function noticeText(body: string): string {
    const text = /<p class="notice">([\s\S]*)<\/p>/.exec(body)?.[1] ?? body;
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The bundled language server with a hostile `dpa.templates.folder`: the preview answers with the
 * template's file and line, the server keeps running and answers the next request. (Before the
 * limits, a partial that includes itself made the server run out of memory and abort.)
 */
describe('the language server with a hostile firm template folder', () => {
    let server: ChildProcessWithoutNullStreams;
    let connection: ProtocolConnection;
    let stderr = '';
    const uri = 'file:///tmp/hostile-templates.dpa';

    const useFolder = (folder: string) => connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { dpa: { diagnostics: { language: 'nl' }, templates: { folder } } }
    });

    beforeAll(async () => {
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
        server.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => (item.section === 'dpa' ? { diagnostics: { language: 'nl' } } : {})));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        // The document is in the workspace once its first diagnostics are published.
        const published = new Promise<void>(resolve => connection.onNotification(PublishDiagnosticsNotification.type, params => {
            if (params.uri === uri) resolve();
        }));
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null, locale: 'nl',
            capabilities: { workspace: { configuration: true } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'dpa', version: 1, text: minimalAgreement() }
        });
        await published;
        const first = await connection.sendRequest(PreviewRequest, { uri });
        expect(first.ok, first.body).toBe(true);
    }, 60_000);

    afterAll(async () => {
        if (server.exitCode === null) {
            await connection.sendRequest(ShutdownRequest.type);
            await connection.sendNotification(ExitNotification.type);
        }
        connection.dispose();
        server.kill();
    });

    test.each(hostileFolders().map(shape => [shape.name, shape] as const))('%s: the preview names the file, the server survives', async (_, shape) => {
        await useFolder(shape.dir);
        const preview = await connection.sendRequest(PreviewRequest, { uri });
        expect(preview.ok).toBe(false);
        expect(noticeText(preview.body)).toMatch(shape.message);
        // Still alive, and answers the next requests: the preview again, and a Word file.
        expect(server.exitCode, stderr).toBeNull();
        const again = await connection.sendRequest(PreviewRequest, { uri });
        expect(noticeText(again.body)).toMatch(shape.message);
        const word = await connection.sendRequest(GenerateRequest, { uri, format: 'docx' });
        expect(word.ok).toBe(false);
        expect(word.failure).toMatch(shape.message);
        // Markdown: answered with the message, as a failure or (render-time errors, until the
        // request handler catches them for text formats too) as an error response.
        const markdown = await connection.sendRequest(GenerateRequest, { uri, format: 'md' }).then(
            result => ({ ok: result.ok, message: result.failure ?? '' }),
            (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message.replace(/^Request dpa\/generate failed with message: /, '') : String(error) })
        );
        expect(markdown.ok).toBe(false);
        expect(markdown.message).toMatch(shape.message);
        expect(server.exitCode, stderr).toBeNull();
    }, 60_000);

    test('with the folder setting cleared, the built-in templates again', async () => {
        await useFolder('');
        const preview = await connection.sendRequest(PreviewRequest, { uri });
        expect(preview.ok).toBe(true);
        expect(preview.body).toContain('Leverancier B.V.');
        expect(server.exitCode).toBeNull();
    }, 60_000);
});
