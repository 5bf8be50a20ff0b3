// Bundles with esbuild, minified, each bundle with its source map beside it (`X.map`, left out of
// the .vsix by .vscodeignore; `node --enable-source-maps` gives stack traces in the sources):
// - dist/dpa.cjs: the one Node bundle of the language server and the CLI (scripts/node-entry.ts),
//   which share the language and the generator; packages/server/dist/server.cjs and
//   packages/cli/dist/cli.cjs are two-line starters that require it, so every path that runs the
//   server or the CLI (the extension, the README, other editors, `npm install -g .`) is unchanged;
// - packages/extension/dist/extension.cjs: the VS Code extension (`vscode` external);
// - packages/extension/dist/webview/preview.js: the preview page's script, for the browser.
// The Node bundles start with the Object.groupBy polyfill (Node 20, see polyfills.mjs).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const polyfill = readFileSync(new URL('./polyfills.mjs', import.meta.url), 'utf8');
const shebang = '#!/usr/bin/env node';

const common = {
    bundle: true,
    logLevel: 'warning',
    legalComments: 'none',
    minify: true,
    sourcemap: 'linked',
    charset: 'utf8'
};

/**
 * Smaller bundles, same behaviour:
 * - vscode-languageserver-types once: its ES module build for `import` (langium, our code) and
 *   its UMD build for `require` (vscode-languageserver-protocol) were both bundled; both get the ES
 *   one; and vscode-languageserver-textdocument once (vscode-languageclient has its own copy, an
 *   older patch release of the same API);
 * - handlebars as its library build, without the Node entry's additions dpa does not use (the
 *   template printer, and a `require` hook for .hbs files);
 * - handlebars without source-map: handlebars requires it only to write source maps of compiled
 *   templates, which dpa never asks for, and falls back to its own minimal SourceNode when the
 *   require fails (as in browsers); the template functions it compiles are the same.
 */
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const slimmer = {
    name: 'slimmer',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-types$/ }, args => (args.kind === 'require-call'
            ? build.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir })
            : undefined));
        build.onResolve({ filter: /^vscode-languageserver-textdocument$/ }, args => (args.resolveDir === root
            ? undefined
            : build.resolve(args.path, { kind: 'import-statement', resolveDir: root })));
        build.onResolve({ filter: /^handlebars$/ }, args => build.resolve('handlebars/dist/cjs/handlebars.js', { kind: args.kind, resolveDir: args.resolveDir }));
        build.onResolve({ filter: /^source-map$/ }, args => (/[\\/]handlebars[\\/]/.test(args.importer)
            ? { path: 'source-map', namespace: 'absent' }
            : undefined));
        build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({ contents: "throw new Error('not bundled');", loader: 'js' }));
    }
};

const node = {
    ...common,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.hbs': 'text', '.css': 'text' },
    mainFields: ['module', 'main'],
    conditions: ['node'],
    plugins: [slimmer]
};

const SHARED_BUNDLE = 'dist/dpa.cjs';

/** The starters: each runs one program of the shared bundle. */
const STARTERS = [
    { file: 'packages/server/dist/server.cjs', code: shared => `${shebang}\n'use strict';\nrequire('${shared}').startServer();\n` },
    { file: 'packages/cli/dist/cli.cjs', code: shared => `${shebang}\n'use strict';\nrequire('${shared}').startCli();\n` },
    // The extension's `main`: VS Code calls activate and deactivate.
    { file: 'packages/extension/dist/extension.cjs', code: shared => `'use strict';\nconst dpa = require('${shared}');\nexports.activate = context => dpa.activate(context);\nexports.deactivate = () => dpa.deactivate();\n` }
];

const builds = [
    // `vscode` is there only in VS Code's extension host: required by the extension's modules alone.
    { ...node, entryPoints: ['scripts/node-entry.ts'], outfile: SHARED_BUNDLE, banner: { js: polyfill }, external: ['vscode'] },
    // ES2020, as the page script has always been written: every webview VS Code ^1.91 has runs it.
    { ...common, entryPoints: ['packages/extension/src/webview/preview-script.ts'], outfile: 'packages/extension/dist/webview/preview.js', platform: 'browser', target: 'es2020', format: 'iife' }
];

const started = Date.now();
await Promise.all(builds.map(options => esbuild.build(options)));
for (const { file, code } of STARTERS) {
    mkdirSync(dirname(file), { recursive: true });
    const shared = relative(dirname(file), SHARED_BUNDLE).split('\\').join('/');
    const text = code(shared.startsWith('.') ? shared : `./${shared}`);
    writeFileSync(file, text);
    chmodSync(file, text.startsWith(shebang) ? 0o755 : 0o644);
}
console.log(`bundled ${builds.length} entry points and ${STARTERS.length} starters in ${Date.now() - started} ms`);
