import { relative, resolve } from 'node:path';
import { createDpaServices, isFullyChecked, type MessageLanguage } from '@dpa/language';
import { NodeFileSystem } from 'langium/node';
import { registerCsv, registerRecords, type RegisterRecord } from '@dpa/generator';
import { collectDpaFiles, UsageError } from '../files.js';
import { terminalSafeJson, type Output } from '../output.js';
import { formatText } from '../diagnostics.js';
import { checkSources } from '../sources.js';
import { applySettings, parseCommand, SETTINGS_HELP } from '../settings.js';
import { writeFileAtomic } from '../write-file.js';

export const REGISTER_HELP = `Usage: dpa register <files or folders…> [options]

Derives the processor's record of processing activities (Art. 30(2) AVG) from agreements:
one row per processing activity, with processor and controller (contact, DPO), agreement,
activity, purposes and operations, data categories, data subjects, locations, transfers outside
the EEA (country, recipient, mechanism; "none" otherwise), security measures and retention.
Folders are searched recursively for .dpa files.

Template agreements are skipped (with a note). Agreements with errors are included as written
(the register records what was agreed) with a warning; agreements with syntax errors are
skipped (exit 1), as are files that are not valid UTF-8 text.

Options:
  --format csv|json      csv (default): RFC 4180, UTF-8, a header row, fixed columns; a cell
                         starting with = + - @ (or their full-width forms), a tab or a CR
                         gets a ' in front, so a spreadsheet shows it as text, never as a formula;
                         json: an array of records, one per processing activity
  --out <file>           write to a file (whole or not at all) instead of stdout
${SETTINGS_HELP}
                         (--lang also sets the language of countries, mechanisms, retention)
  -h, --help             show this help

Rows are ordered by controller, then file, then the order of the activities in the file.
Exit codes: 0 written, 1 written but an agreement was skipped for syntax errors, 2 usage error.`;

function displayPath(path: string): string {
    return relative(process.cwd(), path) || path;
}

export async function registerCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' }
    }, REGISTER_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (values.format !== 'csv' && values.format !== 'json') throw new UsageError(`Unknown format '${values.format}': use csv or json.`);
    if (positionals.length === 0) throw new UsageError('Name at least one .dpa file or folder.');
    const files = collectDpaFiles(positionals);
    if (files.length === 0) throw new UsageError(`No .dpa files in ${positionals.join(', ')}.`);

    const { Dpa } = createDpaServices(NodeFileSystem);
    applySettings(Dpa, values.lang ?? 'en', values.rule);
    const lang = (values.lang ?? 'en') as MessageLanguage;
    const records: { controller: string; file: string; index: number; record: RegisterRecord }[] = [];
    let skipped = 0;
    let agreements = 0;
    const { results, problems } = await checkSources(Dpa, files);
    for (const problem of problems) {
        out.stderr(formatText(problem));
        out.stderr(`${problem.file}: skipped: not a readable .dpa text file`);
        skipped++;
    }
    for (const result of results) {
        const file = displayPath(result.document.uri.fsPath);
        const agreement = result.agreement;
        if (!agreement || result.document.parseResult.parserErrors.length > 0) {
            out.stderr(`${file}: skipped: syntax errors (see dpa validate ${file})`);
            skipped++;
            continue;
        }
        if (agreement.template) {
            out.stderr(`${file}: note: template agreement, skipped (a register describes concrete agreements)`);
            continue;
        }
        const errors = result.diagnostics.filter(d => d.severity === 1).length;
        if (!isFullyChecked(result.diagnostics)) out.stderr(`${file}: warning: not fully checked; included as written (see dpa validate ${file})`);
        if (errors > 0) out.stderr(`${file}: warning: ${errors} error(s) in the agreement; included as written (see dpa validate ${file})`);
        const rows = registerRecords(agreement, { lang, source: file });
        if (rows.length === 0) out.stderr(`${file}: note: no processing activities`);
        agreements++;
        rows.forEach((record, index) => records.push({ controller: record.controller?.name ?? '', file, index, record }));
    }
    // Deterministic: by controller (code-point order, not locale), then file, then source order.
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    records.sort((a, b) => compare(a.controller, b.controller) || compare(a.file, b.file) || a.index - b.index);
    const sorted = records.map(r => r.record);

    const text = values.format === 'json' ? `${terminalSafeJson(JSON.stringify(sorted, null, 2))}\n` : registerCsv(sorted, lang);
    if (values.out !== undefined) {
        const target = resolve(values.out);
        writeFileAtomic(target, text);
        out.stderr(`Wrote ${displayPath(target)}: ${sorted.length} processing activit${sorted.length === 1 ? 'y' : 'ies'} from ${agreements} agreement(s).`);
    } else {
        // The output line adds the final '\n' (CSV: completing the last CRLF).
        if (out.data) out.data(text.slice(0, -1));
        else out.stdout(text.slice(0, -1));
    }
    return skipped > 0 ? 1 : 0;
}
