import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getRule, implementedRules, isFixData } from '../../packages/language/src/index.js';
import { applyEdits, check, coveredText, EXAMPLES, minimalAgreement, withCode } from '../helpers.js';
import { QUIET_CASES, RULE_CASES } from './rule-cases/index.js';

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;
/** The Art. 28(3) summary accompanies every case that removes a clause; it has its own test. */
const SUMMARY = 'art28-coverage';

describe('the rule cases', () => {
    test('every implemented rule has at least one case that fires and one clean document it is quiet on', () => {
        const withCase = new Set(RULE_CASES.map(c => c.rule));
        expect(implementedRules().filter(id => !withCase.has(id))).toEqual([]);
        expect([...withCase].filter(id => !implementedRules().includes(id))).toEqual([]);
    });

    test('the minimal agreement the cases start from is clean', async () => {
        const result = await check(minimalAgreement());
        expect(result.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });

    test('examples/complete.dpa is quiet for every implemented rule', async () => {
        const result = await check(readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8'));
        expect(result.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });
});

describe.each(implementedRules())('%s', id => {
    const rule = getRule(id);
    const cases = RULE_CASES.filter(c => c.rule === id);

    test.each(cases.map(c => [c.name, c] as const))('fires on %s', async (_, c) => {
        const result = await check(c.text);
        const found = withCode(result, id);
        const summary = JSON.stringify(result.diagnostics.map(d => [d.code, d.message]));
        expect(found, summary).toHaveLength(c.count ?? 1);
        const d = found[0]!;
        expect(coveredText(c.text, d)).toBe(c.covered);
        expect(d.message).toContain(`(${rule.basis})`);
        if (c.message) expect(d.message).toContain(c.message);
        expect(d.severity, 'the catalogue severity').toBe(SEVERITY[c.severity ?? rule.severity]);
        const allowed = new Set([id, SUMMARY, ...(c.others ?? [])]);
        expect(result.diagnostics.filter(x => !allowed.has(String(x.code))).map(x => [x.code, x.message])).toEqual([]);

        // Every quick fix the diagnostic offers leaves a document that parses and without it.
        // The data of our own diagnostics passes the same shape check the server applies to what a client sends back.
        expect(isFixData(d.data, c.text.split('\n').length), summary).toBe(true);
        const fixes = isFixData(d.data) ? d.data.fixes : [];
        for (const title of c.fixes ?? []) expect(fixes.map(f => f.title), summary).toContain(title);
        for (const fix of fixes) {
            const fixed = applyEdits(c.text, fix.edits);
            const after = await check(fixed);
            expect(after.document.parseResult.parserErrors, `${fix.title}:\n${fixed}`).toEqual([]);
            expect(withCode(after, id).length, `${fix.title} leaves the diagnostic:\n${fixed}`).toBeLessThan(found.length);
        }
    });

    test.each(QUIET_CASES.filter(c => c.rule === id).map(c => [c.name, c] as const))('stays quiet on %s', async (_, c) => {
        const result = await check(c.text);
        const allowed = new Set([SUMMARY, ...(c.others ?? [])]);
        expect(result.diagnostics.filter(d => !allowed.has(String(d.code))).map(d => `${d.code} ${d.message}`)).toEqual([]);
    });
});
