import { relative } from 'node:path';
import type { CheckedAgreement } from '@dpa/language';
import type { Diagnostic } from 'vscode-languageserver-types';

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
}

export function toReported(file: string, d: Diagnostic): ReportedDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITIES[(d.severity ?? 1) - 1] ?? 'error',
        code: d.code === undefined ? 'dpa' : String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value
    };
}

/** The diagnostics of checked files, with paths relative to the working directory. */
export function reportedDiagnostics(results: readonly CheckedAgreement[]): ReportedDiagnostic[] {
    return results.flatMap(result => {
        const file = relative(process.cwd(), result.document.uri.fsPath) || result.document.uri.fsPath;
        return result.diagnostics.map(d => toReported(file, d));
    });
}

/** `file:line:col severity code message`, one line per diagnostic. */
export function formatText(d: ReportedDiagnostic): string {
    return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}
