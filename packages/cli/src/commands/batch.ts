import { resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createDpaServices, isFullyChecked, type MessageLanguage } from '@dpa/language';
import { DataFileError, readDataFile, type DataFile } from '../data-rows.js';
import { formatText, toReported } from '../diagnostics.js';
import { checkSources } from '../sources.js';
import { requireFile, UsageError } from '../files.js';
import { processOutput, type Output } from '../output.js';
import { createLineProgress, createProgress } from '../progress.js';
import { applySettings, parseCommand, SETTINGS_HELP } from '../settings.js';
import { templateFields } from '../batch/fields.js';
import { BATCH_FORMATS, isBatchFormat } from '../batch/formats.js';
import { rowTargets } from '../batch/naming.js';
import { displayPath, existingFilesRefusal, prepareOutputFolder } from '../batch/output-folder.js';
import { batchSummary, isError, runBatch } from '../batch/run.js';

// `dpa batch`: parses the options and wires the parts in `../batch/` (formats, fields, row
// checks, naming, output folder, run). Their exports are re-exported here.
export { BATCH_FORMATS, type BatchFormat, type BatchFormatName, type RenderOptions } from '../batch/formats.js';
export { templateFields, type TemplateField } from '../batch/fields.js';
export { rowValues, type RowProblem } from '../batch/row-checks.js';
export { rowFileNames, rowTargets, slugify, uniqueNames, WINDOWS_RESERVED_NAMES } from '../batch/naming.js';
export { batchSummary, runBatch, type BatchResult, type BatchRun } from '../batch/run.js';

export const BATCH_HELP = `Usage: dpa batch <template.dpa> <rows.csv|rows.json> [options]

Generates one agreement per row from a template agreement: each row fills the template's
parameters (CSV: a header row naming them, "," or ";" separated; JSON: an array of objects).
A row is checked first (required fields, KvK numbers, dates, country codes; text without
control characters, text-direction overrides or {{fields}}), then filled in as literals, never
as source, and validated; a row with problems is reported as
"rows.csv:<line>: <field>: <message>" and skipped. A CSV file that is not UTF-8 is read as
Windows-1252 (with a note). Each document is written whole or not at all; temporary files of
an interrupted run are removed by the next one.

Options:
  ${`--format ${Object.keys(BATCH_FORMATS).join('|')}`.padEnd(23)}output format (default: md)
  --out <dir>            output folder (default: the current folder)
  --name-column <col>    the column that names each file (default: the first parameter),
                         e.g. "Bakkerij De Korst" -> bakkerij-de-korst.md; duplicates and
                         names Windows reserves (con, nul, com1, …) get -2, -3
  --draft                generate although the template itself has errors; the documents say
                         they are drafts (rows that add errors are still skipped; a template
                         that was not fully checked is refused even so)
  --force                overwrite files that already exist in the output folder; without
                         it, nothing is written when any row's file exists (exit 2)
  --progress auto|lines|none
                         auto: a bar on a terminal; lines: "progress <done>/<total>" lines on
                         stderr, for programs (the VS Code command reads them)
${SETTINGS_HELP}
  -h, --help             show this help

A progress bar is drawn on stderr when it is a terminal. Exit codes: 0 all rows generated,
1 any row failed or the template has errors, 2 usage error (missing file, malformed CSV/JSON,
files that exist without --force, an output folder that cannot be written).`;

export async function batchCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'md' },
        out: { type: 'string', default: '.' },
        'name-column': { type: 'string' },
        draft: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        progress: { type: 'string', default: 'auto' }
    }, BATCH_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const format = values.format;
    if (!isBatchFormat(format)) throw new UsageError(`Unknown format '${format}': use ${Object.keys(BATCH_FORMATS).join(' or ')}.`);
    if (positionals.length !== 2) throw new UsageError('Name a template .dpa file and a .csv or .json file with one row per agreement.');
    const [templatePath, dataPath] = positionals as [string, string];
    if (!['auto', 'lines', 'none'].includes(values.progress)) throw new UsageError(`--progress expects auto, lines or none, got '${values.progress}'.`);
    requireFile(templatePath, 'template file');
    requireFile(dataPath, 'data file');
    const templateLabel = displayPath(templatePath);
    const dataLabel = displayPath(dataPath);

    let data: DataFile;
    try {
        data = readDataFile(dataPath);
    } catch (error) {
        if (!(error instanceof DataFileError)) throw error;
        out.stderr(`${dataLabel}${error.line !== undefined ? `:${error.line}` : ''}: ${error.reason}`);
        return 2;
    }
    if (data.encoding === 'windows-1252') out.stderr(`${dataLabel}: note: not valid UTF-8; read as Windows-1252 (as Excel saves CSV). Save it as "CSV UTF-8" to be sure.`);

    const { Dpa } = createDpaServices(NodeFileSystem);
    applySettings(Dpa, values.lang ?? 'en', values.rule);
    const lang = (values.lang ?? 'en') as MessageLanguage;
    const { results: [template], problems } = await checkSources(Dpa, [resolve(templatePath)]);
    if (problems[0] !== undefined) {
        for (const problem of problems) out.stderr(formatText(problem));
        out.stderr(`Not generated: ${templateLabel} cannot be read as a .dpa text file.`);
        return 1;
    }
    const agreement = template?.agreement;
    if (!template || !agreement || template.document.parseResult.parserErrors.length > 0) {
        for (const d of template?.diagnostics.filter(isError) ?? []) out.stderr(formatText(toReported(templateLabel, d)));
        out.stderr(`Not generated: ${templateLabel} has syntax errors.`);
        return 1;
    }
    if (!agreement.template) throw new UsageError(`${templateLabel} is not a template ('template agreement …'); use dpa generate for a single agreement.`);
    const templateErrors = template.diagnostics.filter(isError);
    if (!isFullyChecked(template.diagnostics)) {
        for (const d of template.diagnostics) out.stderr(formatText(toReported(templateLabel, d)));
        out.stderr(`Not generated: the template ${templateLabel} was not fully checked; not even as drafts. Simplify or split it.`);
        return 1;
    }
    if (templateErrors.length > 0 && !values.draft) {
        for (const d of templateErrors) out.stderr(formatText(toReported(templateLabel, d)));
        out.stderr(`Not generated: ${templateErrors.length} error(s) in the template ${templateLabel}. Fix them, or use --draft to generate drafts.`);
        return 1;
    }

    // The columns against the template's fields.
    const fields = templateFields(template.document);
    const nameColumn = values['name-column'] ?? fields[0]?.name;
    if (nameColumn === undefined) throw new UsageError(`${templateLabel} declares no parameters; name the file column with --name-column.`);
    const columns = new Set(data.columns);
    const at = data.kind === 'csv' ? `${dataLabel}:1` : dataLabel;
    const missing = fields.filter(f => f.required && !columns.has(f.name)).map(f => f.name);
    if (missing.length > 0) {
        out.stderr(`${at}: missing ${data.kind === 'csv' ? 'column' : 'key'}(s) for required field(s): ${missing.join(', ')} (the template's parameters: ${fields.map(f => f.name).join(', ')})`);
        return 2;
    }
    if (!columns.has(nameColumn) && !fields.some(f => f.name === nameColumn)) {
        throw new UsageError(`--name-column ${nameColumn}: no such column in ${dataLabel}.`);
    }
    const known = new Set(fields.map(f => f.name));
    for (const column of data.columns) {
        if (!known.has(column) && column !== nameColumn) out.stderr(`${at}: note: '${column}' is not a parameter of the template; ignored`);
    }
    if (data.rows.length === 0) {
        out.stderr(`${dataLabel}: no rows to generate.`);
        return 2;
    }
    // Nothing is overwritten without --force: checked for every row before anything is written.
    const outDir = resolve(values.out);
    prepareOutputFolder(outDir);
    const targets = rowTargets(data, fields, nameColumn, outDir, format);
    const refusal = existingFilesRefusal(targets, outDir);
    if (refusal !== undefined && !values.force) {
        out.stderr(refusal);
        return 2;
    }
    if (templateErrors.length > 0) {
        out.stderr(`${templateLabel} has ${templateErrors.length} error(s): every document is marked as a draft (see dpa validate ${templateLabel}).`);
    }

    const stream = out === processOutput ? process.stderr : undefined;
    const progress = values.progress === 'lines'
        ? createLineProgress(data.rows.length, line => out.stderr(line))
        : createProgress(data.rows.length, values.progress === 'none' ? undefined : stream);
    const result = await runBatch({
        services: Dpa,
        template,
        templateLabel,
        data,
        dataLabel,
        format,
        outDir,
        nameColumn,
        lang,
        agreementLang: values.lang === 'en' ? 'en' : 'nl',
        draft: values.draft,
        force: values.force,
        report: line => out.stderr(line),
        progress
    });
    progress.done();
    out.stderr(batchSummary(result));
    return result.failed.length > 0 ? 1 : 0;
}
