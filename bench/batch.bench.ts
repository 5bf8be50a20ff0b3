/**
 * Batch generation (`dpa batch`, issue 12): examples/itzz-template.dpa filled from rows like
 * examples/customers.csv, each row parsed, linked, validated, rendered as Markdown AND Word
 * (`--format md,docx`) and written atomically, as the CLI does it (runBatch; worker threads
 * running the bundled CLI, dist/cli.cjs: run `npm run build` first).
 *
 * Rows recorded in bench/results.json:
 *   batch.1000       seconds for 1,000 rows as md + docx the way `dpa batch` runs them (threads by
 *                    the number of rows and cores), median of 3; target ≤ 15 s. Baseline: the
 *                    same rows in one thread (DPA_BATCH_THREADS=0), measured in the same run.
 *   batch.linearity  seconds per agreement at 5,000 rows ÷ at 100 rows, both as `dpa batch` runs
 *                    them; target ≤ 1.1.
 * Each run also prints agreements per second and the peak RSS and heap of this thread (sampled
 * after every row; the workers' heaps are their own).
 *
 * Measured 2026-11-27 on the 2-core machine while five other sessions loaded it (load average 8
 * to 16, so the absolute times are several times a quiet machine's):
 *   1,000 rows one thread 40.9 s; as dpa batch runs them (two threads) 33.8, 51.9, 46.5 s
 *   100 rows (one thread) 34.9 ms per agreement, 5,000 rows (two threads) 37.3: linearity 1.07
 * Before issue 12 (one format per run, each row validated per format, Word through docx) the same
 * process gave, for 300 rows md + docx: 19.5 s and 10.9 s; one thread now 5.3 s and 6.2 s.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import type { BatchFormatName } from '../packages/cli/src/batch/formats.js';
import { runBatch } from '../packages/cli/src/batch/run.js';
import { readDataFile, type DataFile } from '../packages/cli/src/data-rows.js';
import type { Progress } from '../packages/cli/src/progress.js';
import { commandServices } from '../packages/cli/src/settings.js';
import { checkSources } from '../packages/cli/src/sources.js';
import { EXAMPLES, ROOT } from '../test/helpers.js';
import { median, record } from './results.js';

const FORMATS: readonly BatchFormatName[] = ['md', 'docx'];
const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (the worker threads run the bundled CLI)`);

const { Dpa } = commandServices({ lang: 'en', rule: [] });
const { results: [template] } = await checkSources(Dpa, [join(EXAMPLES, 'itzz-template.dpa')]);
const customers = readDataFile(join(EXAMPLES, 'customers.csv'));

/** `n` rows: the five example customers over and over, each with its own name. */
function rows(n: number): DataFile {
    return {
        ...customers,
        rows: Array.from({ length: n }, (_, i) => {
            const base = customers.rows[i % customers.rows.length]!;
            return { number: i + 2, values: { ...base.values, customerName: `${String(base.values['customerName'])} ${i + 1}` } };
        })
    };
}

/** Samples memory after every row (timers would not fire between the rows' microtasks). */
function memorySampler(): Progress & { peakRss: number; peakHeap: number } {
    const sampler = {
        peakRss: 0,
        peakHeap: 0,
        tick() {
            const m = process.memoryUsage();
            sampler.peakRss = Math.max(sampler.peakRss, m.rss);
            sampler.peakHeap = Math.max(sampler.peakHeap, m.heapUsed);
        },
        interrupt: (write: () => void) => write(),
        done: () => {}
    };
    return sampler;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * One run of `n` rows to md and docx in a fresh folder (removed afterwards); `threads` undefined
 * is what `dpa batch` does, 0 is one thread. Seconds.
 */
async function generate(n: number, threads?: number): Promise<number> {
    const data = rows(n);
    const outDir = mkdtempSync(join(tmpdir(), 'dpa-bench-'));
    const memory = memorySampler();
    try {
        const started = performance.now();
        const result = await runBatch({
            services: Dpa, template: template!, templateLabel: 'itzz-template.dpa', data, dataLabel: 'rows.csv', formats: FORMATS, outDir,
            nameColumn: 'customerName', lang: 'en', agreementLang: 'nl', draft: true, report: () => {}, progress: memory,
            workers: { file: CLI, settings: { serviceLang: 'en', rules: [] } }, ...(threads !== undefined ? { threads } : {})
        });
        const seconds = (performance.now() - started) / 1000;
        if (result.written.length !== n * FORMATS.length) throw new Error(`expected ${n * FORMATS.length} documents, got ${result.written.length}`);
        console.log(`${String(n).padStart(5)} rows md+docx, ${threads === 0 ? 'one thread' : 'as dpa batch runs'}: ${seconds.toFixed(2)} s, `
            + `${(n / seconds).toFixed(0)} agreements/s (${((1000 * seconds) / n).toFixed(1)} ms each), peak RSS ${mb(memory.peakRss)}, peak heap ${mb(memory.peakHeap)}`);
        return seconds;
    } finally {
        rmSync(outDir, { recursive: true, force: true });
    }
}

// Warm up this thread (JIT, template compilation), so that the one-thread baseline measures the steady state.
await generate(50, 0);

describe('batch, md + docx', () => {
    bench('batch.1000 and batch.linearity', async () => {
        const sequential = await generate(1000, 0);
        const batch = median([await generate(1000), await generate(1000), await generate(1000)]);
        const small = median([await generate(100), await generate(100), await generate(100)]);
        const large = await generate(5000);
        const rows = record([
            {
                id: 'batch.1000',
                what: '1,000 agreements as Markdown + Word (dpa batch --format md,docx, itzz template, worker threads as dpa batch chooses), median of 3',
                value: batch, unit: 's',
                baseline: { what: 'the same 1,000 rows in one thread (DPA_BATCH_THREADS=0), same run', value: sequential },
                ratio: batch / sequential,
                target: { limit: 15, of: 'value' }
            },
            {
                id: 'batch.linearity',
                what: 's per agreement at 5,000 rows ÷ at 100 rows (md + docx, as dpa batch runs them; 100 rows: median of 3)',
                value: large / 5000 / (small / 100), unit: 'ratio',
                baseline: { what: 's per agreement at 100 rows', value: small / 100 },
                ratio: large / 5000 / (small / 100),
                target: { limit: 1.1, of: 'ratio' }
            }
        ]);
        for (const row of rows) console.log(`${row.id}: ${row.value.toFixed(3)} ${row.unit}${row.ratio !== undefined ? ` (ratio ${row.ratio.toFixed(3)})` : ''} ${row.pass ? 'PASS' : 'FAIL'}`);
    }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
});
