/**
 * The rows of `npm run bench`, kept in bench/results.json: each benchmark file records its rows
 * (merged by id, so files can run alone or together), each a measurement against a baseline run
 * in the same process or a size against a budget, with the target the row must meet.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results.json');

export interface BenchRow {
    /** Stable key, e.g. `keystroke.5000`. */
    readonly id: string;
    /** What was measured, in words, e.g. "keystroke → publishDiagnostics over stdio, 5,000 lines". */
    readonly what: string;
    /** Lines of the generated agreement, where the row is per size. */
    readonly lines?: number;
    /** The measurement (median), in `unit`. */
    readonly value: number;
    readonly unit: 'ms' | 'KB' | 's' | 'ratio' | 'exponent' | 'per s';
    /** The baseline measured in the same run, in `unit`, where the row is a ratio. */
    readonly baseline?: { readonly what: string; readonly value: number };
    /** value ÷ baseline, where there is a baseline. */
    readonly ratio?: number;
    /** The target: `ratio` ≤ limit (with a baseline) or `value` ≤ limit (without). */
    readonly target: { readonly limit: number; readonly of: 'ratio' | 'value' };
}

export interface RecordedRow extends BenchRow {
    readonly pass: boolean;
}

function passes(row: BenchRow): boolean {
    const measured = row.target.of === 'ratio' ? row.ratio : row.value;
    return measured !== undefined && Number.isFinite(measured) && measured <= row.target.limit;
}

export function readResults(): RecordedRow[] {
    if (!existsSync(RESULTS)) return [];
    const parsed = JSON.parse(readFileSync(RESULTS, 'utf8')) as { rows?: RecordedRow[] };
    return parsed.rows ?? [];
}

/** Merges `rows` into bench/results.json by id (written whole, then renamed: never half a file). */
export function record(rows: readonly BenchRow[]): RecordedRow[] {
    const byId = new Map(readResults().map(row => [row.id, row]));
    const recorded = rows.map(row => ({ ...row, pass: passes(row) }));
    for (const row of recorded) byId.set(row.id, row);
    const all = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const temporary = `${RESULTS}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ machine: { cpus: cpus().length, node: process.version }, rows: all }, null, 2) + '\n');
    renameSync(temporary, RESULTS);
    return recorded;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The exponent k of time ∝ lines^k between two sizes. */
export function growthExponent(small: { lines: number; ms: number }, large: { lines: number; ms: number }): number {
    return Math.log(large.ms / small.ms) / Math.log(large.lines / small.lines);
}
