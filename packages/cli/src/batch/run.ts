import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CheckedAgreement, DpaServices, Lang } from '@dpa/language';
import type { DataFile, DataRow } from '../data-rows.js';
import { FileError } from '../files.js';
import { say } from '../messages.js';
import type { Progress } from '../progress.js';
import { writeFileAtomic } from '../write-file.js';
import { BATCH_FORMATS, type BatchFormatName } from './formats.js';
import { rowFileNames } from './naming.js';
import { poolOutcomes, type WorkerSettings } from './pool.js';
import { RowProcessor, type RowOutcome } from './row.js';

// The run: fill, validate and render each row (in this thread, or spread over worker threads),
// then report and write in row order, with progress.

export { isError } from './row.js';

export interface BatchRun {
    readonly services: DpaServices;
    /** The checked template (a `template agreement` without syntax errors). */
    readonly template: CheckedAgreement;
    /** How the template is named in messages. */
    readonly templateLabel: string;
    readonly data: DataFile;
    /** How the data file is named in messages (`rows.csv`). */
    readonly dataLabel: string;
    /** The formats written per row (`md`, `docx`): one file each, in this order. */
    readonly formats: readonly BatchFormatName[];
    readonly outDir: string;
    /** The column (or field) whose value names each file. */
    readonly nameColumn: string;
    readonly lang?: Lang;
    /** The language of the generated agreements (default: the generator's, Dutch). */
    readonly agreementLang?: Lang;
    /** Generate although the template has errors (each document then says it is a draft). */
    readonly draft?: boolean;
    /** Replace existing files (default: a row whose file exists fails, the file kept as it was). */
    readonly force?: boolean;
    /** Receives every problem line (`rows.csv:4: customerKvk: …`). */
    report(line: string): void;
    readonly progress?: Progress;
    /**
     * Worker threads: the script they run (the bundled CLI, dist/cli.cjs, which starts as a batch
     * worker in a worker thread) and the settings its services are made with. Without it, every
     * row is processed in this thread.
     */
    readonly workers?: { readonly file: string; readonly settings: Pick<WorkerSettings, 'serviceLang' | 'rules'> };
    /** How many threads process rows, this one included (default: by the number of rows and cores, see `threadCount`); 1 or 0: this one only. */
    readonly threads?: number;
}

export interface BatchResult {
    /** Paths of the written documents, in row order (per row in the order of the formats). */
    readonly written: readonly string[];
    /** Row numbers of the rows that failed. */
    readonly failed: readonly number[];
}

/**
 * Rows per thread below which another thread costs more than it gains. A worker first loads the
 * CLI, makes its language services and checks the template, and its first rows run before the
 * JIT has warmed up: ~1.5 to 3 s of CPU more than the same rows in this thread, which is warm and
 * takes rows too (a row costs ~10 to 15 ms). Measured on the 2-core machine of issue 12 while
 * other sessions loaded it (load 8 to 16), md + docx, one thread against two: 40 rows 1.6 s
 * against 4.9 s, 120 rows 5.1 against 10.1, 300 rows 5.3 against 6.7 and 6.2 against 10.1, 1,000
 * rows 40.9 against 33.8 to 51.9 (bench/batch.bench.ts). So a batch stays in this thread below
 * 2 × this many rows.
 */
export const MIN_ROWS_PER_THREAD = 250;

/** Threads for `rows` rows, this one included: one per core, fewer when there are not enough rows to pay for them; 0 for this one only. */
export function threadCount(rows: number, cores = availableParallelism()): number {
    const threads = Math.min(cores, Math.floor(rows / MIN_ROWS_PER_THREAD));
    return threads >= 2 ? threads : 0;
}

/**
 * Fills, validates and renders the template once per row; reports and writes in row order,
 * each document atomically once it rendered fully. Errors of the template itself are allowed
 * only with `draft`; errors a row's values add fail that row. The output (files, lines, progress,
 * result) is the same whether rows are processed in this thread or in worker threads.
 */
export async function runBatch(run: BatchRun): Promise<BatchResult> {
    const processor = new RowProcessor({
        services: run.services, template: run.template, templateLabel: run.templateLabel, dataLabel: run.dataLabel, formats: run.formats,
        ...(run.lang !== undefined ? { lang: run.lang } : {}),
        ...(run.agreementLang !== undefined ? { agreementLang: run.agreementLang } : {}),
        ...(run.draft !== undefined ? { draft: run.draft } : {})
    });
    const names = rowFileNames(run.data, processor.fields, run.nameColumn);
    const targets = names.map(name => run.formats.map(format => join(run.outDir, `${name}.${BATCH_FORMATS[format].extension}`)));
    const written: string[] = [];
    const failed: number[] = [];
    const progress = run.progress;
    const report = (lines: readonly string[]) => {
        if (lines.length === 0) return;
        if (progress) progress.interrupt(() => lines.forEach(run.report));
        else lines.forEach(run.report);
    };
    const threads = run.workers ? run.threads ?? threadCount(run.data.rows.length) : 0;
    // This thread takes rows too: `threads` threads in all, `threads - 1` of them workers.
    const outcomes = run.workers && threads >= 2
        ? poolOutcomes(run.workers.file, threads - 1, workerSettings(run), run.data.rows, row => processor.process(row))
        : inThisThread(processor, run.data.rows);
    try {
        let index = 0;
        for await (const outcome of outcomes) {
            report(outcome.lines);
            if (outcome.contents) write(outcome, targets[index]!);
            else failed.push(outcome.number);
            progress?.tick();
            index++;
        }
    } finally {
        await processor.close();
    }
    return { written, failed };

    function write(outcome: RowOutcome, paths: readonly string[]): void {
        for (const [i, content] of outcome.contents!.entries()) {
            try {
                writeFileAtomic(paths[i]!, content, { overwrite: run.force === true });
                written.push(paths[i]!);
            } catch (error) {
                // A folder that cannot take files fails every row: stop (exit 2); a file that
                // appeared since the run began fails its row (its other formats are not written).
                if (error instanceof FileError && error.reason !== say('write.exists')) throw error;
                failed.push(outcome.number);
                report([say('batch.rowNotGenerated', { at: `${run.dataLabel}:${outcome.number}`, reason: error instanceof Error ? error.message : String(error) })]);
                return;
            }
        }
    }
}

/** The rows processed one by one in this thread. */
async function* inThisThread(processor: RowProcessor, rows: readonly DataRow[]): AsyncGenerator<RowOutcome> {
    for (const row of rows) {
        yield await processor.process(row);
        // Let the event loop run: a signal (Ctrl+C, cancel in VS Code) is handled between rows.
        await new Promise(resolve => setImmediate(resolve));
    }
}

/** What a worker thread needs to process rows as this thread would. */
function workerSettings(run: BatchRun): WorkerSettings {
    const template = run.template;
    return {
        ...run.workers!.settings,
        templateUri: template.document.uri.toString(),
        templateText: template.document.textDocument.getText(),
        templateDiagnostics: JSON.stringify(template.diagnostics),
        templateLabel: run.templateLabel,
        dataLabel: run.dataLabel,
        formats: run.formats,
        ...(run.lang !== undefined ? { lang: run.lang } : {}),
        ...(run.agreementLang !== undefined ? { agreementLang: run.agreementLang } : {}),
        draft: run.draft === true
    };
}

/** `3 generated, 2 failed (rows 4, 6)`; long lists of rows are cut after 20. */
export function batchSummary(result: BatchResult): string {
    const { failed } = result;
    const summary = say('batch.summary', { written: result.written.length, failed: failed.length });
    if (failed.length === 0) return summary;
    const shown = failed.slice(0, 20).join(', ');
    const rows = failed.length > 20 ? say('batch.summaryMore', { rows: shown, more: failed.length - 20 }) : shown;
    return say(failed.length === 1 ? 'batch.summaryRow' : 'batch.summaryRows', { summary, rows });
}
