import { describe, expect, test } from 'vitest';
import { check, coveredText, lineOf, minimalAgreement, withCode } from '../helpers.js';

describe('structural checks', () => {
    test('a syntax error has a precise range', async () => {
        const text = minimalAgreement('measure Firewall technical network "Firewall" standard');
        const result = await check(text);
        expect(result.document.parseResult.parserErrors.length).toBeGreaterThan(0);
        const error = result.diagnostics.find(d => d.severity === 1)!;
        expect(error.range.start.line).toBe(text.split('\n').findIndex(l => l.includes('measure Firewall')) + 1);
    });

    test('an unresolved reference points at the name', async () => {
        const text = minimalAgreement('', 'retention 1 month\n        data Missing');
        const result = await check(text);
        const unresolved = result.diagnostics.filter(d => d.severity === 1);
        expect(unresolved).toHaveLength(1);
        expect(coveredText(text, unresolved[0]!)).toBe('Missing');
    });

    test('duplicate names across kinds', async () => {
        const text = minimalAgreement('staff Contact "Supportdesk"');
        const found = withCode(await check(text), 'duplicate-name');
        expect(found).toHaveLength(1);
        expect(coveredText(text, found[0]!)).toBe('Contact');
        expect(found[0]!.message).toContain(`line ${lineOf(text, 'data Contact') + 1}`);
    });

    test('a property given twice', async () => {
        const text = minimalAgreement().replace('title "Verwerkersovereenkomst"', 'title "Een" title "Twee"');
        const found = withCode(await check(text), 'duplicate-property');
        expect(found).toHaveLength(1);
        expect(coveredText(text, found[0]!)).toBe('title "Twee"');
    });

    test('two contacts for one purpose, or an effective date beside `effective on`', async () => {
        const contacts = minimalAgreement().replace('contact "A. Jansen" email "privacy@klant.example"', 'contact security "IT" contact "A. Jansen" contact security "CERT"');
        const found = withCode(await check(contacts), 'duplicate-property');
        expect(found).toHaveLength(1);
        expect(coveredText(contacts, found[0]!)).toBe('security "CERT"');
        expect(found[0]!.message).toContain('contact security');
        const effective = minimalAgreement().replace('effective 2025-01-06', 'effective 2025-01-06 effective on signature');
        const twice = withCode(await check(effective), 'duplicate-property');
        expect(twice).toHaveLength(1);
        expect(coveredText(effective, twice[0]!)).toBe('on signature');
    });

    test('a month only is a date; a month that does not exist is not', async () => {
        expect(withCode(await check(minimalAgreement('revised 2026-01')), 'invalid-date')).toHaveLength(0);
        expect(withCode(await check(minimalAgreement('revised 2026-13')), 'invalid-date')).toHaveLength(1);
    });

    test('an unknown country code, with the alias hint', async () => {
        const text = minimalAgreement('', 'retention 1 month\n        location UK');
        const found = withCode(await check(text), 'unknown-country');
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain('GB');
        expect(coveredText(text, found[0]!)).toBe('UK');
    });

    test('an impossible date', async () => {
        const text = minimalAgreement().replace('effective 2025-01-06', 'effective 2018-02-30');
        const found = withCode(await check(text), 'invalid-date');
        expect(found).toHaveLength(1);
        expect(coveredText(text, found[0]!)).toBe('2018-02-30');
    });

    test('an unknown template field', async () => {
        const text = `template ${minimalAgreement('clause Extra "Extra" { text "Voor {{klant}}." }')}`;
        const found = withCode(await check(text), 'unknown-parameter');
        expect(found).toHaveLength(1);
        expect(coveredText(text, found[0]!)).toBe('{{klant}}');
    });

    test('a missing processor', async () => {
        const text = minimalAgreement().replace(/ {4}processor Leverancier \{[\s\S]*?\n {4}\}\n/, '');
        expect(withCode(await check(text), 'missing-party')).toHaveLength(1);
    });

    test('messages in Dutch when the setting says so', async () => {
        const { services } = await import('../helpers.js');
        services.dpa.Settings.language = 'nl';
        try {
            const found = withCode(await check(minimalAgreement('', '')), 'DPA-R19');
            expect(found[0]!.message).toContain('heeft geen bewaartermijn');
            // The legal basis as Dutch lawyers cite it.
            expect(found[0]!.message).toContain('(art. 5 lid 1 onder e en 28 lid 3 (duur) AVG)');
        } finally {
            services.dpa.Settings.language = 'en';
        }
    });
});
