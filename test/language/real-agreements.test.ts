import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { check, EXAMPLES, ROOT } from '../helpers.js';
import { BSCPRO } from './real-agreements/bscpro.js';
import { judge, expected, figures, suggestion, type Judgement } from './real-agreements/judge.js';
import { agreementSection, currentBlock, docDefects, docFacts, factsSection, factsSummarySection, factsTotal, FACTS, FACTS_SUMMARY, percent, REPORTED, reportedSection, recall, replaceBlock, summarySection, SUMMARY, type Facts, type Recall } from './real-agreements/markdown.js';
import { MASJIDCONNECT } from './real-agreements/masjidconnect.js';
import { OPSIO } from './real-agreements/opsio.js';
import { RECRUITIN } from './real-agreements/recruitin.js';
import { RENAISSANCE_IT } from './real-agreements/renaissance-it.js';
import { SPREEKDOSSIER } from './real-agreements/spreekdossier.js';
import { STARRED } from './real-agreements/starred.js';
import { THE_TAFEL } from './real-agreements/the-tafel.js';
import type { AgreementTable, JudgedRow } from './real-agreements/table.js';

/**
 * The eight real agreements of examples/real/, each with a judged table of every diagnostic the
 * validator gives on it (test/language/real-agreements/<name>.ts): the defect it reports (an id of
 * docs/real-agreements.md) and why, a true note, or a false alarm with the rule that must change.
 * Fails on a diagnostic no row explains and on a row whose count is not met; counts precision
 * (a floor that may only go up) and recall (the defects no diagnostic reports, not asserted), and
 * keeps the generated parts of docs/real-agreements.md in step
 * (`UPDATE_REAL_AGREEMENTS=1 npx vitest run test/language/real-agreements.test.ts` rewrites them).
 */
const TABLES: readonly AgreementTable[] = [STARRED, BSCPRO, SPREEKDOSSIER, RECRUITIN, OPSIO, THE_TAFEL, MASJIDCONNECT, RENAISSANCE_IT];

/** Overall precision reached (per cent, rounded down to a tenth): raise it, never lower it. */
const PRECISION_FLOOR = 100;

/**
 * The lowest share of facts expressed natively of any one agreement (per cent, counted from the
 * N/P/G markers of docs/real-agreements.md): raise it, never lower it. Issue 10 asked for 90.
 */
const NATIVE_FLOOR = 96.8;

const DOC = join(ROOT, 'docs', 'real-agreements.md');
const UPDATE = process.env['UPDATE_REAL_AGREEMENTS'] === '1';

/** Where a row is written in its table file (for failure messages). */
function rowSource(table: AgreementTable, row: JudgedRow): string {
    const name = table.file.replace(/\.dpa$/, '.ts');
    const lines = readFileSync(join(ROOT, 'test', 'language', 'real-agreements', name), 'utf8').split('\n');
    const covered = `covered: '${row.covered.replace(/'/g, "\\'")}'`;
    const at = lines.findIndex(l => l.includes(`rule: '${row.rule}'`) && l.includes(covered));
    return `test/language/real-agreements/${name}${at < 0 ? '' : `:${at + 1}`}`;
}

const judged = new Map<string, Judgement>();

beforeAll(async () => {
    for (const table of TABLES) {
        const text = readFileSync(join(EXAMPLES, 'real', table.file), 'utf8');
        const result = await check(text);
        judged.set(table.file, judge(table, text, result.diagnostics));
    }
}, 120_000);

describe.each(TABLES.map(t => [t.file, t] as const))('real agreement %s', (file, table) => {
    test('every diagnostic is explained by a row', () => {
        const j = judged.get(file)!;
        expect(j.unexplained.map(d => `examples/real/${file}:${d.range.start.line + 1} ${String(d.code)} — add a row, ${suggestion(j.text, d)}`)).toEqual([]);
    });

    test('every row explains as many diagnostics as it says', () => {
        const j = judged.get(file)!;
        const wrong = j.rows.filter(r => r.hits.length !== expected(r.row))
            .map(r => `${rowSource(table, r.row)}: ${r.row.rule} on “${r.row.covered}” expects ${expected(r.row)}, found ${r.hits.length}`);
        expect(wrong).toEqual([]);
    });

    test('a false alarm says which rule must change; a real row names a defect of the doc', () => {
        const doc = readFileSync(DOC, 'utf8');
        const defects = docDefects(doc, table.title);
        expect(defects.length, `no defects table under "## ${table.title}" in docs/real-agreements.md`).toBeGreaterThan(0);
        for (const row of table.rows) {
            if (row.falseAlarm !== undefined) expect(row.falseAlarm.length, rowSource(table, row)).toBeGreaterThan(20);
            else if (row.defect !== 'note') expect(row.defect.length, rowSource(table, row)).toBeGreaterThan(0);
        }
        const r = recall(judged.get(file)!, defects);
        expect(r.problems).toEqual([]);
    });
});

describe('real agreements together', () => {
    test('precision does not fall below the floor; the doc shows the tables', () => {
        const doc0 = readFileSync(DOC, 'utf8');
        let doc = doc0;
        const all: Array<{ j: Judgement; r: Recall }> = [];
        let diagnostics = 0;
        let falseAlarms = 0;
        const report: string[] = [];
        for (const table of TABLES) {
            const j = judged.get(table.file)!;
            const r = recall(j, docDefects(doc0, table.title));
            all.push({ j, r });
            const f = figures(j);
            diagnostics += f.diagnostics;
            falseAlarms += f.falseAlarms;
            report.push(`${table.file}: ${f.diagnostics} diagnostics, ${f.notes} true notes, ${f.falseAlarms} false alarms, precision ${percent(f.diagnostics - f.falseAlarms, f.diagnostics)}; defects ${r.defects.length}: ${r.reported.length} reported, ${r.partly.length} partly, ${r.missed.length} not`);
            const withReported = replaceBlock(doc, REPORTED(table.file), reportedSection(table.file, r));
            expect(withReported, `docs/real-agreements.md lacks the reported markers of ${table.file}`).toBeDefined();
            doc = withReported!;
            const next = replaceBlock(doc, table.file, agreementSection(j));
            expect(next, `docs/real-agreements.md lacks the markers of ${table.file}`).toBeDefined();
            doc = next!;
        }
        const facts: Array<{ name: string; facts: Facts }> = [];
        for (const table of TABLES) {
            const f = docFacts(doc0, table.title);
            expect(factsTotal(f), `no facts counted under "## ${table.title}"`).toBeGreaterThan(0);
            facts.push({ name: table.title.replace(/\s*\(.*\)$/, ''), facts: f });
            report.push(`${table.file}: facts ${f.native} / ${factsTotal(f)} native (${percent(f.native, factsTotal(f))})`);
            const next = replaceBlock(doc, FACTS(table.file), factsSection(table.file, f));
            expect(next, `docs/real-agreements.md lacks the facts markers of ${table.file}`).toBeDefined();
            doc = next!;
        }
        const withFacts = replaceBlock(doc, FACTS_SUMMARY, factsSummarySection(facts));
        expect(withFacts, 'docs/real-agreements.md lacks the facts summary markers').toBeDefined();
        doc = withFacts!;
        const lowest = Math.min(...facts.map(({ facts: f }) => Math.floor((1000 * f.native) / factsTotal(f)) / 10));
        const withSummary = replaceBlock(doc, SUMMARY, summarySection(all));
        expect(withSummary, 'docs/real-agreements.md lacks the summary markers').toBeDefined();
        doc = withSummary!;
        const precision = Math.floor((1000 * (diagnostics - falseAlarms)) / diagnostics) / 10;
        report.push(`all: ${diagnostics} diagnostics, ${falseAlarms} false alarms, precision ${precision} %`);
        console.log(report.join('\n'));
        expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
        expect(lowest, 'the share of facts expressed natively fell in some agreement').toBeGreaterThanOrEqual(NATIVE_FLOOR);
        if (UPDATE) writeFileSync(DOC, doc);
        else {
            for (const table of TABLES) expect(currentBlock(doc0, table.file), `docs/real-agreements.md is stale for ${table.file}: run with UPDATE_REAL_AGREEMENTS=1`).toBe(currentBlock(doc, table.file));
            for (const table of TABLES) expect(currentBlock(doc0, REPORTED(table.file)), `the reported line of ${table.file} in docs/real-agreements.md is stale: run with UPDATE_REAL_AGREEMENTS=1`).toBe(currentBlock(doc, REPORTED(table.file)));
            for (const table of TABLES) expect(currentBlock(doc0, FACTS(table.file)), `the facts count of ${table.file} in docs/real-agreements.md is stale: run with UPDATE_REAL_AGREEMENTS=1`).toBe(currentBlock(doc, FACTS(table.file)));
            expect(currentBlock(doc0, FACTS_SUMMARY), 'the facts summary of docs/real-agreements.md is stale: run with UPDATE_REAL_AGREEMENTS=1').toBe(currentBlock(doc, FACTS_SUMMARY));
            expect(currentBlock(doc0, SUMMARY), 'the summary of docs/real-agreements.md is stale: run with UPDATE_REAL_AGREEMENTS=1').toBe(currentBlock(doc, SUMMARY));
        }
    });
});
