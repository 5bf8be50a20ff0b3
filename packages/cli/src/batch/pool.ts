import { Worker } from 'node:worker_threads';
import type { Lang } from '@dpa/language';
import type { DataRow } from '../data-rows.js';
import { say } from '../messages.js';
import type { BatchFormatName } from './formats.js';
import type { RowOutcome } from './row.js';

/*
 * Rows spread over worker threads. Each worker runs the bundled CLI (dist/cli.cjs starts as a
 * batch worker when it is loaded in a worker thread with BATCH_WORKER in its workerData, see
 * worker.ts), makes its own language services with the run's settings and checks the template
 * itself (refusing to go on if its diagnostics differ from this thread's). Rows go out in chunks;
 * outcomes come back with the rendered contents, and are handed on in row order, so that this
 * thread reports, writes (atomically, as ever) and counts progress exactly as a sequential run.
 * At most WINDOW chunks per thread are ahead of the one being written: memory stays bounded.
 *
 * Hand-written on node:worker_threads rather than tinypool (tried, then removed): tinypool starts
 * its workers from its own files, found through `import.meta.url` (`entry/worker.js` beside
 * `dist/index.js`), which a single-file CommonJS bundle does not have; shipping them would mean
 * more files in the .vsix and a patched path. What is needed here (fixed threads, ordered
 * chunks, a clear error when a thread dies) is this file.
 */

/** The key of the workerData that makes the CLI bundle start as a batch worker. */
export const BATCH_WORKER = 'dpaBatchWorker';

/** What a worker needs to make the services, check the template and process rows as this thread does. */
export interface WorkerSettings {
    /** `--lang` and `--rule` as given (applied by the worker as commandServices does). */
    readonly serviceLang: string;
    readonly rules: readonly string[];
    readonly templateUri: string;
    readonly templateText: string;
    /** The template's diagnostics in this thread, as JSON: the worker's must be the same. */
    readonly templateDiagnostics: string;
    readonly templateLabel: string;
    readonly dataLabel: string;
    readonly formats: readonly BatchFormatName[];
    readonly lang?: Lang;
    readonly agreementLang?: Lang;
    readonly draft: boolean;
}

/** Messages between this thread and a worker. */
export interface ChunkTask {
    readonly chunk: number;
    readonly rows: readonly DataRow[];
}
export type ChunkReply = { readonly chunk: number; readonly outcomes: readonly RowOutcome[] } | { readonly chunk: number; readonly error: string };

/** Chunks per thread (this one included) that may be done or under way ahead of the one being written. */
const WINDOW = 4;
/** Rows per chunk: enough to make a message cheap, few enough to keep the threads evenly busy. */
const MAX_CHUNK = 16;

interface Pending {
    readonly promise: Promise<readonly RowOutcome[]>;
    resolve(outcomes: readonly RowOutcome[]): void;
    reject(error: Error): void;
}

function pending(): Pending {
    let resolve!: (outcomes: readonly RowOutcome[]) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<readonly RowOutcome[]>((yes, no) => {
        resolve = yes;
        reject = no;
    });
    // Rejections are seen by whoever awaits the chunk; one nobody awaits is not an unhandled one.
    promise.catch(() => {});
    return { promise, resolve, reject };
}

/** Processes one row in this thread. */
export type LocalProcessor = (row: DataRow) => Promise<RowOutcome>;

/**
 * The rows' outcomes in row order, computed by `threads` worker threads running `file` and, when
 * `local` is given, by this thread too (it is warm: it takes the first chunks while the workers
 * start, which costs each a few hundred milliseconds of loading and checking the template).
 */
export async function* poolOutcomes(file: string, threads: number, settings: WorkerSettings, rows: readonly DataRow[], local?: LocalProcessor): AsyncGenerator<RowOutcome> {
    const slots = threads + (local ? 1 : 0);
    const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(rows.length / (slots * 8))));
    const chunks: DataRow[][] = [];
    for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
    // A chunk's outcomes (with its rendered files) are let go of once written: memory stays bounded.
    const results: (Pending | undefined)[] = chunks.map(() => pending());
    const rowsOf = (chunk: number) => {
        const of = chunks[chunk]!;
        return of.length === 1 ? `${of[0]!.number}` : `${of[0]!.number}–${of.at(-1)!.number}`;
    };
    let next = 0;
    let head = 0;
    let failure: Error | undefined;
    const workers: { worker: Worker; busy: number | undefined }[] = [];
    const fail = (error: Error) => {
        failure ??= error;
        for (const result of results) result?.reject(failure);
    };
    let closing = false;
    const free = () => !failure && !closing && next < chunks.length && next < head + WINDOW * slots;
    /** The chunk this thread is processing, if any (awaited before the workers are stopped). */
    let localTask: Promise<void> | undefined;
    const pump = () => {
        if (local && !localTask && free()) localTask = runLocally(next++, local);
        for (const slot of workers) {
            if (slot.busy !== undefined || !free()) continue;
            slot.busy = next++;
            slot.worker.postMessage({ chunk: slot.busy, rows: chunks[slot.busy]! } satisfies ChunkTask);
        }
    };
    const runLocally = async (chunk: number, process: LocalProcessor) => {
        try {
            const outcomes: RowOutcome[] = [];
            for (const row of chunks[chunk]!) {
                outcomes.push(await process(row));
                // Let the workers' replies and a signal (Ctrl+C) in between rows.
                await new Promise(resolve => setImmediate(resolve));
                if (closing) return;
            }
            results[chunk]?.resolve(outcomes);
        } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)));
        }
        localTask = undefined;
        pump();
    };
    for (let i = 0; i < threads; i++) {
        const worker = new Worker(file, { workerData: { [BATCH_WORKER]: settings }, stdout: false, stderr: false });
        const slot = { worker, busy: undefined as number | undefined };
        worker.on('message', (reply: ChunkReply) => {
            slot.busy = undefined;
            if ('error' in reply) fail(new Error(say('batch.workerFailed', { rows: rowsOf(reply.chunk), reason: reply.error })));
            else results[reply.chunk]?.resolve(reply.outcomes);
            pump();
        });
        const died = (reason: string) => {
            if (closing) return;
            const at = slot.busy;
            fail(new Error(say('batch.workerFailed', { rows: at === undefined ? '—' : rowsOf(at), reason })));
        };
        worker.on('error', error => died(error.message));
        worker.on('exit', code => died(say('batch.workerExited', { code })));
        workers.push(slot);
    }
    try {
        pump();
        for (; head < chunks.length; head++) {
            const outcomes = await results[head]!.promise;
            results[head] = undefined;
            pump();
            yield* outcomes;
        }
    } finally {
        closing = true;
        await localTask;
        await Promise.all(workers.map(slot => slot.worker.terminate()));
    }
}
