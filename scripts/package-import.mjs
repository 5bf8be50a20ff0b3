// Part of `npm run package`: out/dpa-import.vsix, the companion extension "DPA Import"
// (`dpa-tools.dpa-import`), after `npm run bundle`. It carries the importer, dist/import.cjs (the
// readers of Word, PDF, text, Markdown and HTML with mammoth, pdf.js, marked and htmlparser2, and
// the recogniser), which is far over what out/dpa.vsix's budget leaves. Its `main` is a starter of
// three lines whose `activate` returns the importer's module (`@dpa/importer`: readSource,
// importAgreement, ImportError, IMPORT_LIMITS); the main extension's "DPA: Import Agreement…" and
// "DPA: Review Agreement…" activate it and call it (packages/extension/src/import/). It declares
// the main extension as its dependency, so VS Code installs the two together. The files are
// staged in out/import-extension/ with their own manifest, then packaged by vsce.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAGE = join(ROOT, 'out', 'import-extension');
export const IMPORT_VSIX = join('out', 'dpa-import.vsix');

const main = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = {
    name: 'dpa-import',
    displayName: '%displayName%',
    description: '%description%',
    version: main.version,
    publisher: main.publisher,
    license: main.license,
    repository: main.repository,
    engines: { vscode: main.engines.vscode },
    categories: ['Other'],
    keywords: ['gdpr', 'avg', 'verwerkersovereenkomst', 'import', 'docx', 'pdf'],
    // The language extension registers the commands and calls this one's API.
    extensionDependencies: [`${main.publisher}.${main.name}`],
    // Node libraries (pdf.js, mammoth): the desktop only; no `browser` entry.
    main: './main.cjs',
    // The main extension activates it when it needs it; these are the commands that do.
    activationEvents: ['onCommand:dpa.importAgreement', 'onCommand:dpa.reviewAgreement'],
    // Reading a document runs none of the workspace's code.
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true }
};
const texts = {
    en: { displayName: 'DPA Import', description: 'Import Word, PDF, text, Markdown and HTML data processing agreements into .dpa models, and review them against Art. 28(3) GDPR (with the DPA extension).' },
    nl: { displayName: 'DPA Import', description: 'Importeer verwerkersovereenkomsten in Word, PDF, tekst, Markdown en HTML als .dpa-modellen en beoordeel ze aan artikel 28 lid 3 AVG (met de DPA-extensie).' }
};

rmSync(STAGE, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
writeFileSync(join(STAGE, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(join(STAGE, 'package.nls.json'), JSON.stringify(texts.en, null, 2) + '\n');
writeFileSync(join(STAGE, 'package.nls.nl.json'), JSON.stringify(texts.nl, null, 2) + '\n');
writeFileSync(join(STAGE, 'main.cjs'), "'use strict';\n// The importer's module is the API: the DPA extension calls readSource and importAgreement.\nexports.activate = () => require('./import.cjs');\nexports.deactivate = () => undefined;\n");
cpSync(join(ROOT, 'dist', 'import.cjs'), join(STAGE, 'import.cjs'));
cpSync(join(ROOT, 'packages', 'extension', 'import', 'README.md'), join(STAGE, 'README.md'));
writeFileSync(join(STAGE, '.vscodeignore'), '');
const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
const result = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', join(ROOT, IMPORT_VSIX)], { cwd: STAGE, stdio: 'inherit' });
process.exit(result.status ?? 1);
