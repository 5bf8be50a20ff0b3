import { resolve } from 'node:path';
import { isFullyChecked } from '@dpa/language';
import { DataFileError, readDataFile, type DataFile } from '../data-rows.js';
import { formatText, toReported } from '../diagnostics.js';
import { checkSources } from '../sources.js';
import { requireFile, UsageError } from '../files.js';
import { processOutput, type Output } from '../output.js';
import { createLineProgress, createProgress } from '../progress.js';
import { say } from '../messages.js';
import { agreementLanguage, commandServices, formatOption, parseCommand, SETTINGS_HELP } from '../settings.js';
import { templateFields } from '../batch/fields.js';
import { BATCH_FORMAT_NAMES, BATCH_FORMATS } from '../batch/formats.js';
import { rowTargets } from '../batch/naming.js';
import { displayPath, existingFilesRefusal, prepareOutputFolder } from '../batch/output-folder.js';
import { batchSummary, isError, runBatch, type BatchRun } from '../batch/run.js';

// `dpa batch`: parses the options and wires the parts in `../batch/` (formats, fields, row
// checks, naming, output folder, run). Their exports are re-exported here.
export { BATCH_FORMATS, type BatchFormat, type BatchFormatName, type RenderOptions } from '../batch/formats.js';
export { templateFields, type TemplateField } from '../batch/fields.js';
export { rowValues, type RowProblem } from '../batch/row-checks.js';
export { rowFileNames, rowTargets, slugify, uniqueNames, WINDOWS_RESERVED_NAMES } from '../batch/naming.js';
export { batchSummary, runBatch, type BatchResult, type BatchRun } from '../batch/run.js';

export const BATCH_HELP = say('help.batch', {
    fieldSyntax: '{{fields}}',
    formatOption: `--format ${Object.keys(BATCH_FORMATS).join('|')}`.padEnd(23),
    settings: SETTINGS_HELP
});

/**
 * Worker threads for the rows: the bundled CLI itself (`__filename`, dist/cli.cjs) started in
 * each; none when running from the sources (tests of the modules, where there is no bundle).
 * DPA_BATCH_THREADS sets their number (0: none), for tests and measurements.
 */
function batchWorkers(values: { readonly lang?: string | undefined; readonly rule: readonly string[] }): Pick<BatchRun, 'workers' | 'threads'> {
    const file = typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
    if (file === undefined) return {};
    const threads = process.env['DPA_BATCH_THREADS'];
    return {
        workers: { file, settings: { serviceLang: values.lang ?? 'en', rules: values.rule } },
        ...(threads !== undefined && /^\d+$/.test(threads) ? { threads: Number(threads) } : {})
    };
}

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
    const formats = values.format.split(',').map(name => formatOption(name.trim(), BATCH_FORMAT_NAMES));
    const twice = formats.find((name, i) => formats.indexOf(name) !== i);
    if (twice !== undefined) throw new UsageError(say('batch.formatTwice', { format: twice }));
    if (positionals.length !== 2) throw new UsageError(say('batch.nameFiles'));
    const [templatePath, dataPath] = positionals as [string, string];
    if (!['auto', 'lines', 'none'].includes(values.progress)) throw new UsageError(say('batch.progressOption', { value: values.progress }));
    requireFile(templatePath, 'file.template');
    requireFile(dataPath, 'file.data');
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
    if (data.encoding === 'windows-1252') out.stderr(say('batch.windows1252', { file: dataLabel }));

    const { Dpa, lang } = commandServices(values);
    const { results: [template], problems } = await checkSources(Dpa, [resolve(templatePath)]);
    if (problems[0] !== undefined) {
        for (const problem of problems) out.stderr(formatText(problem));
        out.stderr(say('notGenerated.unreadable', { name: templateLabel }));
        return 1;
    }
    const agreement = template?.agreement;
    if (!template || !agreement || template.document.parseResult.parserErrors.length > 0) {
        for (const d of template?.diagnostics.filter(isError) ?? []) out.stderr(formatText(toReported(templateLabel, d)));
        out.stderr(say('batch.templateSyntaxErrors', { template: templateLabel }));
        return 1;
    }
    if (!agreement.template) throw new UsageError(say('batch.notTemplate', { template: templateLabel }));
    const templateErrors = template.diagnostics.filter(isError);
    if (!isFullyChecked(template.diagnostics)) {
        for (const d of template.diagnostics) out.stderr(formatText(toReported(templateLabel, d)));
        out.stderr(say('batch.templateNotFullyChecked', { template: templateLabel }));
        return 1;
    }
    if (templateErrors.length > 0 && !values.draft) {
        for (const d of templateErrors) out.stderr(formatText(toReported(templateLabel, d)));
        out.stderr(say('batch.templateErrors', { errors: templateErrors.length, template: templateLabel }));
        return 1;
    }

    // The columns against the template's fields.
    const fields = templateFields(template.document);
    const nameColumn = values['name-column'] ?? fields[0]?.name;
    if (nameColumn === undefined) throw new UsageError(say('batch.noParameters', { template: templateLabel }));
    const columns = new Set(data.columns);
    const at = data.kind === 'csv' ? `${dataLabel}:1` : dataLabel;
    const missing = fields.filter(f => f.required && !columns.has(f.name)).map(f => f.name);
    if (missing.length > 0) {
        out.stderr(say(data.kind === 'csv' ? 'batch.missingColumns' : 'batch.missingKeys', { at, missing: missing.join(', '), parameters: fields.map(f => f.name).join(', ') }));
        return 2;
    }
    if (!columns.has(nameColumn) && !fields.some(f => f.name === nameColumn)) {
        throw new UsageError(say('batch.noSuchColumn', { column: nameColumn, data: dataLabel }));
    }
    const known = new Set(fields.map(f => f.name));
    for (const column of data.columns) {
        if (!known.has(column) && column !== nameColumn) out.stderr(say('batch.ignoredColumn', { at, column }));
    }
    if (data.rows.length === 0) {
        out.stderr(say('batch.noRows', { data: dataLabel }));
        return 2;
    }
    // Nothing is overwritten without --force: checked for every row before anything is written.
    const outDir = resolve(values.out);
    prepareOutputFolder(outDir);
    const targets = rowTargets(data, fields, nameColumn, outDir, formats);
    const refusal = existingFilesRefusal(targets, outDir);
    if (refusal !== undefined && !values.force) {
        out.stderr(refusal);
        return 2;
    }
    if (templateErrors.length > 0) {
        out.stderr(say('batch.drafts', { template: templateLabel, errors: templateErrors.length }));
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
        formats,
        outDir,
        nameColumn,
        lang,
        agreementLang: agreementLanguage(values.lang),
        draft: values.draft,
        force: values.force,
        report: line => out.stderr(line),
        progress,
        ...batchWorkers(values)
    });
    progress.done();
    out.stderr(batchSummary(result));
    return result.failed.length > 0 ? 1 : 0;
}
