// Validates the examples and generates the Dutch agreement of every non-template example into
// out/ (Markdown and HTML), with the CLI bundle. The seed examples encode real defects, so their
// report is shown but does not fail the job, and they are generated as drafts (which say so at
// their top). examples/complete.dpa is the reference for "clean": any diagnostic there fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cli = 'packages/cli/dist/cli.cjs';
const examples = readdirSync('examples').filter(f => f.endsWith('.dpa')).sort();
const isTemplate = file => /^\s*template\b/.test(readFileSync(join('examples', file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''));

const validation = spawnSync(process.execPath, [cli, 'validate', 'examples'], { encoding: 'utf8' });
process.stdout.write(validation.stdout);
process.stderr.write(validation.stderr);
let failed = validation.status === 2;
if (validation.stdout.split('\n').some(line => line.startsWith(join('examples', 'complete.dpa')))) {
    console.error('examples/complete.dpa must be clean, but has diagnostics (above).');
    failed = true;
}

for (const file of examples) {
    if (isTemplate(file)) {
        console.log(`${file}: a template, generated per customer (skipped here)`);
        continue;
    }
    for (const format of ['md', 'html']) {
        const run = extra => spawnSync(process.execPath, [cli, 'generate', join('examples', file), '--format', format, '--out', 'out', ...extra], { encoding: 'utf8' });
        let result = run([]);
        let note = '';
        if (result.status === 1) {
            result = run(['--draft']);
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
process.exitCode = failed ? 1 : 0;
