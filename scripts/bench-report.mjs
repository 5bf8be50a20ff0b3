/**
 * The report of `npm run bench`: one table of every row in bench/results.json, in the order of
 * bench/rows.json (issue 12's table first, then the supporting rows, then any other row a
 * benchmark file recorded), each with its value, the baseline measured in the same run, the
 * ratio, the target and whether it is met. A row of rows.json that no benchmark file recorded is
 * printed as MISSING. A row is judged by the target in rows.json (the issue's); where the bench
 * file recorded another target, the table says so.
 *
 *   node scripts/bench-report.mjs           prints the table from bench/results.json (exit 0)
 *   node scripts/bench-report.mjs --run …   runs `vitest bench --run …` first (all bench files
 *                                           without arguments: results.json then starts empty,
 *                                           so that no row of an earlier run is shown as this
 *                                           run's), prints the table and exits with vitest's
 *                                           status: non-zero only if a benchmark file failed to
 *                                           run; a missed target is a finding in the table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROWS = join(ROOT, 'bench', 'rows.json');
export const RESULTS = join(ROOT, 'bench', 'results.json');

const UNIT_SUFFIX = { ms: ' ms', s: ' s', KB: ' KB', ratio: '', exponent: '', 'per s': ' /s' };

/** A number with about three significant digits (12,345 / 123 / 12.3 / 1.23 / 0.123). */
export function formatNumber(value) {
    if (!Number.isFinite(value)) return String(value);
    const magnitude = Math.abs(value);
    const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function withUnit(value, unit) {
    if (unit === 'ratio') return `×${formatNumber(value)}`;
    return `${formatNumber(value)}${UNIT_SUFFIX[unit] ?? ` ${unit}`}`;
}

function targetText(target, unit) {
    if (target.of === 'ratio') return `ratio ≤ ${target.limit}`;
    return unit === 'ratio' ? `≤ ×${target.limit}` : `≤ ${target.limit}${UNIT_SUFFIX[unit] ?? ` ${unit}`}`;
}

function meets(row, target) {
    const measured = target.of === 'ratio' ? row.ratio : row.value;
    return typeof measured === 'number' && Number.isFinite(measured) && measured <= target.limit;
}

const sameTarget = (a, b) => a.limit === b.limit && a.of === b.of;

/**
 * The report's lines. `expected`: bench/rows.json ({ issue, supporting }), `recorded`: the rows
 * of bench/results.json. Returns the lines and the counts of the issue's rows.
 */
export function report(expected, recorded) {
    const byId = new Map(recorded.map(row => [row.id, row]));
    const listed = new Set([...expected.issue, ...expected.supporting].map(row => row.id));
    const others = recorded.filter(row => !listed.has(row.id)).map(row => ({ id: row.id, what: row.what, unit: row.unit, target: row.target }));
    const header = ['row', 'what', 'value', 'baseline', 'ratio', 'target', 'result'];
    const table = [];
    const notes = [];
    const counts = { pass: 0, fail: 0, missing: 0 };
    const section = (title, rows, counted) => {
        if (rows.length === 0) return;
        table.push({ title });
        for (const entry of rows) {
            const row = byId.get(entry.id);
            if (!row) {
                if (counted) counts.missing++;
                table.push([entry.id, entry.what, '—', '—', '—', targetText(entry.target, entry.unit), 'MISSING']);
                continue;
            }
            const pass = meets(row, entry.target);
            if (counted) counts[pass ? 'pass' : 'fail']++;
            let result = pass ? 'pass' : 'FAIL';
            if (!sameTarget(row.target, entry.target)) {
                result += ' *';
                notes.push(`* ${row.id}: judged by bench/rows.json (${targetText(entry.target, row.unit)}); the bench file recorded ${targetText(row.target, row.unit)}.`);
            }
            table.push([
                row.id,
                entry.what,
                withUnit(row.value, row.unit),
                row.baseline ? withUnit(row.baseline.value, row.unit) : '—',
                row.ratio !== undefined ? `×${formatNumber(row.ratio)}` : '—',
                targetText(entry.target, row.unit),
                result
            ]);
            if (row.baseline) notes.push(`${row.id}: ${row.what}; baseline: ${row.baseline.what}.`);
            else notes.push(`${row.id}: ${row.what}.`);
        }
    };
    section("Issue 12's table", expected.issue, true);
    section('Supporting rows', expected.supporting, false);
    section('Other rows recorded (not in bench/rows.json)', others, false);

    const widths = header.map((title, column) => Math.max(title.length, ...table.filter(Array.isArray).map(cells => cells[column].length)));
    const line = cells => cells.map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
    const lines = [line(header), widths.map(width => '─'.repeat(width)).join('  ')];
    for (const item of table) lines.push(Array.isArray(item) ? line(item) : `${item.title}:`);
    lines.push('', `Issue rows: ${counts.pass} pass, ${counts.fail} FAIL, ${counts.missing} MISSING (of ${expected.issue.length}).`);
    if (notes.length > 0) lines.push('', 'What each row measured:', ...notes.map(note => `  ${note}`));
    return { lines, counts };
}

function readJson(path, fallback) {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : fallback;
}

function main(args) {
    let status = 0;
    if (args[0] === '--run') {
        const vitestArgs = args.slice(1);
        if (vitestArgs.length === 0) rmSync(RESULTS, { force: true });
        const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
        const run = spawnSync(process.execPath, [vitest, 'bench', '--run', ...vitestArgs], { cwd: ROOT, stdio: 'inherit' });
        status = run.status ?? 1;
        if (status !== 0) console.error(`\nvitest bench exited with ${run.status ?? run.signal}: a benchmark file failed to run.`);
    }
    const expected = readJson(ROWS, { issue: [], supporting: [] });
    const results = readJson(RESULTS, { rows: [] });
    const { lines } = report(expected, results.rows ?? []);
    const machine = results.machine ? ` (${results.machine.cpus} cores, Node ${results.machine.node})` : '';
    console.log(`\nnpm run bench — bench/results.json${machine}\n`);
    for (const text of lines) console.log(text);
    return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.exitCode = main(process.argv.slice(2));
}
