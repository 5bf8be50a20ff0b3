import { batchWorkerSettings, startBatchWorker } from './batch/worker.js';
import { runCli } from './cli.js';
import { removeTemporariesOnSignal } from './write-file.js';

// The `dpa` binary (bundled to dist/cli.cjs). Ctrl+C or a kill leaves no temporary file behind.
// Loaded in a worker thread by `dpa batch` (batch/pool.ts), the same file is a batch worker.
const worker = batchWorkerSettings();
if (worker) {
    startBatchWorker(worker);
} else {
    removeTemporariesOnSignal();
    void runCli(process.argv.slice(2)).then(code => {
        process.exitCode = code;
    });
}
