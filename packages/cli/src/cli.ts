import { batchCommand, BATCH_HELP } from './commands/batch.js';
import { generateCommand, GENERATE_HELP } from './commands/generate.js';
import { registerCommand, REGISTER_HELP } from './commands/register.js';
import { validateCommand, VALIDATE_HELP } from './commands/validate.js';
import { FileError, UsageError } from './files.js';
import { processOutput, type Output } from './output.js';

const HELP = `dpa — data processing agreements (verwerkersovereenkomsten) as code

Usage: dpa <command> [options]

Commands:
  validate <files or folders…>   check agreements; exit 1 on errors
  generate <file.dpa>            write the Dutch agreement as Markdown or HTML
  batch <template.dpa> <rows>    one agreement per row of a CSV or JSON file
  register <files or folders…>   the processor's record of processing (Art. 30(2)), CSV or JSON

Run 'dpa <command> --help' for the options of a command.`;

const COMMANDS: Record<string, { run: (args: readonly string[], out: Output) => Promise<number>; help: string }> = {
    validate: { run: validateCommand, help: VALIDATE_HELP },
    generate: { run: generateCommand, help: GENERATE_HELP },
    batch: { run: batchCommand, help: BATCH_HELP },
    register: { run: registerCommand, help: REGISTER_HELP }
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
        out.stderr(`Unknown command '${name}'.\n\n${HELP}`);
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
