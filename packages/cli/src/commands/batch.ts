import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import {
    checkText, createDpaServices, fieldValueProblem, instantiateTemplate, isFullyChecked, structureDifference, templateFieldUses,
    TemplateValueError, type Agreement, type CheckedAgreement, type Document, type DpaServices, type FieldSlot, type MessageLanguage
} from '@dpa/language';
import type { LangiumDocument } from 'langium';
import { generateAgreement, generateAgreementFile, type AgreementLanguage } from '@dpa/generator';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DataFileError, readDataFile, valueText, type DataFile, type DataRow } from '../data-rows.js';
import { formatText, toReported } from '../diagnostics.js';
import { checkSources } from '../sources.js';
import { fileError, FileError, requireFile, UsageError } from '../files.js';
import { processOutput, type Output } from '../output.js';
import { createLineProgress, createProgress, type Progress } from '../progress.js';
import { applySettings, parseCommand, SETTINGS_HELP } from '../settings.js';
import { writeFileAtomic } from '../write-file.js';

// ---------------------------------------------------------------------------------------------
// Output formats: the one place to add one.
// ---------------------------------------------------------------------------------------------

export interface RenderOptions {
    /** Set when generating a draft despite errors: their number, shown at the top. */
    readonly draftErrors?: number;
    /** The language of the agreement (default: the generator's, Dutch). */
    readonly lang?: AgreementLanguage;
}

/** How one checked agreement becomes the content of its file. */
export interface BatchFormat {
    readonly extension: string;
    render(agreement: Agreement, options: RenderOptions): Promise<string | Uint8Array>;
}

/**
 * The formats `dpa batch --format` accepts (the help and the check follow this table). Rendering
 * may be asynchronous and binary (written as is by writeFileAtomic); DOCX is one more entry:
 *     docx: { extension: 'docx', render: (agreement, options) => generateAgreementFile(agreement, { ...options, format: 'docx' }) },
 */
export const BATCH_FORMATS = {
    md: { extension: 'md', render: async (agreement, options) => generateAgreement(agreement, { ...options, format: 'md' }) },
    html: { extension: 'html', render: async (agreement, options) => generateAgreement(agreement, { ...options, format: 'html' }) },
    docx: { extension: 'docx', render: (agreement, options) => generateAgreementFile(agreement, { ...options, format: 'docx' }) }
} as const satisfies Record<string, BatchFormat>;

export type BatchFormatName = keyof typeof BATCH_FORMATS;

function isBatchFormat(name: string): name is BatchFormatName {
    return Object.hasOwn(BATCH_FORMATS, name);
}

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

// ---------------------------------------------------------------------------------------------
// The template's fields and what each is used for
// ---------------------------------------------------------------------------------------------

export interface TemplateField {
    readonly name: string;
    readonly label: string;
    readonly default?: string;
    /** Every parameter without a default is required. */
    readonly required: boolean;
    /**
     * Where the field stands, so what its value must be: text inside a string, a date, a country
     * code, a KvK number (`kvk "{{name}}"`, or a parameter whose name or label mentions KvK).
     */
    readonly roles: ReadonlySet<FieldSlot>;
}

/** The parameters of a template with the slots they stand in (see `templateFieldUses`). */
export function templateFields(document: LangiumDocument<Document>): TemplateField[] {
    const agreement = document.parseResult.value.agreement;
    if (!agreement) return [];
    const roles = new Map<string, Set<FieldSlot>>(agreement.parameters.map(p => [p.name, new Set<FieldSlot>()]));
    for (const use of templateFieldUses(document)) roles.get(use.name)?.add(use.slot);
    return agreement.parameters.map(p => {
        const set = roles.get(p.name)!;
        if (/kvk/i.test(p.name) || /kvk/i.test(p.label)) set.add('kvk');
        return { name: p.name, label: p.label, ...(p.default !== undefined ? { default: p.default } : {}), required: p.default === undefined, roles: set };
    });
}

// ---------------------------------------------------------------------------------------------
// Row checks
// ---------------------------------------------------------------------------------------------

const MESSAGES = {
    en: {
        empty: (label: string) => `empty, but required (${label})`,
        notText: (kind: string) => `expected text, got ${kind}`
    },
    nl: {
        empty: (label: string) => `leeg, maar verplicht (${label})`,
        notText: (kind: string) => `tekst verwacht, niet ${kind === 'an array' ? 'een lijst' : 'een object'}`
    }
} satisfies Record<MessageLanguage, unknown>;

export interface RowProblem {
    readonly field: string;
    readonly message: string;
}

/** The order in which a field's slots are checked: the most specific first. */
const SLOT_ORDER: readonly FieldSlot[] = ['kvk', 'date', 'country', 'text'];

/**
 * The values of one row for the template's fields (a default fills an empty cell), and every
 * problem with them: empty required fields, then per field the first problem for each slot it
 * stands in (KvK numbers, dates, country codes, text that could not be inert: control
 * characters, text-direction overrides, `{{…}}`, too long). A value without problems fills as a
 * literal of its slot.
 */
export function rowValues(fields: readonly TemplateField[], row: DataRow, lang: MessageLanguage = 'en'): { values: Record<string, string>; problems: RowProblem[] } {
    const messages = MESSAGES[lang];
    const values: Record<string, string> = {};
    const problems: RowProblem[] = [];
    for (const field of fields) {
        const raw = row.values[field.name];
        const text = valueText(raw);
        if (text === undefined) {
            problems.push({ field: field.name, message: messages.notText(Array.isArray(raw) ? 'an array' : 'an object') });
            continue;
        }
        const value = text === '' && field.default !== undefined ? field.default : text;
        values[field.name] = value;
        if (value === '') {
            if (field.required) problems.push({ field: field.name, message: messages.empty(field.label) });
            continue;
        }
        const seen = new Set<string>();
        for (const slot of SLOT_ORDER) {
            if (!field.roles.has(slot) && !(slot === 'text' && field.roles.size === 0)) continue;
            const problem = fieldValueProblem(slot, value, lang);
            if (problem !== undefined && !seen.has(problem)) {
                seen.add(problem);
                problems.push({ field: field.name, message: problem });
            }
        }
    }
    return { values, problems };
}

// ---------------------------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------------------------

const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ĳ: 'ij' };

/** Lowercase ASCII words joined by `-`: `Bakkerij "De Korst" B.V.` → `bakkerij-de-korst-b-v`. */
export function slugify(text: string): string {
    return text
        .toLowerCase()
        .replace(/[ßæœøłđðþĳ]/g, c => LIGATURES[c] ?? c)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 80)
        .replace(/^-+|-+$/g, '');
}

/**
 * Names Windows reserves for devices, with any extension (`con.md` cannot be written): a file
 * named so gets a suffix as a duplicate would (`con-2.md`). Slugs are lowercase.
 */
export const WINDOWS_RESERVED_NAMES: ReadonlySet<string> = new Set([
    'con', 'prn', 'aux', 'nul',
    ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
    ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`)
]);

/**
 * Makes names unique in order: the second `x` becomes `x-2`, the third `x-3`; a name Windows
 * reserves (compared case-insensitively) is taken from the start, so `con` becomes `con-2`.
 */
export function uniqueNames(names: readonly string[]): string[] {
    const taken = new Set<string>(WINDOWS_RESERVED_NAMES);
    const isTaken = (name: string) => taken.has(name.toLowerCase());
    return names.map(name => {
        let candidate = name;
        for (let n = 2; isTaken(candidate); n++) candidate = `${name}-${n}`;
        taken.add(candidate.toLowerCase());
        return candidate;
    });
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

export interface BatchRun {
    readonly services: DpaServices;
    /** The checked template (a `template agreement` without syntax errors). */
    readonly template: CheckedAgreement;
    /** How the template is named in messages. */
    readonly templateLabel: string;
    readonly data: DataFile;
    /** How the data file is named in messages (`rows.csv`). */
    readonly dataLabel: string;
    readonly format: BatchFormatName;
    readonly outDir: string;
    /** The column (or field) whose value names each file. */
    readonly nameColumn: string;
    readonly lang?: MessageLanguage;
    /** The language of the generated agreements (default: the generator's, Dutch). */
    readonly agreementLang?: AgreementLanguage;
    /** Generate although the template has errors (each document then says it is a draft). */
    readonly draft?: boolean;
    /** Replace existing files (default: a row whose file exists fails, the file kept as it was). */
    readonly force?: boolean;
    /** Receives every problem line (`rows.csv:4: customerKvk: …`). */
    report(line: string): void;
    readonly progress?: Progress;
}

export interface BatchResult {
    /** Paths of the written documents, in row order. */
    readonly written: readonly string[];
    /** Row numbers of the rows that failed. */
    readonly failed: readonly number[];
}

const isError = (d: Diagnostic) => d.severity === 1;
const errorKey = (d: Diagnostic) => `${String(d.code)}:${d.range.start.line}`;

/** Counts per key, to tell a row's own errors from the template's. */
function countKeys(diagnostics: readonly Diagnostic[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of diagnostics) counts.set(errorKey(d), (counts.get(errorKey(d)) ?? 0) + 1);
    return counts;
}

/** The path of every row's document, before anything is generated: stable across reruns. */
export function rowTargets(data: DataFile, fields: readonly TemplateField[], nameColumn: string, outDir: string, format: BatchFormatName): string[] {
    return rowFileNames(data, fields, nameColumn).map(name => join(outDir, `${name}.${BATCH_FORMATS[format].extension}`));
}

/** The file name (without extension) of every row, before anything is generated: stable across reruns. */
export function rowFileNames(data: DataFile, fields: readonly TemplateField[], nameColumn: string): string[] {
    const field = fields.find(f => f.name === nameColumn);
    return uniqueNames(data.rows.map(row => {
        const text = valueText(row.values[nameColumn]) ?? '';
        return slugify(text === '' && field?.default !== undefined ? field.default : text) || `row-${row.number}`;
    }));
}

/**
 * Fills, validates and renders the template once per row, sequentially; writes each document
 * atomically once it rendered fully. Errors of the template itself are allowed only with
 * `draft`; errors a row's values add fail that row.
 */
export async function runBatch(run: BatchRun): Promise<BatchResult> {
    const fields = templateFields(run.template.document);
    const targets = rowTargets(run.data, fields, run.nameColumn, run.outDir, run.format);
    const format = BATCH_FORMATS[run.format];
    const templateRoot = run.template.document.parseResult.value;
    const templateErrors = run.template.diagnostics.filter(isError);
    const allowed = run.draft ? countKeys(templateErrors) : new Map<string, number>();
    // Every row is checked as the same in-memory document, replaced row by row.
    const rowUri = run.template.document.uri.with({ query: 'batch-row' });
    const uri = rowUri.toString();
    const written: string[] = [];
    const failed: number[] = [];
    const progress = run.progress;
    const report = (lines: readonly string[]) => {
        if (progress) progress.interrupt(() => lines.forEach(run.report));
        else lines.forEach(run.report);
    };

    try {
        for (const [index, row] of run.data.rows.entries()) {
            const at = `${run.dataLabel}:${row.number}`;
            const { values, problems } = rowValues(fields, row, run.lang);
            if (problems.length > 0) {
                failed.push(row.number);
                report(problems.map(p => `${at}: ${p.field}: ${p.message}`));
                progress?.tick();
                continue;
            }
            let text: string;
            try {
                text = instantiateTemplate(run.template.document, values, run.lang);
            } catch (error) {
                if (!(error instanceof TemplateValueError)) throw error;
                failed.push(row.number);
                report([`${at}: ${error.field}: ${error.reason}`]);
                progress?.tick();
                continue;
            }
            const result = await checkText(run.services, text, uri);
            // Second line of defence: filling replaced literals only, so the structure is the template's.
            const difference = result.document.parseResult.parserErrors.length > 0 ? undefined : structureDifference(templateRoot, result.document.parseResult.value);
            if (difference !== undefined || !isFullyChecked(result.diagnostics)) {
                failed.push(row.number);
                report([`${at}: not generated: ${difference ?? 'the filled agreement was not fully checked (see dpa validate)'}`]);
                progress?.tick();
                continue;
            }
            const errors = result.diagnostics.filter(isError);
            const remaining = new Map(allowed);
            const own = errors.filter(d => {
                const left = remaining.get(errorKey(d)) ?? 0;
                remaining.set(errorKey(d), left - 1);
                return left <= 0;
            });
            if (own.length > 0 || !result.agreement || result.document.parseResult.parserErrors.length > 0) {
                failed.push(row.number);
                report((own.length > 0 ? own : errors).map(d => {
                    const r = toReported(run.templateLabel, d);
                    return `${at}: ${r.code}: ${r.message} (${r.file}:${r.line}:${r.column})`;
                }));
                progress?.tick();
                continue;
            }
            try {
                const content = await format.render(result.agreement, {
                    ...(errors.length > 0 ? { draftErrors: errors.length } : {}),
                    ...(run.agreementLang !== undefined ? { lang: run.agreementLang } : {})
                });
                const target = targets[index]!;
                writeFileAtomic(target, content, { overwrite: run.force === true });
                written.push(target);
            } catch (error) {
                // A folder that cannot take files fails every row: stop (exit 2); a file that
                // appeared since the run began fails its row.
                if (error instanceof FileError && !error.reason.startsWith('already exists')) throw error;
                failed.push(row.number);
                report([`${at}: not generated: ${error instanceof Error ? error.message : String(error)}`]);
            }
            progress?.tick();
            // Let the event loop run: a signal (Ctrl+C, cancel in VS Code) is handled between rows.
            await new Promise(resolve => setImmediate(resolve));
        }
    } finally {
        const shared = run.services.shared;
        if (shared.workspace.LangiumDocuments.hasDocument(rowUri)) await shared.workspace.DocumentBuilder.update([], [rowUri]);
    }
    return { written, failed };
}

/** `3 generated, 2 failed (rows 4, 6)`; long lists of rows are cut after 20. */
export function batchSummary(result: BatchResult): string {
    const { failed } = result;
    const shown = failed.slice(0, 20).join(', ');
    const rows = failed.length === 0 ? '' : ` (${failed.length === 1 ? 'row' : 'rows'} ${shown}${failed.length > 20 ? `, … ${failed.length - 20} more` : ''})`;
    return `${result.written.length} generated, ${failed.length} failed${rows}`;
}

// ---------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------

function displayPath(path: string): string {
    return relative(process.cwd(), resolve(path)) || path;
}

/** How many existing files the refusal names before "… and n more". */
const EXISTING_SHOWN = 5;

/** The output folder, created if needed; a `FileError` if it cannot take files. */
function prepareOutputFolder(path: string): void {
    if (existsSync(path) && !statSync(path).isDirectory()) throw new FileError(displayPath(path), 'is a file, not a folder; choose a folder for the agreements with --out');
    try {
        mkdirSync(path, { recursive: true });
        accessSync(path, constants.W_OK);
    } catch (error) {
        const failure = fileError(error, path);
        if (failure instanceof FileError) throw new FileError(failure.path, `cannot write the agreements here: ${failure.reason}; choose another folder with --out`);
        throw failure;
    }
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
    const existing = targets.filter(target => existsSync(target));
    if (existing.length > 0 && !values.force) {
        const shown = existing.slice(0, EXISTING_SHOWN).map(target => relative(outDir, target)).join(', ');
        const more = existing.length > EXISTING_SHOWN ? ` and ${existing.length - EXISTING_SHOWN} more` : '';
        out.stderr(`Not generated: ${existing.length} of the ${targets.length} files already exist in ${displayPath(outDir)} (${shown}${more}); nothing was written. Use --force to overwrite them, or choose another folder with --out.`);
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
