// Validates the examples and generates, with the CLI bundle, every non-template example into
// out/ (Dutch: Markdown, HTML, Word, and PDF when LibreOffice is installed) and out/en/ (English),
// one agreement per customer of examples/customers.csv from the itzz template into out/customers/,
// and the processor's register over all examples (out/register.csv).
// The seed examples encode real defects, so their report is shown but does not fail the job, and
// they are generated as drafts (which say so at their top). examples/complete.dpa is the reference
// for "clean": any diagnostic there fails the job.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cli = 'packages/cli/dist/cli.cjs';
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const examples = readdirSync('examples').filter(f => f.endsWith('.dpa')).sort();
const isTemplate = file => /^\s*template\b/.test(readFileSync(join('examples', file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''));
const hasLibreOffice = ['soffice', 'libreoffice'].some(cmd => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0);

// The top-level examples only: examples/real/ holds real agreements encoded with their defects,
// judged by their own tables in the tests (issue 10), and they belong to other processors' registers.
const exampleSources = examples.map(file => join('examples', file));
const validation = run('validate', ...exampleSources);
process.stdout.write(validation.stdout);
process.stderr.write(validation.stderr);
let failed = validation.status === 2;
if (validation.stdout.split('\n').some(line => line.startsWith(join('examples', 'complete.dpa')))) {
    console.error('examples/complete.dpa must be clean, but has diagnostics (above).');
    failed = true;
}

const formats = ['md', 'html', 'docx', ...(hasLibreOffice ? ['pdf'] : [])];
if (!hasLibreOffice) console.log('LibreOffice not found: no PDF (apt-get install libreoffice-writer-nogui).');
for (const file of examples) {
    if (isTemplate(file)) {
        console.log(`${file}: a template, generated per customer below`);
        continue;
    }
    for (const [lang, out] of [['nl', 'out'], ['en', join('out', 'en')]]) {
        for (const format of formats) {
            const generate = extra => run('generate', join('examples', file), '--format', format, '--lang', lang, '--out', out, ...extra);
            let result = generate([]);
            let note = '';
            if (result.status === 1) {
                result = generate(['--draft']);
                note = ' (the example encodes real defects)';
            }
            if (result.status !== 0) {
                failed = true;
                process.stderr.write(result.stderr);
            } else {
                console.log(`${file} → ${result.stdout.trim().replace(/^Wrote /, '')}${note}`);
            }
        }
    }
}

const steps = [
    // The itzz template encodes its seed's defects, so its agreements are drafts. out/customers is
    // this job's own output: a second `npm start` replaces it (--force), as it replaces out/*.md.
    ['batch', 'examples/itzz-template.dpa', 'examples/customers.csv', '--format', 'docx', '--draft', '--force', '--out', join('out', 'customers')],
    ['register', ...exampleSources, '--format', 'csv', '--out', join('out', 'register.csv')]
];
for (const args of steps) {
    const result = run(...args);
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
