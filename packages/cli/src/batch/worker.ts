import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkTexts } from '@dpa/language';
import { commandServices } from '../settings.js';
import { BATCH_WORKER, type ChunkReply, type ChunkTask, type WorkerSettings } from './pool.js';
import { RowProcessor, type RowOutcome } from './row.js';

// A batch worker thread (see pool.ts): the bundled CLI started in a worker thread with
// BATCH_WORKER in its workerData processes the chunks of rows it is sent, one at a time.

/** The settings when this thread is a batch worker, else undefined. */
export function batchWorkerSettings(): WorkerSettings | undefined {
    if (isMainThread || parentPort === null || typeof workerData !== 'object' || workerData === null) return undefined;
    return (workerData as Record<string, WorkerSettings | undefined>)[BATCH_WORKER];
}

/** The processor of this worker: its own services, and the template checked as the CLI's thread checked it. */
async function createProcessor(settings: WorkerSettings): Promise<RowProcessor> {
    const { Dpa } = commandServices({ lang: settings.serviceLang, rule: [...settings.rules] });
    const [template] = await checkTexts(Dpa, [{ uri: settings.templateUri, text: settings.templateText }]);
    if (!template || JSON.stringify(template.diagnostics) !== settings.templateDiagnostics) {
        throw new Error('the template checks differently in a worker thread');
    }
    return new RowProcessor({
        services: Dpa, template, templateLabel: settings.templateLabel, dataLabel: settings.dataLabel, formats: settings.formats,
        ...(settings.lang !== undefined ? { lang: settings.lang } : {}),
        ...(settings.agreementLang !== undefined ? { agreementLang: settings.agreementLang } : {}),
        draft: settings.draft
    });
}

/** The buffers of the binary contents, moved rather than copied to the CLI's thread. */
function transferable(outcomes: readonly RowOutcome[]): ArrayBuffer[] {
    const buffers: ArrayBuffer[] = [];
    for (const outcome of outcomes) {
        for (const content of outcome.contents ?? []) {
            if (typeof content === 'string') continue;
            const buffer = content.buffer;
            if (buffer instanceof ArrayBuffer && content.byteOffset === 0 && content.byteLength === buffer.byteLength && !buffers.includes(buffer)) buffers.push(buffer);
        }
    }
    return buffers;
}

/** Processes the chunks this worker is sent, in order; an unexpected error is sent back as the chunk's error. */
export function startBatchWorker(settings: WorkerSettings): void {
    const port = parentPort!;
    let processor: Promise<RowProcessor> | undefined;
    let queue = Promise.resolve();
    port.on('message', (task: ChunkTask) => {
        queue = queue.then(async () => {
            let reply: ChunkReply;
            try {
                processor ??= createProcessor(settings);
                const rows = await processor;
                const outcomes: RowOutcome[] = [];
                for (const row of task.rows) outcomes.push(await rows.process(row));
                reply = { chunk: task.chunk, outcomes };
                port.postMessage(reply, transferable(outcomes));
            } catch (error) {
                reply = { chunk: task.chunk, error: error instanceof Error ? error.message : String(error) };
                port.postMessage(reply);
            }
        });
    });
}
