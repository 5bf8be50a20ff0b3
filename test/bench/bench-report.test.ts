/**
 * The report of `npm run bench` (scripts/bench-report.mjs) and the list of rows it expects
 * (bench/rows.json): every issue row printed in order, unrecorded ones as MISSING, rows judged
 * by the target of rows.json, and the exit status only about benchmark files that failed to run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedRow, expectedRows } from '../../bench/rows.js';
import { report, type ReportRecordedRow } from '../../scripts/bench-report.mjs';
import { ROOT } from '../helpers.js';

const expected = expectedRows();

const row = (id: string, value: number, extra: Partial<ReportRecordedRow> = {}): ReportRecordedRow => ({
    id, what: `measured ${id}`, value, unit: 'ms', target: extra.target ?? expectedRow(id).target, ...extra
});

describe('bench/rows.json', () => {
    it('lists each row once, with a target and a unit', () => {
        const all = [...expected.issue, ...expected.supporting];
        expect(new Set(all.map(entry => entry.id)).size).toBe(all.length);
        for (const entry of all) {
            expect(entry.target.limit).toBeGreaterThan(0);
            expect(['ratio', 'value']).toContain(entry.target.of);
            expect(['ms', 'KB', 's', 'ratio', 'exponent', 'per s']).toContain(entry.unit);
        }
    });

    it("holds every row of issue 12's table at 500, 5k and 20k lines where the issue measures per size", () => {
        const ids = expected.issue.map(entry => entry.id);
        for (const family of ['keystroke', 'burst', 'check', 'completion']) {
            for (const lines of [500, 5000, 20000]) expect(ids).toContain(`${family}.${lines}`);
        }
        for (const id of ['keystroke.neighbour', 'check.exponent', 'validate.exponent', 'semanticTokens.20000', 'formatting.20000', 'startup', 'batch.1000', 'batch.linearity', 'vsix.size']) {
            expect(ids).toContain(id);
        }
    });

    it('names every row the bench files of this checkout record', () => {
        const recordedIds = readdirSync(join(ROOT, 'bench')).filter(name => name.endsWith('.bench.ts'))
            .flatMap(name => [...readFileSync(join(ROOT, 'bench', name), 'utf8').matchAll(/expectedRow\(['`]([^'`$]+)['`]\)/g)].map(match => match[1]!));
        expect(recordedIds).toContain('check.exponent');
        for (const id of recordedIds) expect(() => expectedRow(id)).not.toThrow();
    });
});

describe('the report', () => {
    it('prints the issue rows in order, an unrecorded one as MISSING, and counts them', () => {
        const recorded = [row('check.500', 60, { baseline: { what: 'yaml', value: 30 }, ratio: 2 }), row('keystroke.5000', 80)];
        const { lines, counts } = report(expected, recorded);
        const tableRows = lines.slice(2).filter(line => /^[a-zA-Z.0-9]+\s{2}/.test(line));
        expect(tableRows.map(line => line.split(/\s+/)[0])).toEqual([...expected.issue, ...expected.supporting].map(entry => entry.id));
        expect(lines.find(line => line.startsWith('check.500 '))).toMatch(/60\.0 ms\s+30\.0 ms\s+×2\.00\s+ratio ≤ 3\s+pass$/);
        expect(lines.find(line => line.startsWith('keystroke.5000 '))).toMatch(/80\.0 ms.*≤ 50 ms\s+FAIL$/);
        expect(lines.find(line => line.startsWith('vsix.size '))).toMatch(/MISSING$/);
        expect(counts).toEqual({ pass: 1, fail: 1, missing: expected.issue.length - 2 });
        expect(lines).toContain(`Issue rows: 1 pass, 1 FAIL, ${expected.issue.length - 2} MISSING (of ${expected.issue.length}).`);
        expect(lines.join('\n')).toContain('check.500: measured check.500; baseline: yaml.');
    });

    it('judges a row by the target of rows.json and says when the bench file recorded another', () => {
        const { lines } = report(expected, [row('completion.5000', 30, { target: { limit: 40, of: 'value' } })]);
        expect(lines.find(line => line.startsWith('completion.5000 '))).toMatch(/FAIL \*$/);
        expect(lines.join('\n')).toContain('* completion.5000: judged by bench/rows.json (≤ 20 ms); the bench file recorded ≤ 40 ms.');
    });

    it('prints rows recorded but not listed in their own section, judged by their own target', () => {
        const { lines, counts } = report(expected, [row('validate.cold.500', 20, { target: { limit: 30, of: 'value' } })]);
        const section = lines.indexOf('Other rows recorded (not in bench/rows.json):');
        expect(section).toBeGreaterThan(0);
        expect(lines[section + 1]).toMatch(/^validate\.cold\.500 .*pass$/);
        expect(counts.pass).toBe(0);
    });

    it('re-prints from bench/results.json and exits 0 whatever the rows say', () => {
        const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-report.mjs')], { cwd: ROOT, encoding: 'utf8' });
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Issue rows:');
        expect(run.stdout).toContain('vsix.size');
    });
});
