import { resolve } from 'node:path';
import { isFullyChecked } from '@dpa/language';
import { registerCsv, registerRecords, type RegisterRecord } from '@dpa/generator';
import { dpaInputFiles } from '../files.js';
import { say } from '../messages.js';
import { terminalSafeJson, type Output } from '../output.js';
import { formatText, reportedPath } from '../diagnostics.js';
import { checkSources } from '../sources.js';
import { commandServices, formatOption, parseCommand, SETTINGS_HELP } from '../settings.js';
import { writeFileAtomic } from '../write-file.js';

export const REGISTER_HELP = say('help.register', { settings: SETTINGS_HELP });

export async function registerCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' }
    }, REGISTER_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const format = formatOption(values.format, ['csv', 'json']);
    const files = dpaInputFiles(positionals);
    const { Dpa, lang } = commandServices(values);
    const records: { controller: string; file: string; index: number; record: RegisterRecord }[] = [];
    let skipped = 0;
    let agreements = 0;
    const { results, problems } = await checkSources(Dpa, files);
    for (const problem of problems) {
        out.stderr(formatText(problem));
        out.stderr(say('register.unreadable', { file: problem.file }));
        skipped++;
    }
    for (const result of results) {
        const file = reportedPath(result.document.uri.fsPath);
        const agreement = result.agreement;
        if (!agreement || result.document.parseResult.parserErrors.length > 0) {
            out.stderr(say('register.syntaxErrors', { file }));
            skipped++;
            continue;
        }
        if (agreement.template) {
            out.stderr(say('register.template', { file }));
            continue;
        }
        const errors = result.diagnostics.filter(d => d.severity === 1).length;
        if (!isFullyChecked(result.diagnostics)) out.stderr(say('register.notFullyChecked', { file }));
        if (errors > 0) out.stderr(say('register.errors', { file, errors }));
        const rows = registerRecords(agreement, { lang, source: file });
        if (rows.length === 0) out.stderr(say('register.noActivities', { file }));
        agreements++;
        rows.forEach((record, index) => records.push({ controller: record.controller?.name ?? '', file, index, record }));
    }
    // Deterministic: by controller (code-point order, not locale), then file, then source order.
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    records.sort((a, b) => compare(a.controller, b.controller) || compare(a.file, b.file) || a.index - b.index);
    const sorted = records.map(r => r.record);

    const text = format === 'json' ? `${terminalSafeJson(JSON.stringify(sorted, null, 2))}\n` : registerCsv(sorted, lang);
    if (values.out !== undefined) {
        const target = resolve(values.out);
        writeFileAtomic(target, text);
        out.stderr(say(sorted.length === 1 ? 'register.wroteOne' : 'register.wroteMany', { target: reportedPath(target), count: sorted.length, agreements }));
    } else {
        // The output line adds the final '\n' (CSV: completing the last CRLF).
        if (out.data) out.data(text.slice(0, -1));
        else out.stdout(text.slice(0, -1));
    }
    return skipped > 0 ? 1 : 0;
}
