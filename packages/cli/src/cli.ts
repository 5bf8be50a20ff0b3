import { batchCommand, BATCH_HELP } from './commands/batch.js';
import { diffCommand, DIFF_HELP } from './commands/diff.js';
import { generateCommand, GENERATE_HELP } from './commands/generate.js';
import { importCommand, IMPORT_HELP, reviewCommand, REVIEW_HELP } from './commands/import.js';
import { registerCommand, REGISTER_HELP } from './commands/register.js';
import { validateCommand, VALIDATE_HELP } from './commands/validate.js';
import { FileError, UsageError } from './files.js';
import { say } from './messages.js';
import { processOutput, type Output } from './output.js';

const HELP = say('help.main');

const COMMANDS: Record<string, { run: (args: readonly string[], out: Output) => Promise<number>; help: string }> = {
    validate: { run: validateCommand, help: VALIDATE_HELP },
    generate: { run: generateCommand, help: GENERATE_HELP },
    batch: { run: batchCommand, help: BATCH_HELP },
    register: { run: registerCommand, help: REGISTER_HELP },
    diff: { run: diffCommand, help: DIFF_HELP },
    import: { run: importCommand, help: IMPORT_HELP },
    review: { run: reviewCommand, help: REVIEW_HELP }
};

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], out: Output = processOutput): Promise<number> {
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        out.stdout(HELP);
        return name === undefined ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        out.stderr(`${say('usage.unknownCommand', { name })}\n\n${HELP}`);
        return 2;
    }
    try {
        return await command.run(args, out);
    } catch (error) {
        if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
            out.stderr(`${error.message}\n\n${command.help}`);
            return 2;
        }
        if (error instanceof FileError) {
            out.stderr(`dpa ${name}: ${error.message}`);
            return 2;
        }
        out.stderr(`dpa ${name}: ${error instanceof Error ? error.message : String(error)}`);
        return 2;
    }
}
