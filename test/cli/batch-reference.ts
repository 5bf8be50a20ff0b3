import { join } from 'node:path';
import {
    checkText, instantiateTemplate, isFullyChecked, structureDifference, templateShaping, TemplateValueError,
    type CheckedAgreement, type DpaServices, type Lang
} from '@dpa/language';
import { generateAgreement, generateAgreementFile } from '@dpa/generator';
import type { Diagnostic } from 'vscode-languageserver-types';
import { templateFields } from '../../packages/cli/src/batch/fields.js';
import type { BatchFormatName } from '../../packages/cli/src/batch/formats.js';
import { rowFileNames } from '../../packages/cli/src/batch/naming.js';
import { rowValues } from '../../packages/cli/src/batch/row-checks.js';
import type { DataFile } from '../../packages/cli/src/data-rows.js';
import { toReported } from '../../packages/cli/src/diagnostics.js';
import { say } from '../../packages/cli/src/messages.js';

// The oracle of the batch equivalence tests: `dpa batch` as it was before issue 12 (run.ts at
// eb99e55), one format at a time, every row filled with the unshared path (no precomputed
// shaping), validated and generated through generateAgreement / generateAgreementFile. Nothing is
// written: it returns what the run reported and the content of every file it would have written.

export interface ReferenceRun {
    readonly services: DpaServices;
    readonly template: CheckedAgreement;
    readonly templateLabel: string;
    readonly data: DataFile;
    readonly dataLabel: string;
    readonly format: BatchFormatName;
    readonly outDir: string;
    readonly nameColumn: string;
    readonly lang?: Lang;
    readonly agreementLang?: Lang;
    readonly draft?: boolean;
}

const isError = (d: Diagnostic) => d.severity === 1;
const isWarning = (d: Diagnostic) => d.severity === 2;
const errorKey = (d: Diagnostic) => `${String(d.code)}:${d.range.start.line}`;

function countKeys(diagnostics: readonly Diagnostic[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of diagnostics) counts.set(errorKey(d), (counts.get(errorKey(d)) ?? 0) + 1);
    return counts;
}

export async function referenceBatch(run: ReferenceRun): Promise<{ lines: string[]; files: Map<string, string | Uint8Array>; failed: number[] }> {
    const fields = templateFields(run.template.document);
    const names = rowFileNames(run.data, fields, run.nameColumn);
    const templateRoot = run.template.document.parseResult.value;
    const allowed = run.draft ? countKeys(run.template.diagnostics.filter(isError)) : new Map<string, number>();
    const uri = run.template.document.uri.with({ query: 'batch-reference' }).toString();
    const lines: string[] = [];
    const files = new Map<string, string | Uint8Array>();
    const failed: number[] = [];
    for (const [index, row] of run.data.rows.entries()) {
        const at = `${run.dataLabel}:${row.number}`;
        const { values, problems } = rowValues(fields, row, run.lang);
        if (problems.length > 0) {
            failed.push(row.number);
            lines.push(...problems.map(p => `${at}: ${p.field}: ${p.message}`));
            continue;
        }
        let text: string;
        try {
            text = instantiateTemplate(run.template.document, values, run.lang);
        } catch (error) {
            if (!(error instanceof TemplateValueError)) throw error;
            failed.push(row.number);
            lines.push(`${at}: ${error.field}: ${error.reason}`);
            continue;
        }
        const result = await checkText(run.services, text, uri);
        const difference = result.document.parseResult.parserErrors.length > 0 ? undefined : structureDifference(templateRoot, result.document.parseResult.value, templateShaping(run.template.document, values));
        if (difference !== undefined || !isFullyChecked(result.diagnostics)) {
            failed.push(row.number);
            lines.push(say('batch.rowNotGenerated', { at, reason: difference ?? say('batch.rowNotFullyChecked') }));
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
            lines.push(...(own.length > 0 ? own : errors).map(d => {
                const r = toReported(run.templateLabel, d);
                return `${at}: ${r.code}: ${r.message} (${r.file}:${r.line}:${r.column})`;
            }));
            continue;
        }
        const templateWarnings = countKeys(run.template.diagnostics.filter(isWarning));
        const ownWarnings = result.diagnostics.filter(d => isWarning(d) && String(d.code).startsWith('DPA-R')).filter(d => {
            const left = templateWarnings.get(errorKey(d)) ?? 0;
            templateWarnings.set(errorKey(d), left - 1);
            return left <= 0;
        });
        lines.push(...ownWarnings.map(d => {
            const r = toReported(run.templateLabel, d);
            return say('batch.rowWarning', { at, code: r.code, message: r.message, where: `${r.file}:${r.line}:${r.column}` });
        }));
        const options = { ...(errors.length > 0 ? { draftErrors: errors.length } : {}), ...(run.agreementLang !== undefined ? { lang: run.agreementLang } : {}) };
        const content = run.format === 'docx'
            ? await generateAgreementFile(result.agreement, { ...options, format: 'docx' })
            : generateAgreement(result.agreement, { ...options, format: run.format });
        files.set(join(run.outDir, `${names[index]!}.${run.format}`), content);
    }
    const shared = run.services.shared;
    const rowUri = run.template.document.uri.with({ query: 'batch-reference' });
    if (shared.workspace.LangiumDocuments.hasDocument(rowUri)) await shared.workspace.DocumentBuilder.update([], [rowUri]);
    return { lines, files, failed };
}
