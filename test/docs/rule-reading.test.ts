import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ruleReadings, type RuleReading } from '../../scripts/rule-reading.js';
import { ROOT } from '../helpers.js';

const VALIDATION = join(ROOT, 'packages/language/src/validation');
const FIXTURES = join(ROOT, 'test/language/rules');

describe('what each rule reads (docs/rules.md), derived from the code', () => {
    test('the validator: the prose table, every string, the fixtures, art28.json and the covers tests', async () => {
        const readings = await ruleReadings(VALIDATION, FIXTURES);
        const of = (rule: string): RuleReading | undefined => readings.get(rule);
        // The prose table: ownPurposes reads custom clause paragraphs.
        expect(of('DPA-R04')?.kinds).toContain('paragraph');
        // A loop over every string of the document.
        expect(of('DPA-R02')?.kinds).toEqual(['paragraph', 'title', 'measure', 'prose', 'identity']);
        // (The checks below name what the rules read today; other rules may come to read more.)
        // Absence through art28.json: a clause that covers the element provides it.
        expect(of('DPA-R03')?.absence).toEqual(['instructions']);
        // A covers test guarding the report (`if (clause.covers.includes('audit') || …)`), one element per report.
        expect(of('DPA-R35')?.covers).toContain('audit');
        expect(of('DPA-R35')?.covers).not.toContain('deletion');
        expect(of('DPA-R34')?.covers).toContain('deletion');
        expect(of('DPA-R34')?.covers).not.toContain('audit');
        // Through a local constant and a file-level list (`.some(c => STATUTORY_ELEMENTS.includes(c))`).
        expect(of('DPA-R54')?.covers).toEqual(expect.arrayContaining(['data-subject-requests', 'assistance', 'deletion', 'audit', 'breach-notification']));
        // A rule on the structure alone: a processing activity without retention.
        expect(of('DPA-R19')?.kinds ?? []).toEqual([]);
        expect(of('DPA-R19')?.covers ?? []).toEqual([]);
    }, 60_000);

    const dir = mkdtempSync(join(tmpdir(), 'dpa-rule-reading-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('guards: early return, else branch, loop over covering clauses, a helper called under a guard', async () => {
        mkdirSync(join(dir, 'validation/rules'), { recursive: true });
        mkdirSync(join(dir, 'fixtures'), { recursive: true });
        writeFileSync(join(dir, 'validation/rules/sample.ts'), `
const AUDIT_LIKE = ['audit', 'instructions'];
function helper(context) { reportRule(context, 'DPA-R90', {}); }
export function early(clause, context) {
    if (!clause.covers.includes('security')) return;
    context.report.rule('DPA-R91', {});
}
export function branches(clause, context) {
    if (clause.covers.some(c => AUDIT_LIKE.includes(c))) reportText(context, 'DPA-R92', {});
    else context.report.rule('DPA-R93', {});
    const about = clauseAbout(clause, ['deletion'], TOPIC);
    if (about) helper(context);
}
export function loop(agreement, context) {
    for (const clause of clausesOf(agreement).covers('breach-notification')) context.report.rule('DPA-R94', {});
    context.report.rule('DPA-R95', {});
}
`);
        const readings = await ruleReadings(join(dir, 'validation'), join(dir, 'fixtures'));
        const covers = (rule: string) => readings.get(rule)?.covers;
        expect(covers('DPA-R90')).toEqual(['deletion']);
        expect(covers('DPA-R91')).toEqual(['security']);
        expect(covers('DPA-R92')).toEqual(['instructions', 'audit']);
        expect(covers('DPA-R93')).toEqual(['instructions', 'audit']);
        expect(covers('DPA-R94')).toEqual(['breach-notification']);
        expect(covers('DPA-R95')).toEqual([]);
    });
});
