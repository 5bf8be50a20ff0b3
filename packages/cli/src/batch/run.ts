import {
    checkText, instantiateTemplate, isFullyChecked, structureDifference, templateShaping, TemplateValueError,
    type CheckedAgreement, type DpaServices, type Lang
} from '@dpa/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DataFile } from '../data-rows.js';
import { toReported } from '../diagnostics.js';
import { FileError } from '../files.js';
import { say } from '../messages.js';
import type { Progress } from '../progress.js';
import { writeFileAtomic } from '../write-file.js';
import { templateFields } from './fields.js';
import { BATCH_FORMATS, type BatchFormatName } from './formats.js';
import { rowTargets } from './naming.js';
import { rowValues } from './row-checks.js';

// The run: fill, validate, render and write once per row, with progress.

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
    readonly lang?: Lang;
    /** The language of the generated agreements (default: the generator's, Dutch). */
    readonly agreementLang?: Lang;
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

export const isError = (d: Diagnostic) => d.severity === 1;
const isWarning = (d: Diagnostic) => d.severity === 2;
const errorKey = (d: Diagnostic) => `${String(d.code)}:${d.range.start.line}`;

/** Counts per key, to tell a row's own errors from the template's. */
function countKeys(diagnostics: readonly Diagnostic[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of diagnostics) counts.set(errorKey(d), (counts.get(errorKey(d)) ?? 0) + 1);
    return counts;
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
            const difference = result.document.parseResult.parserErrors.length > 0 ? undefined : structureDifference(templateRoot, result.document.parseResult.value, templateShaping(run.template.document, values));
            if (difference !== undefined || !isFullyChecked(result.diagnostics)) {
                failed.push(row.number);
                report([say('batch.rowNotGenerated', { at, reason: difference ?? say('batch.rowNotFullyChecked') })]);
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
            // The row's own warnings of the legal rules (a customer's choice the template alone did
            // not show, such as medical data without the care norms): reported, the document still
            // generated. A filled agreement's leftover parameters (`unused-parameter`) are no news.
            const templateWarnings = countKeys(run.template.diagnostics.filter(isWarning));
            const ownWarnings = result.diagnostics.filter(d => isWarning(d) && String(d.code).startsWith('DPA-R')).filter(d => {
                const left = templateWarnings.get(errorKey(d)) ?? 0;
                templateWarnings.set(errorKey(d), left - 1);
                return left <= 0;
            });
            if (ownWarnings.length > 0) {
                report(ownWarnings.map(d => {
                    const r = toReported(run.templateLabel, d);
                    return say('batch.rowWarning', { at, code: r.code, message: r.message, where: `${r.file}:${r.line}:${r.column}` });
                }));
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
                if (error instanceof FileError && error.reason !== say('write.exists')) throw error;
                failed.push(row.number);
                report([say('batch.rowNotGenerated', { at, reason: error instanceof Error ? error.message : String(error) })]);
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
    const summary = say('batch.summary', { written: result.written.length, failed: failed.length });
    if (failed.length === 0) return summary;
    const shown = failed.slice(0, 20).join(', ');
    const rows = failed.length > 20 ? say('batch.summaryMore', { rows: shown, more: failed.length - 20 }) : shown;
    return say(failed.length === 1 ? 'batch.summaryRow' : 'batch.summaryRows', { summary, rows });
}
