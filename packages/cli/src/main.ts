import { runCli } from './cli.js';
import { removeTemporariesOnSignal } from './write-file.js';

// The `dpa` binary (bundled to dist/cli.cjs). Ctrl+C or a kill leaves no temporary file behind.
removeTemporariesOnSignal();
void runCli(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
