// Bundles with esbuild: the Node entry points (the language server, the CLI and the VS Code
// extension), each starting with the Object.groupBy polyfill (Node 20, see polyfills.mjs), and the
// preview page's script for the webview (a browser IIFE, loaded by the page with its CSP nonce).
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const polyfill = readFileSync(new URL('./polyfills.mjs', import.meta.url), 'utf8');
const shebang = '#!/usr/bin/env node';

const common = {
    bundle: true,
    logLevel: 'warning',
    legalComments: 'none'
};

const node = {
    ...common,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.hbs': 'text', '.css': 'text' },
    mainFields: ['module', 'main'],
    conditions: ['node']
};

const builds = [
    { ...node, entryPoints: ['packages/server/src/main.ts'], outfile: 'packages/server/dist/server.cjs', banner: { js: `${shebang}\n${polyfill}` } },
    { ...node, entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/dist/cli.cjs', banner: { js: `${shebang}\n${polyfill}` } },
    { ...node, entryPoints: ['packages/extension/src/extension.ts'], outfile: 'packages/extension/dist/extension.cjs', banner: { js: polyfill }, external: ['vscode'] },
    // ES2020, as the page script has always been written: every webview VS Code ^1.91 has runs it.
    { ...common, entryPoints: ['packages/extension/src/webview/preview-script.ts'], outfile: 'packages/extension/dist/webview/preview.js', platform: 'browser', target: 'es2020', format: 'iife' }
];

const started = Date.now();
await Promise.all(builds.map(options => esbuild.build(options)));
console.log(`bundled ${builds.length} entry points in ${Date.now() - started} ms`);
