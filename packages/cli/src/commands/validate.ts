import { createDpaServices } from '@dpa/language';
import { NodeFileSystem } from 'langium/node';
import { formatText, reportedDiagnostics, reportedPath, validateOutcome, type ReportedDiagnostic } from '../diagnostics.js';
import { collectDpaFiles, UsageError } from '../files.js';
import { terminalSafeJson, type Output } from '../output.js';
import { applySettings, parseCommand, SETTINGS_HELP } from '../settings.js';
import { checkSources } from '../sources.js';

export const VALIDATE_HELP = `Usage: dpa validate <files or folders…> [options]

Checks .dpa agreements: syntax, references and the legal rules. Folders are searched
recursively for .dpa files.

Options:
  --format text|json   text: one line per diagnostic, "file:line:col severity code message"
                       (default); json: an array of diagnostics
${SETTINGS_HELP}
  -h, --help           show this help

A file that is not valid UTF-8, or binary, is an error at the first bad byte (file:line:col).
Exit codes: 0 no errors (warnings allowed), 1 errors found or a file not fully checked
(validation-failed, validation-skipped), 2 usage error or a file that cannot be read.`;

export async function validateCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'text' }
    }, VALIDATE_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Unknown format '${values.format}': use text or json.`);
    if (positionals.length === 0) throw new UsageError('Name at least one .dpa file or folder.');
    const files = collectDpaFiles(positionals);
    if (files.length === 0) throw new UsageError(`No .dpa files in ${positionals.join(', ')}.`);

    const { Dpa } = createDpaServices(NodeFileSystem);
    applySettings(Dpa, values.lang ?? 'en', values.rule);
    const { results, problems } = await checkSources(Dpa, files);
    // In the order of the files: a file that could not be read shows its problem in its place.
    const byFile = new Map<string, ReportedDiagnostic[]>(files.map(file => [reportedPath(file), []]));
    for (const d of [...problems, ...reportedDiagnostics(results)]) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    const diagnostics = [...byFile.values()].flat();
    const outcome = validateOutcome(files.length, diagnostics);
    if (values.format === 'json') {
        const json = terminalSafeJson(JSON.stringify(diagnostics, null, 2));
        if (out.data) out.data(json);
        else out.stdout(json);
    } else {
        for (const d of diagnostics) out.stdout(formatText(d));
        out.stderr(outcome.summary);
    }
    return outcome.code;
}
