/**
 * Batch generation (`dpa batch`): examples/itzz-template.dpa filled from 100, 1,000 and 5,000
 * rows, each row parsed, linked, validated, rendered and written atomically, as the CLI does it
 * (runBatch, sequential, one in-memory document replaced per row). Besides vitest's table, each
 * run prints agreements per second and the peak RSS and heap (sampled after every row), with
 * ratios against the 100-row run.
 *
 * Measured on 2026-11-22 (2 cores, Node 20.20), Markdown, after a 50-row warm-up:
 *       rows   agreements/s   ms/agreement   peak RSS        peak heap
 *        100             39           25.6   156 MB          76 MB
 *      1,000             58           17.2   258 MB (x1.66)  178 MB (x2.34)
 *      5,000             64           15.7   266 MB (x1.71)  185 MB (x2.43)
 * Time grows linearly with the rows (the time per agreement even drops as the JIT settles: x0.67
 * at 1,000, x0.61 at 5,000) and memory levels off after about 1,000 rows (5,000 rows need 3%
 * more heap than 1,000): the row's document is replaced, nothing accumulates. A profile puts
 * most of the time in validation (the text heuristics of the rules), then writing the files.
 * DOCX: not measured yet (see FORMATS).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { bench, describe } from 'vitest';
import { runBatch, type BatchFormatName } from '../packages/cli/src/commands/batch.js';
import { readDataFile, type DataFile } from '../packages/cli/src/data-rows.js';
import type { Progress } from '../packages/cli/src/progress.js';
import { checkFiles, createDpaServices } from '../packages/language/src/index.js';
import { EXAMPLES } from '../test/helpers.js';

const SIZES = [100, 1000, 5000];
/**
 * The formats measured. DOCX: add 'docx' here once BATCH_FORMATS in
 * packages/cli/src/commands/batch.ts has it (async, binary), and its numbers to the header.
 */
const FORMATS: BatchFormatName[] = ['md'];

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
            format, outDir, nameColumn: 'customerName', draft: true, report: () => {}, ...(progress ? { progress } : {})
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
