/** Types of scripts/bench-report.mjs (the report of `npm run bench`). */
export interface ReportTarget { readonly limit: number; readonly of: 'ratio' | 'value' }
export interface ReportExpectedRow { readonly id: string; readonly what: string; readonly unit: string; readonly target: ReportTarget }
export interface ReportRecordedRow {
    readonly id: string;
    readonly what: string;
    readonly value: number;
    readonly unit: string;
    readonly baseline?: { readonly what: string; readonly value: number };
    readonly ratio?: number;
    readonly target: ReportTarget;
}
export const ROWS: string;
export const RESULTS: string;
export function formatNumber(value: number): string;
/** The report's lines and the counts of the issue's rows. */
export function report(
    expected: { readonly issue: readonly ReportExpectedRow[]; readonly supporting: readonly ReportExpectedRow[] },
    recorded: readonly ReportRecordedRow[]
): { lines: string[]; counts: { pass: number; fail: number; missing: number } };
