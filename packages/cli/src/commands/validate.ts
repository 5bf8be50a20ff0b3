import { parseArgs } from 'node:util';
import { checkFiles, createDpaServices } from '@dpa/language';
import { NodeFileSystem } from 'langium/node';
import { formatText, reportedDiagnostics } from '../diagnostics.js';
import { collectDpaFiles, UsageError } from '../files.js';
import type { Output } from '../output.js';
import { applySettings, SETTINGS_HELP } from '../settings.js';

export const VALIDATE_HELP = `Usage: dpa validate <files or folders…> [options]

Checks .dpa agreements: syntax, references and the legal rules. Folders are searched
recursively for .dpa files.

Options:
  --format text|json   text: one line per diagnostic, "file:line:col severity code message"
                       (default); json: an array of diagnostics
${SETTINGS_HELP}
  -h, --help           show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`;

export async function validateCommand(args: readonly string[], out: Output): Promise<number> {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'text' },
            lang: { type: 'string', default: 'en' },
            rule: { type: 'string', multiple: true, default: [] },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help) {
        out.stdout(VALIDATE_HELP);
        return 0;
    }
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Unknown format '${values.format}': use text or json.`);
    if (positionals.length === 0) throw new UsageError('Name at least one .dpa file or folder.');
    const files = collectDpaFiles(positionals);
    if (files.length === 0) throw new UsageError(`No .dpa files in ${positionals.join(', ')}.`);

    const { Dpa } = createDpaServices(NodeFileSystem);
    applySettings(Dpa, values.lang, values.rule);
    const diagnostics = reportedDiagnostics(await checkFiles(Dpa, files));
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    if (values.format === 'json') {
        out.stdout(JSON.stringify(diagnostics, null, 2));
    } else {
        for (const d of diagnostics) out.stdout(formatText(d));
        const warnings = diagnostics.filter(d => d.severity === 'warning').length;
        out.stderr(`${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${diagnostics.length - errors - warnings} other.`);
    }
    return errors > 0 ? 1 : 0;
}
