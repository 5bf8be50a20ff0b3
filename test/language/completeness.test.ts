import { describe, expect, test } from 'vitest';
import { isFixData } from '../../packages/language/src/index.js';
import { applyEdits, check, coveredText, minimalAgreement, services, withCode } from '../helpers.js';

const withoutAuditAndBreach = minimalAgreement()
    .replace('    audit every 1 year on-suspicion by controller-or-auditor\n', '')
    .replace('    breach notification within 24 hours\n', '');

describe('Art. 28(3) completeness summary', () => {
    test('a complete agreement has no summary', async () => {
        expect(withCode(await check(minimalAgreement()), 'art28-coverage')).toEqual([]);
    });

    test('names the count and the missing elements, on the agreement name', async () => {
        const summary = withCode(await check(withoutAuditAndBreach), 'art28-coverage');
        expect(summary).toHaveLength(1);
        expect(summary[0]!.severity).toBe(3);
        expect(coveredText(withoutAuditAndBreach, summary[0]!)).toBe('Minimal');
        expect(summary[0]!.message).toBe('Art. 28(3) GDPR: 15/17 elements covered; missing: information and audits (28(3)(h)); breach notification to the controller (33(2)).');
    });

    test('a custom clause that covers an element counts', async () => {
        const text = withoutAuditAndBreach.replace('    precedence dpa\n', '    precedence dpa\n    clause Controle "Controle" covers audit { text "De Verwerkingsverantwoordelijke mag de naleving jaarlijks laten controleren." }\n');
        expect(withCode(await check(text), 'art28-coverage')[0]!.message).toContain('16/17');
    });

    test('a requests clause that neither forwards nor assists does not provide Art. 28(3)(e); one that forwards does', async () => {
        const requests = / {4}data-subject-requests[^\n]*\n/u;
        const nothing = minimalAgreement().replace(requests, '    data-subject-requests no-assistance rights access, erasure\n');
        const result = await check(nothing);
        expect(withCode(result, 'art28-coverage')[0]!.message).toContain('16/17');
        expect(withCode(result, 'art28-coverage')[0]!.message).toContain('28(3)(e)');
        // R33 says why at the clause; the element's absence is not reported a second time.
        expect(withCode(result, 'DPA-R11')).toEqual([]);
        expect(withCode(result, 'DPA-R33').map(d => coveredText(nothing, d))).toEqual(['no-assistance']);
        const forwarding = minimalAgreement().replace(requests, '    data-subject-requests forward within 5 days no-assistance\n');
        expect(withCode(await check(forwarding), 'art28-coverage')).toEqual([]);
    });

    test('the fix adds every missing standard clause, and the agreement is complete again', async () => {
        const d = withCode(await check(withoutAuditAndBreach), 'art28-coverage')[0]!;
        expect(isFixData(d.data)).toBe(true);
        const fixes = isFixData(d.data) ? d.data.fixes : [];
        const fixed = applyEdits(withoutAuditAndBreach, fixes[0]!.edits);
        const after = await check(fixed);
        expect(after.diagnostics.map(x => `${x.code} ${x.message}`)).toEqual([]);
    });

    test('in Dutch', async () => {
        services.dpa.Settings.language = 'nl';
        try {
            const summary = withCode(await check(withoutAuditAndBreach), 'art28-coverage');
            expect(summary[0]!.message).toContain('Art. 28 lid 3 AVG: 15/17 onderdelen geregeld; ontbreekt: informatie en audits (art. 28 lid 3 onder h)');
        } finally {
            services.dpa.Settings.language = 'en';
        }
    });
});
