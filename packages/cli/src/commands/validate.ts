import { formatText, reportedDiagnostics, reportedPath, validateOutcome, type ReportedDiagnostic } from '../diagnostics.js';
import { dpaInputFiles } from '../files.js';
import { say } from '../messages.js';
import { terminalSafeJson, type Output } from '../output.js';
import { commandServices, formatOption, parseCommand, SETTINGS_HELP } from '../settings.js';
import { checkSources } from '../sources.js';

export const VALIDATE_HELP = say('help.validate', { settings: SETTINGS_HELP });

export async function validateCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'text' }
    }, VALIDATE_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const format = formatOption(values.format, ['text', 'json']);
    const files = dpaInputFiles(positionals);
    const { Dpa } = commandServices(values);
    const { results, problems } = await checkSources(Dpa, files);
    // In the order of the files: a file that could not be read shows its problem in its place.
    const byFile = new Map<string, ReportedDiagnostic[]>(files.map(file => [reportedPath(file), []]));
    for (const d of [...problems, ...reportedDiagnostics(results)]) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    const diagnostics = [...byFile.values()].flat();
    const outcome = validateOutcome(files.length, diagnostics);
    if (format === 'json') {
        const json = terminalSafeJson(JSON.stringify(diagnostics, null, 2));
        if (out.data) out.data(json);
        else out.stdout(json);
    } else {
        for (const d of diagnostics) out.stdout(formatText(d));
        out.stderr(outcome.summary);
    }
    return outcome.code;
}
