import {
    checkText, instantiateTemplate, isFullyChecked, structureDifference, templateShaping, TemplateValueError,
    type CheckedAgreement, type DpaServices, type Lang
} from '@dpa/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DataRow } from '../data-rows.js';
import { toReported } from '../diagnostics.js';
import { say } from '../messages.js';
import { templateFields, type TemplateField } from './fields.js';
import { agreementDocument, renderFormats, type BatchFormatName } from './formats.js';
import { rowValues } from './row-checks.js';

/*
 * One row of a batch: fill, validate and render; what to report and what to write. The same
 * code runs in the CLI's thread (small batches) and in the worker threads (pool.ts), so both give
 * the same lines and the same bytes.
 *
 * Each filled row is validated in full, as `dpa validate` would validate it. Issue 12 asked which
 * rules a row's values can affect, to check only those: all of them, as things stand. Values fill
 * strings, and every prose rule reads strings (the text engine scans each one); dates feed the
 * rules that compare dates, country codes the transfer rules, KvK numbers the party rules; the
 * choices (`flag`, `list of`) remove elements, which any rule may count or cross-reference; and a
 * diagnostic carries a position that a value of another length shifts. No rule declares what it
 * reads, so no subset can be proven safe to skip. What repeats from row to row is reused by
 * content instead: the text engine's per-string results (language validation/text/cache.ts: a
 * string no value reaches is scanned once per run, not once per row) and what filling needs of
 * the template (template-fill.ts: its field uses, once per parse; the row's shaping, once per row).
 * The equivalence with the run as it was before is tested in test/cli/batch-workers.test.ts.
 */

/** What a row's processing needs, the same for every row of a run. */
export interface RowSettings {
    readonly services: DpaServices;
    /** The checked template (a `template agreement` without syntax errors). */
    readonly template: CheckedAgreement;
    /** How the template is named in messages. */
    readonly templateLabel: string;
    /** How the data file is named in messages (`rows.csv`). */
    readonly dataLabel: string;
    /** The formats written per row, in order (`md`, `docx`). */
    readonly formats: readonly BatchFormatName[];
    readonly lang?: Lang;
    /** The language of the generated agreements (default: the generator's, Dutch). */
    readonly agreementLang?: Lang;
    /** Generate although the template has errors (each document then says it is a draft). */
    readonly draft?: boolean;
}

/** The outcome of one row: the lines to report (in order), then, unless it failed, the contents to write. */
export interface RowOutcome {
    readonly number: number;
    readonly lines: readonly string[];
    /** One per format of the run, in the same order; absent when the row failed. */
    readonly contents?: readonly (string | Uint8Array)[];
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

/** Takes from `counts` one per diagnostic; those left over (not the template's) are the row's own. */
function ownDiagnostics(diagnostics: readonly Diagnostic[], counts: ReadonlyMap<string, number>): Diagnostic[] {
    const remaining = new Map(counts);
    return diagnostics.filter(d => {
        const left = remaining.get(errorKey(d)) ?? 0;
        remaining.set(errorKey(d), left - 1);
        return left <= 0;
    });
}

/** A run's rows, processed one by one against the template, as one in-memory document replaced row by row. */
export class RowProcessor {
    readonly fields: readonly TemplateField[];
    private readonly allowed: ReadonlyMap<string, number>;
    private readonly templateWarnings: ReadonlyMap<string, number>;
    private readonly rowUri;

    constructor(private readonly settings: RowSettings) {
        const template = settings.template;
        this.fields = templateFields(template.document);
        this.allowed = settings.draft ? countKeys(template.diagnostics.filter(isError)) : new Map<string, number>();
        this.templateWarnings = countKeys(template.diagnostics.filter(isWarning));
        this.rowUri = template.document.uri.with({ query: 'batch-row' });
    }

    /**
     * One row: its values checked, the template filled and validated; errors the row's values add
     * fail it; its own warnings of the legal rules are reported and the documents still rendered.
     */
    async process(row: DataRow): Promise<RowOutcome> {
        const { settings } = this;
        const at = `${settings.dataLabel}:${row.number}`;
        const failed = (lines: readonly string[]): RowOutcome => ({ number: row.number, lines });
        const { values, problems } = rowValues(this.fields, row, settings.lang);
        if (problems.length > 0) return failed(problems.map(p => `${at}: ${p.field}: ${p.message}`));
        const document = settings.template.document;
        const shaping = templateShaping(document, values);
        let text: string;
        try {
            text = instantiateTemplate(document, values, settings.lang, shaping);
        } catch (error) {
            if (!(error instanceof TemplateValueError)) throw error;
            return failed([`${at}: ${error.field}: ${error.reason}`]);
        }
        const result = await checkText(settings.services, text, this.rowUri.toString());
        const parserErrors = result.document.parseResult.parserErrors.length > 0;
        // Second line of defence: filling replaced literals only, so the structure is the template's.
        const difference = parserErrors ? undefined : structureDifference(document.parseResult.value, result.document.parseResult.value, shaping);
        if (difference !== undefined || !isFullyChecked(result.diagnostics)) {
            return failed([say('batch.rowNotGenerated', { at, reason: difference ?? say('batch.rowNotFullyChecked') })]);
        }
        const errors = result.diagnostics.filter(isError);
        const own = ownDiagnostics(errors, this.allowed);
        const where = (d: Diagnostic) => {
            const r = toReported(settings.templateLabel, d);
            return { r, where: `${r.file}:${r.line}:${r.column}` };
        };
        if (own.length > 0 || !result.agreement || parserErrors) {
            return failed((own.length > 0 ? own : errors).map(d => {
                const { r, where: w } = where(d);
                return `${at}: ${r.code}: ${r.message} (${w})`;
            }));
        }
        // The row's own warnings of the legal rules (a customer's choice the template alone did
        // not show, such as medical data without the care norms): reported, the document still
        // generated. A filled agreement's leftover parameters (`unused-parameter`) are no news.
        const ownWarnings = ownDiagnostics(result.diagnostics.filter(d => isWarning(d) && String(d.code).startsWith('DPA-R')), this.templateWarnings);
        const lines = ownWarnings.map(d => {
            const { r, where: w } = where(d);
            return say('batch.rowWarning', { at, code: r.code, message: r.message, where: w });
        });
        try {
            const built = agreementDocument(result.agreement, {
                ...(errors.length > 0 ? { draftErrors: errors.length } : {}),
                ...(settings.agreementLang !== undefined ? { lang: settings.agreementLang } : {})
            });
            return { number: row.number, lines, contents: await renderFormats(built, settings.formats) };
        } catch (error) {
            return failed([...lines, say('batch.rowNotGenerated', { at, reason: error instanceof Error ? error.message : String(error) })]);
        }
    }

    /** Removes the row document from the workspace. */
    async close(): Promise<void> {
        const shared = this.settings.services.shared;
        if (shared.workspace.LangiumDocuments.hasDocument(this.rowUri)) await shared.workspace.DocumentBuilder.update([], [this.rowUri]);
    }
}
