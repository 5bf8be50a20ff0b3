/**
 * Start-up of the bundled language server, and the size of the packaged extension (issue 12).
 *
 * - `startup`: spawn → `initialize` answered, over stdio, ÷ the same for a minimal JSON-RPC server
 *   (vscode-languageserver's createConnection answering `initialize` with empty capabilities),
 *   bundled as scripts/bundle.mjs bundles ours (esbuild, CommonJS, minified, with the polyfill
 *   banner), loaded as ours (dist/load.cjs, with V8's code cache, which a first start of each
 *   writes) and spawned the same way (`node <starter> --stdio`), alternately, in this run.
 * - `startup.firstDiagnostics`: spawn → the first `publishDiagnostics` of examples/complete.dpa
 *   (opened right after `initialized`, the client answering the configuration request), ÷ the same
 *   baseline: what the server defers past `initialize` shows here.
 * - `vsix.size`: the .vsix that `npm run package` makes of the bundles now built (packaged into a
 *   temporary folder), in vsce's KB, against the budget CI checks (scripts/check-size.mjs).
 * DPA_SERVER=<path to server.cjs> measures another build (e.g. main's) the same way.
 *
 * Measured on 2026-11-27 (2 cores shared by six sessions, load average 12-16, Node 20.20):
 *   spawn → initialize, one run alternating: baseline 240 ms, main 1,284 ms (×5.35), this 680 ms (×2.83)
 *   (at load average ~2: baseline 73-112 ms, this ×2.1-2.5); first diagnostics ×6.3 of the baseline
 *   both before and after (the parsers' cost moved past initialize, not removed); .vsix 1,459 KB → 595 KB.
 * What start-up still spends, in order: evaluating the language package's modules, most of it the
 * text engine's patterns compiled at load (validation/text/families.ts, custom-clauses/reading.ts:
 * about half of the modules' time); compiling the bundle; Langium's services and the grammar.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { bench, describe } from 'vitest';
import {
    ConfigurationRequest, createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, RegistrationRequest, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';
import { sizeKb, VSIX_BUDGET_KB } from '../scripts/check-size.mjs';
import { repositoryRoot, SERVER } from '../test/server/stdio-server.js';
import { median, record } from './results.js';

const ROOT = repositoryRoot();
const SPAWNS = 12;
/** Longer than a first start waits before it writes its code cache (scripts/load-bundle.ts). */
const WRITES_CODE_CACHE_MS = 2500;
const temp = mkdtempSync(join(tmpdir(), 'dpa-startup-'));
const document = readFileSync(join(ROOT, 'examples/complete.dpa'), 'utf8');

/** The minimal server, bundled with the options of scripts/bundle.mjs, and a starter that loads it as ours is loaded (dist/load.cjs). */
async function bundleBaseline(): Promise<string> {
    const outfile = join(temp, 'baseline-bundle.cjs');
    const starter = join(temp, 'baseline-server.cjs');
    writeFileSync(starter, `'use strict';\nrequire(${JSON.stringify(join(ROOT, 'dist/load.cjs'))}).load(${JSON.stringify(outfile)});\n`);
    await esbuild.build({
        stdin: {
            contents: [
                "import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';",
                'const connection = createConnection(ProposedFeatures.all);',
                'connection.onInitialize(() => ({ capabilities: {} }));',
                'connection.listen();'
            ].join('\n'),
            resolveDir: ROOT,
            loader: 'ts'
        },
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        minify: true,
        legalComments: 'none',
        mainFields: ['module', 'main'],
        conditions: ['node'],
        banner: { js: readFileSync(join(ROOT, 'scripts/polyfills.mjs'), 'utf8') },
        logLevel: 'warning'
    });
    return starter;
}

interface Start {
    /** spawn → `initialize` answered, ms. */
    readonly initialize: number;
    /** spawn → the first `publishDiagnostics` of the document, ms (when one was opened). */
    readonly diagnostics?: number;
}

/**
 * Spawns `server` with `--stdio`, initialises it and (with `open`) opens the document; `live`
 * keeps it running that long after `initialize` (a first start writes its code cache then).
 */
async function start(server: string, open: boolean, live = 0): Promise<Start> {
    const started = performance.now();
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe', env: { ...process.env, DPA_CODE_CACHE: join(temp, 'code-cache') } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({})));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    const published = new Promise<number>(resolve => connection.onNotification(PublishDiagnosticsNotification.type, () => resolve(performance.now())));
    const exited = new Promise<never>((_, reject) => child.on('exit', code => reject(new Error(`${server} exited (${code}): ${stderr}`))));
    connection.listen();
    try {
        await Promise.race([connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } }
        }), exited]);
        const initialize = performance.now() - started;
        if (live > 0) await new Promise(resolve => setTimeout(resolve, live));
        if (!open) return { initialize };
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: 'file:///bench/complete.dpa', languageId: 'dpa', version: 1, text: document }
        });
        return { initialize, diagnostics: (await Promise.race([published, exited])) - started };
    } finally {
        child.removeAllListeners('exit');
        connection.dispose();
        child.kill();
    }
}

/** The .vsix of the bundles as built now, packaged as `npm run package` does. */
function packagedKb(): number {
    const vsix = join(temp, 'dpa.vsix');
    const vsce = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository',
        '--skip-license', '--readme-path', 'packages/extension/README.md', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
    if (vsce.status !== 0) throw new Error(`vsce package failed: ${vsce.stderr}`);
    return sizeKb(vsix);
}

const baselineServer = await bundleBaseline();
// Each server is measured as it starts the second time on a machine: the file cache warm and
// the code cache of its bundle written by the first start (scripts/load-bundle.ts; both load
// their bundle through it, into a folder of this run).
await start(baselineServer, false, WRITES_CODE_CACHE_MS);
await start(SERVER, false, WRITES_CODE_CACHE_MS);
const baseline: number[] = [];
const server: number[] = [];
const diagnostics: number[] = [];
for (let i = 0; i < SPAWNS; i++) {
    baseline.push((await start(baselineServer, false)).initialize);
    const ours = await start(SERVER, true);
    server.push(ours.initialize);
    diagnostics.push(ours.diagnostics!);
}
const round = (x: number) => Math.round(x * 100) / 100;
const baselineMs = median(baseline);
const baselineRow = { what: 'minimal JSON-RPC server (vscode-languageserver createConnection, empty capabilities), bundled and spawned the same way: spawn → initialize answered', value: round(baselineMs) };
const vsixKb = packagedKb();
const rows = record([
    {
        id: 'startup',
        what: `language server over stdio: spawn → initialize answered (median of ${SPAWNS} spawns, alternating with the baseline)`,
        value: round(median(server)),
        unit: 'ms',
        baseline: baselineRow,
        ratio: round(median(server) / baselineMs),
        target: { limit: 2, of: 'ratio' }
    },
    {
        id: 'startup.firstDiagnostics',
        what: `language server over stdio: spawn → first publishDiagnostics of examples/complete.dpa opened after initialize (median of ${SPAWNS})`,
        value: round(median(diagnostics)),
        unit: 'ms',
        baseline: baselineRow,
        ratio: round(median(diagnostics) / baselineMs),
        target: { limit: 4, of: 'ratio' }
    },
    {
        id: 'vsix.size',
        what: 'out/dpa.vsix as npm run package makes it (KB of 1,024 bytes, as vsce reports)',
        value: round(vsixKb),
        unit: 'KB',
        target: { limit: VSIX_BUDGET_KB, of: 'value' }
    }
]);
console.log(rows.map(row => `${row.id}: ${row.value} ${row.unit}${row.ratio === undefined ? '' : ` (×${row.ratio} of ${row.baseline?.value} ms)`} ${row.pass ? 'pass' : 'FAIL'}`).join('\n'));
rmSync(temp, { recursive: true, force: true });

describe('start-up', () => {
    bench('language server: spawn → initialize answered', async () => {
        await start(SERVER, false);
    }, { iterations: 5, time: 0, warmupIterations: 0 });
});
