import { runCli } from './cli.js';

// The `dpa` binary (bundled to dist/cli.cjs).
void runCli(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
