// Writes docs/rules.md (see scripts/rules-doc.ts). The TypeScript is bundled on the fly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import './polyfills.mjs';

mkdirSync('node_modules/.cache/dpa', { recursive: true });

const result = await esbuild.build({
    entryPoints: ['scripts/rules-doc.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: 'node_modules/.cache/dpa/rules-doc.mjs',
    loader: { '.hbs': 'text', '.css': 'text' },
    external: ['vitest'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error'
});
void result;
const { renderRulesDoc } = await import(pathToFileURL('node_modules/.cache/dpa/rules-doc.mjs').href);
writeFileSync('docs/rules.md', await renderRulesDoc(resolve('test/language/rules')));
console.log('wrote docs/rules.md');
