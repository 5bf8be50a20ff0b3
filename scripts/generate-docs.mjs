// Writes docs/rules.md (scripts/rules-doc.ts), docs/clauses.md (scripts/clauses-doc.ts) and the
// playbook's JSON Schema (scripts/playbook-schema.ts). The TypeScript is bundled on the fly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import './polyfills.mjs';

mkdirSync('node_modules/.cache/dpa', { recursive: true });

const DOCS = [
    { entry: 'scripts/rules-doc.ts', file: 'docs/rules.md', render: module => module.renderRulesDoc(resolve('test/language/rules'), resolve('packages/language/src/validation'), resolve('examples')) },
    { entry: 'scripts/clauses-doc.ts', file: 'docs/clauses.md', render: async module => {
        const unexplained = module.unexplainedParameters();
        if (unexplained.length > 0) console.warn(`docs/clauses.md: no meaning for ${unexplained.join(', ')} (add a glossary entry or a note in scripts/clause-notes.ts)`);
        return module.renderClausesDoc();
    } },
    { entry: 'scripts/playbook-schema.ts', file: 'packages/language/playbook.schema.json', render: module => module.renderPlaybookSchema() }
];

for (const doc of DOCS) {
    const outfile = `node_modules/.cache/dpa/${doc.entry.replace(/^scripts\//, '').replace(/\.ts$/, '.mjs')}`;
    await esbuild.build({
        entryPoints: [doc.entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile,
        loader: { '.hbs': 'text', '.css': 'text' },
        external: ['vitest', 'typescript'],
        // The prose table's checks are matched to their sources by name (scripts/rule-reading.ts).
        keepNames: true,
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
        logLevel: 'error'
    });
    const module = await import(pathToFileURL(outfile).href);
    writeFileSync(doc.file, await doc.render(module));
    console.log(`wrote ${doc.file}`);
}
