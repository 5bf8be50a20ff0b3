// `npm run package:web`: out/dpa-web.vsix, the extension for VS Code for the web (vscode.dev,
// github.dev), after `npm run bundle`. It is the manifest's `browser` entry with the language
// server in a Web Worker; it has no `main` (a web-only package: the desktop one, out/dpa.vsix, has
// the Node server and a `browser` starter that points here). The files are staged in
// out/web-extension/ with that manifest, then packaged by vsce for the `web` target, so each
// package holds only what its platform runs and both stay small.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAGE = join(ROOT, 'out', 'web-extension');
const FILES = [
    'package.nls.json', 'package.nls.nl.json', 'l10n/bundle.l10n.nl.json', 'syntaxes/dpa.tmLanguage.json',
    'packages/extension/language-configuration.json', 'packages/extension/README.md', 'packages/extension/dist/webview/preview.js',
    'packages/server/dist/browser.js'
];

rmSync(STAGE, { recursive: true, force: true });
for (const file of FILES) {
    mkdirSync(dirname(join(STAGE, file)), { recursive: true });
    cpSync(join(ROOT, file), join(STAGE, file));
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// The real browser entry at the manifest's path (the desktop package has a starter there).
mkdirSync(dirname(join(STAGE, manifest.browser)), { recursive: true });
cpSync(join(ROOT, 'packages/extension/dist/web/browser.js'), join(STAGE, manifest.browser));
const web = { ...manifest };
delete web.main;
// The workspace root's ESM flag: the web worker extension host loads CommonJS only.
delete web.type;
delete web.bin;
delete web.workspaces;
delete web.scripts;
delete web.devDependencies;
delete web.dependencies;
writeFileSync(join(STAGE, 'package.json'), JSON.stringify(web, null, 2) + '\n');
writeFileSync(join(STAGE, '.vscodeignore'), '');
const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
const result = spawnSync(vsce, ['package', '--target', 'web', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--readme-path', 'packages/extension/README.md', '--out', join(ROOT, 'out', 'dpa-web.vsix')], { cwd: STAGE, stdio: 'inherit' });
process.exit(result.status ?? 1);
