import { relative } from 'node:path';
import { isFullyChecked, VALIDATION_FAILED, VALIDATION_SKIPPED, type CheckedAgreement } from '@dpa/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { say } from './messages.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** One diagnostic as the CLI reports it; lines and columns are 1-based. */
export interface ReportedDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: Severity;
    readonly code: string;
    readonly message: string;
    /** The other places of a diagnostic that stands for repeated hits (its related locations in this file), 1-based. */
    readonly related?: readonly { readonly line: number; readonly column: number }[];
}

export function toReported(file: string, d: Diagnostic): ReportedDiagnostic {
    const related = (d.relatedInformation ?? []).map(r => ({ line: r.location.range.start.line + 1, column: r.location.range.start.character + 1 }));
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITIES[(d.severity ?? 1) - 1] ?? 'error',
        code: d.code === undefined ? 'dpa' : String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value,
        ...(related.length > 0 ? { related } : {})
    };
}

/** A file as diagnostics name it: relative to the working directory. */
export function reportedPath(path: string): string {
    return relative(process.cwd(), path) || path;
}

/** The diagnostics of checked files, with paths relative to the working directory. */
export function reportedDiagnostics(results: readonly CheckedAgreement[]): ReportedDiagnostic[] {
    return results.flatMap(result => {
        const file = reportedPath(result.document.uri.fsPath);
        return result.diagnostics.map(d => toReported(file, d));
    });
}

/** `file:line:col severity code message`, one line per diagnostic; a grouped one ends with its other places. */
export function formatText(d: ReportedDiagnostic): string {
    const also = d.related && d.related.length > 0 ? ` ${say('validate.alsoAt', { places: d.related.map(r => `${r.line}:${r.column}`).join(', ') })}` : '';
    return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}${also}`;
}

/** The codes that say a document was not fully checked (see `isFullyChecked`). */
const INCOMPLETE_CODES: ReadonlySet<string> = new Set([VALIDATION_FAILED, VALIDATION_SKIPPED]);

/** The files (as reported) that were not fully checked, in order. */
export function notFullyCheckedFiles(diagnostics: readonly ReportedDiagnostic[]): string[] {
    return [...new Set(diagnostics.filter(d => INCOMPLETE_CODES.has(d.code)).map(d => d.file))];
}

/**
 * The summary line of `dpa validate` and its exit code: 1 when there are errors or when a file
 * was not fully checked (never "0 error(s)" as if such a file were clean).
 */
export function validateOutcome(fileCount: number, diagnostics: readonly ReportedDiagnostic[]): { summary: string; code: 0 | 1 } {
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    const counts = say('validate.counts', { errors, warnings, other: diagnostics.length - errors - warnings });
    const incomplete = notFullyCheckedFiles(diagnostics);
    if (incomplete.length > 0) {
        return {
            summary: say('validate.summaryIncomplete', { files: fileCount, incomplete: incomplete.length, list: incomplete.join(', '), counts }),
            code: 1
        };
    }
    return { summary: say('validate.summary', { files: fileCount, counts }), code: errors > 0 ? 1 : 0 };
}

/**
 * Why a checked agreement must not be written as a document (undefined: it may be). A document
 * that was not fully checked is refused even as a draft: its unchecked parts may hold anything.
 */
export function generationRefusal(result: Pick<CheckedAgreement, 'agreement' | 'diagnostics' | 'document'>, draft: boolean, name: string): string | undefined {
    const errors = result.diagnostics.filter(d => d.severity === 1).length;
    if (!result.agreement || result.document.parseResult.parserErrors.length > 0) return say('notGenerated.errors', { errors, name });
    if (!isFullyChecked(result.diagnostics)) return say('notGenerated.notFullyChecked', { name });
    if (errors > 0 && !draft) return say('notGenerated.errors', { errors, name });
    return undefined;
}
