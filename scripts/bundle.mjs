// Bundles with esbuild, minified, each bundle with its source map beside it (`X.map`, left out of
// the .vsix by .vscodeignore; `node --enable-source-maps` gives stack traces in the sources):
// - dist/dpa.cjs: the one Node bundle of the language server and the CLI (scripts/node-entry.ts),
//   which share the language and the generator; packages/server/dist/server.cjs and
//   packages/cli/dist/cli.cjs are two-line starters that load it (through dist/load.cjs, with
//   V8's code cache), so every path that runs the server or the CLI (the extension, the README,
//   other editors, `npm install -g .`) is unchanged;
// - packages/extension/dist/extension.cjs: the VS Code extension (`vscode` external);
// - packages/extension/dist/webview/preview.js: the preview page's script, for the browser;
// - packages/server/dist/browser.js: the language server in a Web Worker (packages/server/src/browser.ts),
//   for the playground and VS Code for the web; not in the .vsix yet;
// - packages/extension/dist/web/browser.js: the extension in VS Code for the web (CommonJS, `vscode`
//   external), packaged with the worker in out/dpa-web.vsix (scripts/package-web.mjs), at the path
//   of the manifest's `browser`. The desktop package has packages/extension/dist/browser.js there
//   instead (src/desktop-package.ts, a few lines), which says where the web package is: the two
//   packages stay within their budgets (the worker alone is about 480 KB compressed);
// - out/web/: the playground (packages/web), a static site: index.html, app.js (the page, with the
//   examples bundled), app.css, and server.js (a copy of the worker bundle).
// The Node bundles start with the Object.groupBy polyfill (Node 20, see polyfills.mjs).
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 *   require fails (as in browsers); the template functions it compiles are the same;
 * - vscode-languageclient without semver (20 KB): the client uses it for one check, that the VS
 *   Code running it satisfies the version range it was built for. VS Code makes the same check
 *   before it activates the extension, against the manifest's `engines.vscode`; the build fails
 *   unless the two ranges are equal, so the client's check can never fail and stands in as true.
 */
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const engine = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).engines.vscode;
const clientRange = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(readFileSync(`${root}/node_modules/vscode-languageclient/lib/node/main.js`, 'utf8'))?.[1];
const slimmer = {
    name: 'slimmer',
    setup(build) {
        if (clientRange !== engine) throw new Error(`vscode-languageclient requires VS Code ${clientRange}, package.json's engines.vscode is ${engine}: make them equal (see the semver note above).`);
        build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, args => (/[\\/]vscode-languageclient[\\/]/.test(args.importer)
            ? { path: args.path, namespace: 'engine-checked' }
            : undefined));
        build.onLoad({ filter: /parse$/, namespace: 'engine-checked' }, () => ({ contents: 'module.exports = () => ({ prerelease: [] });', loader: 'js' }));
        build.onLoad({ filter: /satisfies$/, namespace: 'engine-checked' }, () => ({ contents: 'module.exports = () => true;', loader: 'js' }));
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

/**
 * The importer (`dpa import`: the readers of Word, PDF, Markdown and HTML with mammoth, unpdf's
 * pdf.js, marked and htmlparser2, about 650 KB gzipped) is a bundle of its own beside the shared
 * one, loaded by the CLI only when a document is imported: the shared bundle, which the server and
 * the extension load and the `.vsix` carries within its budget, does not hold it. The `.vsix`
 * leaves it out (.vscodeignore); VS Code gets it as the companion extension "DPA Import"
 * (out/dpa-import.vsix, scripts/package-import.mjs), whose API the extension's import commands call.
 */
const IMPORTER_BUNDLE = 'dist/import.cjs';
const importerApart = {
    name: 'importer-apart',
    setup(build) {
        build.onResolve({ filter: /^@dpa\/importer$/ }, () => ({ path: './import.cjs', external: true }));
    }
};

/** Beside the shared bundle: loads it with V8's code cache (scripts/load-bundle.ts). */
const LOADER = 'dist/load.cjs';

/**
 * The starters: each runs one program of the shared bundle. The server and the CLI load it through
 * the code cache (start-up); the extension host loads it as any extension (VS Code's own loader).
 */
const STARTERS = [
    { file: 'packages/server/dist/server.cjs', code: (_shared, loader) => `${shebang}\n'use strict';\nrequire('${loader}').load().startServer();\n` },
    { file: 'packages/cli/dist/cli.cjs', code: (_shared, loader) => `${shebang}\n'use strict';\nrequire('${loader}').load().startCli();\n` },
    // The extension's `main`: VS Code calls activate and deactivate.
    { file: 'packages/extension/dist/extension.cjs', code: shared => `'use strict';\nconst dpa = require('${shared}');\nexports.activate = context => dpa.activate(context);\nexports.deactivate = () => dpa.deactivate();\n` }
];

const builds = [
    // `vscode` is there only in VS Code's extension host: required by the extension's modules alone.
    // `import('@dpa/importer')` becomes a require of ./import.cjs: load.cjs runs the bundle as a
    // vm.Script, where a dynamic import() has no loader.
    { ...node, entryPoints: ['scripts/node-entry.ts'], outfile: SHARED_BUNDLE, banner: { js: polyfill }, external: ['vscode'], plugins: [slimmer, importerApart], supported: { 'dynamic-import': false } },
    { ...node, entryPoints: ['packages/importer/src/index.ts'], outfile: IMPORTER_BUNDLE, banner: { js: polyfill } },
    { ...node, entryPoints: ['scripts/load-bundle.ts'], outfile: LOADER, sourcemap: false },
    // ES2020, as the page script has always been written: every webview VS Code ^1.91 has runs it.
    { ...common, entryPoints: ['packages/extension/src/webview/preview-script.ts'], outfile: 'packages/extension/dist/webview/preview.js', platform: 'browser', target: 'es2020', format: 'iife' },
    // The worker: the same language and LSP libraries, for browsers (ES2022: current Chromium, Firefox, Safari).
    { ...common, entryPoints: ['packages/server/src/browser.ts'], outfile: 'packages/server/dist/browser.js', platform: 'browser', target: 'es2022', format: 'iife', loader: { '.hbs': 'text', '.css': 'text' }, mainFields: ['browser', 'module', 'main'], plugins: [slimmer] }
];

/** `dpa:examples`: every .dpa of examples/ (examples/real/ too), by path, for the playground's example menu. */
const examplesModule = {
    name: 'examples',
    setup(build) {
        build.onResolve({ filter: /^dpa:examples$/ }, () => ({ path: 'examples', namespace: 'dpa' }));
        build.onLoad({ filter: /.*/, namespace: 'dpa' }, () => {
            const names = readdirSync(`${root}/examples`, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.dpa')).map(name => name.split('\\').join('/')).sort();
            const examples = names.map(name => ({ name, text: readFileSync(`${root}/examples/${name}`, 'utf8') }));
            return { contents: `export default ${JSON.stringify(examples)};`, loader: 'js', watchFiles: names.map(name => `${root}/examples/${name}`) };
        });
    }
};

builds.push({ ...common, entryPoints: ['packages/extension/src/browser.ts'], outfile: 'packages/extension/dist/web/browser.js', platform: 'browser', target: 'es2022', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], plugins: [slimmer] });

builds.push({ ...common, entryPoints: ['packages/extension/src/desktop-package.ts'], outfile: 'packages/extension/dist/browser.js', platform: 'browser', target: 'es2022', format: 'cjs', external: ['vscode'], sourcemap: false });

const WEB = 'out/web';
builds.push({ ...common, entryPoints: ['packages/web/src/main.ts'], outfile: `${WEB}/app.js`, platform: 'browser', target: 'es2022', format: 'iife', plugins: [examplesModule] });

const started = Date.now();
await Promise.all(builds.map(options => esbuild.build(options)));
for (const { file, code } of STARTERS) {
    mkdirSync(dirname(file), { recursive: true });
    const from = target => {
        const path = relative(dirname(file), target).split('\\').join('/');
        return path.startsWith('.') ? path : `./${path}`;
    };
    const text = code(from(SHARED_BUNDLE), from(LOADER));
    writeFileSync(file, text);
    chmodSync(file, text.startsWith(shebang) ? 0o755 : 0o644);
}
// The playground's static files beside its script; the worker is the server's browser bundle.
for (const file of ['index.html', 'src/app.css']) copyFileSync(`packages/web/${file}`, `${WEB}/${file.split('/').pop()}`);
copyFileSync('packages/server/dist/browser.js', `${WEB}/server.js`);
copyFileSync('packages/server/dist/browser.js.map', `${WEB}/browser.js.map`);
console.log(`bundled ${builds.length} entry points and ${STARTERS.length} starters in ${Date.now() - started} ms`);
