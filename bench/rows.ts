/**
 * The rows `npm run bench` must report, in bench/rows.json: `issue` holds the rows of issue 12's
 * table in its order and issue 13's budgets (`web.*`) (the report prints one that no benchmark file recorded as MISSING), and
 * `supporting` rows that explain them (a phase, a share of a budget). Each entry has the row's
 * `id` (the key a benchmark file records in bench/results.json through bench/results.ts), a short
 * `what`, the `unit` and the `target` (`ratio` ≤ limit against the baseline measured in the same
 * run, or `value` ≤ limit). The report (scripts/bench-report.mjs) judges a row by this target;
 * a benchmark file takes its row's `what` and `target` from here with `expectedRow`, so that the
 * two cannot disagree. docs/benchmarks.md explains every row.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './results.js';

export interface ExpectedRow {
    readonly id: string;
    readonly what: string;
    readonly unit: BenchRow['unit'];
    readonly target: BenchRow['target'];
}

export interface ExpectedRows {
    readonly issue: readonly ExpectedRow[];
    readonly supporting: readonly ExpectedRow[];
}

export const ROWS = join(dirname(fileURLToPath(import.meta.url)), 'rows.json');

export function expectedRows(): ExpectedRows {
    return JSON.parse(readFileSync(ROWS, 'utf8')) as ExpectedRows;
}

/** The entry of `id` in bench/rows.json; throws for an id it does not list. */
export function expectedRow(id: string): ExpectedRow {
    const { issue, supporting } = expectedRows();
    const row = [...issue, ...supporting].find(entry => entry.id === id);
    if (!row) throw new Error(`bench/rows.json lists no row '${id}'`);
    return row;
}
