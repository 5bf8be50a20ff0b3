import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { DiffRequest, GenerateRequest, PreviewRequest, type DiffResult } from '../../packages/server/src/protocol.js';
import { EXAMPLES } from '../helpers.js';
import { StdioServer } from '../server/stdio-server.js';
import { WorkerServer } from './worker-server.js';

/**
 * The language server as a Web Worker in Chromium (packages/server/dist/browser.js, the server of
 * the playground and of VS Code for the web) publishes, for every example, the same diagnostics
 * as the Node server over stdio, and follows an edit as it does.
 */
/** Every `.dpa` of examples/, the real agreements of examples/real/ included. */
function examples(): string[] {
    return readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.dpa')).sort().map(name => join(EXAMPLES, name));
}

describe('the language server in a Web Worker', () => {
    let worker: WorkerServer;
    let node: StdioServer;

    beforeAll(async () => {
        [worker, node] = await Promise.all([WorkerServer.start(), StdioServer.start()]);
    });

    afterAll(async () => {
        await Promise.all([worker?.stop(), node?.stop()]);
    });

    test('publishes what the Node server publishes, for every example', async () => {
        const files = examples();
        expect(files.length).toBeGreaterThan(5);
        for (const path of files) {
            const uri = `file:///examples/${path.split('/examples/')[1]}`;
            const text = readFileSync(path, 'utf8');
            await Promise.all([worker.open(uri, text), node.open(uri, text)]);
            const [inWorker, inNode] = await Promise.all([worker.diagnosticsOf(uri, 1, 60_000), node.diagnosticsOf(uri, 1, 60_000)]);
            expect(inWorker.diagnostics, uri).toEqual(inNode.diagnostics);
        }
        expect(worker.errors).toEqual([]);
    }, 300_000);

    test('follows an edit: a defect typed in shows, in the worker as in Node', async () => {
        const uri = 'file:///examples/typed.dpa';
        const text = readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8');
        await Promise.all([worker.open(uri, text), node.open(uri, text)]);
        const before = (await Promise.all([worker.diagnosticsOf(uri, 1, 60_000), node.diagnosticsOf(uri, 1, 60_000)]))[0].diagnostics.length;
        const line = text.split('\n').findIndex(l => /^\s+service "/.test(l));
        expect(line).toBeGreaterThan(0);
        const position = { line, character: text.split('\n')[line]!.indexOf('"') + 1 };
        // Obsolete technology (DPA-R40) is reported in any text.
        const typed = 'over SSL ';
        await Promise.all([worker.type(uri, 2, position, typed), node.type(uri, 2, position, typed)]);
        const [inWorker, inNode] = await Promise.all([worker.diagnosticsOf(uri, 2, 60_000), node.diagnosticsOf(uri, 2, 60_000)]);
        expect(inWorker.diagnostics).toEqual(inNode.diagnostics);
        expect(inWorker.diagnostics.length).toBeGreaterThan(before);
        expect(inWorker.diagnostics.map(d => d.code)).toContain('DPA-R40');
    }, 120_000);

    test('previews and generates Markdown, HTML and Word as the Node server does; PDF says it needs the desktop', async () => {
        const uri = 'file:///examples/generated.dpa';
        const text = readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8');
        await Promise.all([worker.open(uri, text), node.open(uri, text)]);
        await Promise.all([worker.diagnosticsOf(uri, 1, 60_000), node.diagnosticsOf(uri, 1, 60_000)]);
        const both = <P, R>(request: { method: string }, params: P) => Promise.all([
            worker.connection.sendRequest(request.method, params) as Promise<R>,
            node.connection.sendRequest(request.method, params) as Promise<R>
        ]);
        const [previewInWorker, previewInNode] = await both(PreviewRequest, { uri });
        expect(previewInWorker).toEqual(previewInNode);
        expect(previewInWorker).toMatchObject({ ok: true, title: expect.stringContaining('Loonwolk') });
        for (const format of ['md', 'html', 'docx'] as const) {
            const [inWorker, inNode] = await both<unknown, { ok: boolean; content?: string }>(GenerateRequest, { uri, format });
            expect(inWorker.ok, format).toBe(true);
            // Same input, same bytes: the Word file too.
            expect(inWorker, format).toEqual(inNode);
        }
        const [docx] = await both<unknown, { content: string }>(GenerateRequest, { uri, format: 'docx' });
        const xml = strFromU8(unzipSync(Buffer.from(docx.content, 'base64'))['word/document.xml']!);
        expect(xml).toContain('Loonwolk B.V.');
        const pdf = await worker.connection.sendRequest(GenerateRequest.method, { uri, format: 'pdf' }) as { ok: boolean; failure?: string };
        expect(pdf.ok).toBe(false);
        expect(pdf.failure).toMatch(/LibreOffice/);
        expect(worker.errors).toEqual([]);
    }, 120_000);

    test('compares two versions (dpa/diff, "Compare with…") as the Node server does, and names a broken one', async () => {
        const uri = 'file:///examples/compared.dpa';
        const text = readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8');
        await Promise.all([worker.open(uri, text), node.open(uri, text)]);
        await Promise.all([worker.diagnosticsOf(uri, 1, 60_000), node.diagnosticsOf(uri, 1, 60_000)]);
        const older = text.replace('breach notification within 24 hours', 'breach notification within 48 hours');
        const both = (other: string) => Promise.all([worker, node].map(server =>
            server.connection.sendRequest(DiffRequest.method, { uri, other: { text: other, label: 'HEAD' }, lang: 'en' }) as Promise<DiffResult>));
        const [inWorker, inNode] = await both(older);
        expect(inWorker).toEqual(inNode);
        expect(inWorker.changes.map(change => change.text)).toEqual(['Breach notification: deadline: 48 hours → 24 hours (stricter for the processor, shorter)']);
        const [brokenInWorker, brokenInNode] = await both('agreement {');
        expect(brokenInWorker).toEqual(brokenInNode);
        expect(brokenInWorker.message).toMatch(/^The other version \(HEAD\) is not an agreement dpa can read: line 1: /);
        expect(worker.errors).toEqual([]);
    }, 120_000);
});
