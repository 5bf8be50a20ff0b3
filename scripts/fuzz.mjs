// The long fuzz run of the language server over stdio (npm run fuzz): bundles the fuzz driver of
// test/fuzz with esbuild and runs it against packages/server/dist/server.cjs.
//
//   npm run fuzz -- [--documents N] [--seed S] [--max-size CHARS] [--hang-ms MS] [--write-documents DIR]
//   (or FUZZ_DOCUMENTS, FUZZ_SEED, FUZZ_MAX_SIZE, FUZZ_HANG_MS)
//
// Defaults: 5,000 documents up to 1 MB, a fresh seed (printed), a request unanswered after 5 s
// is a hang. Prints a summary and, for each failure, the command that replays its document
// (--write-documents also writes each failing document to DIR/<seed>.dpa, e.g. to profile the
// CLI on it with node --cpu-prof); exits 1 on any crash, hang or internal error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const { values } = parseArgs({
    options: {
        documents: { type: 'string', default: process.env.FUZZ_DOCUMENTS ?? '5000' },
        seed: { type: 'string', default: process.env.FUZZ_SEED ?? String(Date.now() % 1_000_000_000) },
        'max-size': { type: 'string', default: process.env.FUZZ_MAX_SIZE ?? '1000000' },
        'hang-ms': { type: 'string', default: process.env.FUZZ_HANG_MS ?? '5000' },
        'write-documents': { type: 'string' }
    }
});
const number = (name) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 0) {
        console.error(`--${name} must be a whole number, not '${values[name]}'`);
        process.exit(2);
    }
    return value;
};
const options = { documents: number('documents'), seed: number('seed'), maxSize: number('max-size'), hangMs: number('hang-ms') };

const dir = mkdtempSync(join(tmpdir(), 'dpa-fuzz-'));
const driver = join(dir, 'driver.mjs');
await esbuild.build({
    entryPoints: [new URL('../test/fuzz/stdio-driver.ts', import.meta.url).pathname],
    outfile: driver,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle need `require`.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
});
const { runStdioFuzz, formatSummary, planFor } = await import(pathToFileURL(driver).href);
rmSync(dir, { recursive: true, force: true });

const command = 'npm run fuzz --';
console.log(`fuzzing packages/server/dist/server.cjs over stdio: ${options.documents} documents up to ${options.maxSize} characters, seed ${options.seed}`);
const started = Date.now();
const summary = await runStdioFuzz({
    ...options,
    giveUpMs: Math.max(20_000, options.hangMs * 4),
    heapProbe: true,
    progress: (done, s) => {
        if (done % 250 === 0 || done === options.documents) {
            console.log(`  ${done} documents, ${s.requests} requests, ${s.crashes} crashes, ${s.hangs} hangs, ${s.internalErrors} internal errors, ${Math.round((Date.now() - started) / 1000)} s`);
        }
    }
});
console.log(formatSummary(summary, command));
if (values['write-documents']) {
    mkdirSync(values['write-documents'], { recursive: true });
    for (const seed of new Set(summary.failures.map(f => f.seed))) {
        const plan = planFor(seed, options.maxSize);
        writeFileSync(join(values['write-documents'], `${seed}.dpa`), plan.text);
        // The whole plan (changes, requests), for a closer look.
        writeFileSync(join(values['write-documents'], `${seed}.json`), JSON.stringify(plan, null, 1));
    }
}
console.log(`command: ${command} --documents ${options.documents} --seed ${options.seed} --max-size ${options.maxSize} --hang-ms ${options.hangMs}`);
process.exit(summary.failures.length > 0 ? 1 : 0);
