/** Where a command writes; tests capture it, the binary writes to the process streams. */
export interface Output {
    stdout(line: string): void;
    stderr(line: string): void;
}

export const processOutput: Output = {
    stdout: line => process.stdout.write(`${line}\n`),
    stderr: line => process.stderr.write(`${line}\n`)
};
