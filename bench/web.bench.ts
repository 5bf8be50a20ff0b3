/**
 * The playground and the language server in a Web Worker (issue 13), in Debian's Chromium:
 *
 * - `web.size`: what a visitor downloads, gzipped (level 9): the page (index.html, app.css,
 *   app.js with the examples) and the worker (server.js), in KB of 1,024 bytes; budget 1,024 KB.
 * - `web.firstDiagnostics`: page load (navigation start) → the status line counts the first
 *   diagnostics of examples/complete.dpa, median of 5 fresh pages; target 1,500 ms. The baseline,
 *   for the ratio, is the Node server over stdio: spawn → first publishDiagnostics of the same text.
 * - `web.keystroke`: a keystroke in a string of examples/complete.dpa → its diagnostics, in the
 *   worker (messages through the page, test/e2e/worker-server.ts) ÷ the same in the Node server
 *   over stdio, medians of 25 keys each, alternating; target ×2 (the worker runs the same code in
 *   a browser's engine, and its messages go through the page).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { bench, describe } from 'vitest';
import { CHROMIUM } from '../test/e2e/env.js';
import { WorkerServer } from '../test/e2e/worker-server.js';
import type { LspSession } from '../test/server/lsp-session.js';
import { repositoryRoot, StdioServer } from '../test/server/stdio-server.js';
import { median, record, type BenchRow } from './results.js';
import { expectedRow } from './rows.js';

const ROOT = repositoryRoot();
const WEB = join(ROOT, 'out/web');
const COMPLETE = readFileSync(join(ROOT, 'examples/complete.dpa'), 'utf8');
const PAGES = 5;
const KEYS = 25;

const gzKb = (file: string) => gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length / 1024;
const round = (value: number) => Math.round(value * 100) / 100;

/** The static server of `npm run serve:web`, on a port of its own. */
async function serveWeb(): Promise<{ url: string; process: ChildProcess }> {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/serve-web.mjs')], { env: { ...process.env, PORT: String(20_000 + (process.pid % 10_000)) }, stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
            if (found) resolve(found[0]);
        });
        child.on('exit', code => reject(new Error(`serve:web exited with ${code}`)));
    });
    return { url, process: child };
}

/** Page load → the first diagnostics counted in the status line, in ms since navigation start. */
async function pageToFirstDiagnostics(url: string): Promise<number[]> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
        const times: number[] = [];
        for (let i = 0; i < PAGES; i++) {
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.goto(url);
            // (The bench's tsconfig has no DOM types: the page's globals through globalThis.)
            const handle = await page.waitForFunction(() => {
                const page = globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } | null } };
                return /\d+ (fouten|fout|errors|error),/.test(page.document.getElementById('status')?.textContent ?? '') ? performance.now() : 0;
            }, null, { timeout: 30_000, polling: 'raf' });
            times.push(await handle.jsonValue());
            await context.close();
        }
        return times;
    } finally {
        await browser.close();
    }
}

/** Spawn → first diagnostics of complete.dpa, for the Node server. */
async function nodeToFirstDiagnostics(): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < PAGES; i++) {
        const started = performance.now();
        const server = await StdioServer.start();
        await server.open('file:///bench/complete.dpa', COMPLETE);
        await server.diagnostics('file:///bench/complete.dpa', 0, 60_000);
        times.push(performance.now() - started);
        await server.stop();
    }
    return times;
}

/** The time of each of `KEYS` keystrokes in a string of complete.dpa → the diagnostics of its version. */
async function keystrokes(server: LspSession, uri: string): Promise<number[]> {
    await server.open(uri, COMPLETE);
    await server.diagnosticsOf(uri, 1, 60_000);
    const lines = COMPLETE.split('\n');
    const line = lines.findIndex(text => /^\s+service "/.test(text));
    let character = lines[line]!.indexOf('"') + 1;
    const times: number[] = [];
    for (let key = 0; key < KEYS; key++) {
        const version = key + 2;
        const started = performance.now();
        await server.type(uri, version, { line, character: character++ }, 'abcdefghij'[key % 10]!);
        await server.diagnosticsOf(uri, version, 60_000);
        times.push(performance.now() - started);
    }
    return times.slice(3); // the first keys warm the JIT
}

const size = gzKb('index.html') + gzKb('app.css') + gzKb('app.js') + gzKb('server.js');
const web = await serveWeb();
const pageTimes = await pageToFirstDiagnostics(web.url);
const nodeTimes = await nodeToFirstDiagnostics();
const [worker, node] = await Promise.all([WorkerServer.start(), StdioServer.start()]);
const inWorker: number[] = [];
const inNode: number[] = [];
for (let round = 0; round < 2; round++) {
    inWorker.push(...await keystrokes(worker, `file:///bench/worker-${round}.dpa`));
    inNode.push(...await keystrokes(node, `file:///bench/node-${round}.dpa`));
}
await Promise.all([worker.stop(), node.stop()]);
web.process.kill();

const row = (id: string, fields: Omit<BenchRow, 'id' | 'what' | 'target'> & { what?: string }): BenchRow => {
    const expected = expectedRow(id);
    return { id, what: fields.what ?? expected.what, target: expected.target, ...fields };
};
const rows = record([
    row('web.size', { value: round(size), unit: 'KB' }),
    row('web.firstDiagnostics', {
        value: round(median(pageTimes)), unit: 'ms',
        baseline: { what: 'Node server over stdio: spawn → first publishDiagnostics of the same text', value: round(median(nodeTimes)) },
        ratio: round(median(pageTimes) / median(nodeTimes))
    }),
    row('web.keystroke', {
        value: round(median(inWorker)), unit: 'ms',
        baseline: { what: 'the same keystrokes in the Node server over stdio', value: round(median(inNode)) },
        ratio: round(median(inWorker) / median(inNode))
    })
]);
console.log(rows.map(r => `${r.id}: ${r.value} ${r.unit}${r.ratio === undefined ? '' : ` (×${r.ratio} of ${r.baseline?.value})`} ${r.pass ? 'pass' : 'FAIL'}`).join('\n'));
console.log(`sizes (KB, gzip -9): app.js ${round(gzKb('app.js'))}, server.js ${round(gzKb('server.js'))}`);

describe('web', () => {
    bench('the rows above are measured when the file loads', () => undefined, { iterations: 1, time: 0, warmupIterations: 0 });
});
