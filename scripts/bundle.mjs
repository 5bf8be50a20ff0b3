// Bundles the Node entry points with esbuild: the language server, the CLI and the VS Code
// extension. Each bundle starts with the Object.groupBy polyfill (Node 20, see polyfills.mjs).
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const polyfill = readFileSync(new URL('./polyfills.mjs', import.meta.url), 'utf8');
const shebang = '#!/usr/bin/env node';

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.hbs': 'text', '.css': 'text' },
    logLevel: 'warning',
    legalComments: 'none',
    mainFields: ['module', 'main'],
    conditions: ['node']
};

const entries = [
    { in: 'packages/server/src/main.ts', out: 'packages/server/dist/server.cjs', banner: `${shebang}\n${polyfill}` },
    { in: 'packages/cli/src/main.ts', out: 'packages/cli/dist/cli.cjs', banner: `${shebang}\n${polyfill}` },
    { in: 'packages/extension/src/extension.ts', out: 'packages/extension/dist/extension.cjs', banner: polyfill, external: ['vscode'] }
];

const started = Date.now();
await Promise.all(entries.map(entry => esbuild.build({
    ...common,
    entryPoints: [entry.in],
    outfile: entry.out,
    banner: { js: entry.banner },
    external: entry.external ?? []
})));
console.log(`bundled ${entries.length} entry points in ${Date.now() - started} ms`);
