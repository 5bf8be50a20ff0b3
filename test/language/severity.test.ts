import { describe, expect, test } from 'vitest';
import { check, minimalAgreement, services, withCode } from '../helpers.js';

const noRetention = minimalAgreement('', '');

describe('severity control', () => {
    test('by default DPA-R19 is an error', async () => {
        expect(withCode(await check(noRetention), 'DPA-R19')[0]!.severity).toBe(1);
    });

    test('// dpa-disable silences a rule in the whole file', async () => {
        expect(withCode(await check(`// dpa-disable DPA-R19, DPA-R36\n${noRetention}`), 'DPA-R19')).toEqual([]);
    });

    test('// dpa-disable-next-line silences it on the next line only', async () => {
        const text = noRetention.replace('    processing Hosting', '    // dpa-disable-next-line DPA-R19\n    processing Hosting');
        expect(withCode(await check(text), 'DPA-R19')).toEqual([]);
        const elsewhere = noRetention.replace('    data Contact', '    // dpa-disable-next-line DPA-R19\n    data Contact');
        expect(withCode(await check(elsewhere), 'DPA-R19')).toHaveLength(1);
    });

    test('// dpa-severity re-grades a rule', async () => {
        expect(withCode(await check(`// dpa-severity DPA-R19 info\n${noRetention}`), 'DPA-R19')[0]!.severity).toBe(3);
    });

    test('a directive with an unknown rule or level is reported', async () => {
        const result = await check(`// dpa-disable DPA-R99\n// dpa-severity DPA-R19 loud\n${minimalAgreement()}`);
        expect(withCode(result, 'invalid-directive').map(d => [d.range.start.line, d.message])).toEqual([
            [0, "Unknown rule 'DPA-R99' in dpa-disable."],
            [1, "Unknown level 'loud': use off, info, warning or error."]
        ]);
    });

    test('the workspace setting dpa.rules re-grades a rule; a file directive wins over it', async () => {
        services.dpa.Settings.rules = { 'DPA-R19': 'off' };
        try {
            expect(withCode(await check(noRetention), 'DPA-R19')).toEqual([]);
            expect(withCode(await check(`// dpa-severity DPA-R19 warning\n${noRetention}`), 'DPA-R19')[0]!.severity).toBe(2);
        } finally {
            services.dpa.Settings.rules = {};
        }
    });

    test('the settings section: language "auto" follows the display language', () => {
        const settings = services.dpa.Settings;
        const before = settings.language;
        try {
            settings.apply({ diagnostics: { language: 'auto' } }, 'nl-BE');
            expect(settings.language).toBe('nl');
            settings.apply({ diagnostics: { language: 'auto' } }, 'de');
            expect(settings.language).toBe('en');
            settings.apply({ diagnostics: { language: 'nl' }, rules: { 'DPA-R36': 'off', 'DPA-R01': 'loud' } }, 'en');
            expect(settings.language).toBe('nl');
            expect(settings.rules).toEqual({ 'DPA-R36': 'off' });
        } finally {
            settings.apply({}, before);
            settings.language = before;
        }
    });
});
