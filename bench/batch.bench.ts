/**
 * Batch generation (`dpa batch`): examples/itzz-template.dpa filled from 100, 1,000 and 5,000
 * rows, each row parsed, linked, validated, rendered and written atomically, as the CLI does it
 * (runBatch, sequential, one in-memory document replaced per row). Besides vitest's table, each
 * run prints agreements per second and the peak RSS and heap (sampled after every row), with
 * ratios against the 100-row run.
 *
 * Measured on 2026-11-22 (2 cores, Node 20.20), after a 50-row warm-up, while a CI job shared
 * the machine (so absolute numbers are noisy; the ratios are what to read):
 *       format  rows   agreements/s   ms/agreement   peak RSS        peak heap
 *       md       100             92           10.9   233 MB          140 MB
 *       md     1,000             93           10.7   316 MB (x1.35)  222 MB (x1.59)
 *       md     5,000             63           15.8   319 MB (x1.37)  224 MB (x1.60)
 *       docx     100             19           53.0   305 MB          206 MB
 *       docx   1,000             15           65.8   311 MB (x1.02)  217 MB (x1.05)
 *       docx   5,000             23           42.6   341 MB (x1.12)  240 MB (x1.17)
 * (An earlier quiet run of Markdown gave 39 / 58 / 64 agreements/s.) Time grows linearly with
 * the rows and memory levels off after about 1,000 rows: each row's document is replaced,
 * nothing accumulates. A DOCX costs about four Markdown agreements (the docx library's XML and
 * the zip); validation (the text heuristics of the rules) dominates the Markdown time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { bench, describe } from 'vitest';
import type { BatchFormatName } from '../packages/cli/src/batch/formats.js';
import { runBatch } from '../packages/cli/src/batch/run.js';
import { readDataFile, type DataFile } from '../packages/cli/src/data-rows.js';
import type { Progress } from '../packages/cli/src/progress.js';
import { checkFiles, createDpaServices } from '../packages/language/src/index.js';
import { EXAMPLES } from '../test/helpers.js';

const SIZES = [100, 1000, 5000];
/** The formats measured (keys of BATCH_FORMATS in packages/cli/src/batch/formats.ts). */
const FORMATS: BatchFormatName[] = ['md', 'docx'];

const { Dpa } = createDpaServices(NodeFileSystem);
const [template] = await checkFiles(Dpa, [join(EXAMPLES, 'itzz-template.dpa')]);
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

/** One run of `data` to `format` in a fresh folder, removed afterwards. */
async function generate(data: DataFile, format: BatchFormatName, progress?: Progress) {
    const outDir = mkdtempSync(join(tmpdir(), 'dpa-bench-'));
    try {
        return await runBatch({
            services: Dpa, template: template!, templateLabel: 'itzz-template.dpa', data, dataLabel: 'rows.csv',
            formats: [format], outDir, nameColumn: 'customerName', draft: true, report: () => {}, ...(progress ? { progress } : {})
        });
    } finally {
        rmSync(outDir, { recursive: true, force: true });
    }
}

// Warm up (JIT, template compilation), so that the 100-row baseline measures the steady state.
for (const format of FORMATS) await generate(rows(50), format);

const baseline = new Map<BatchFormatName, { perSecond: number; rss: number; heap: number }>();
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

for (const format of FORMATS) {
    describe(`batch to ${format}`, () => {
        for (const n of SIZES) {
            const data = rows(n);
            bench(`${n} rows`, async () => {
                const memory = memorySampler();
                memory.tick();
                const started = performance.now();
                const result = await generate(data, format, memory);
                const seconds = (performance.now() - started) / 1000;
                if (result.written.length !== n) throw new Error(`expected ${n} documents, got ${result.written.length}`);
                const perSecond = n / seconds;
                if (!baseline.has(format)) baseline.set(format, { perSecond, rss: memory.peakRss, heap: memory.peakHeap });
                const base = baseline.get(format)!;
                console.log(
                    `${format} ${String(n).padStart(5)} rows: ${perSecond.toFixed(0)} agreements/s (${(1000 / perSecond).toFixed(1)} ms each, ` +
                    `x${(base.perSecond / perSecond).toFixed(2)} time per agreement), peak RSS ${mb(memory.peakRss)} (x${(memory.peakRss / base.rss).toFixed(2)}), ` +
                    `peak heap ${mb(memory.peakHeap)} (x${(memory.peakHeap / base.heap).toFixed(2)})`
                );
            }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
        }
    });
}
