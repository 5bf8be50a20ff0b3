import { describe, expect, test } from 'vitest';
import { allRules, formatMessage, getCheck, getRule, LANGS, LANGUAGE_MESSAGES } from '../../packages/language/src/index.js';
import { CHECKS_DATA } from '../../packages/language/src/data/index.js';

/**
 * The rule and check messages live in the language catalogue (i18n/nl.json, en.json), keyed by
 * rule id (`DPA-R05`), rule variant (`DPA-R14.<variant>`) and `check.<id>`; rules.json and
 * checks.json keep the legal metadata. Every rule and check has its message, and every such key
 * of the catalogue belongs to a rule or check.
 */
describe('rule and check messages', () => {
    test('every rule and every check has a message in each language', () => {
        for (const lang of LANGS) {
            for (const rule of allRules()) expect(formatMessage(rule, lang, { x: 'X', y: 'Y' }), rule.id).not.toBe('');
            for (const check of CHECKS_DATA.checks) expect(formatMessage(check, lang, { x: 'X', y: 'Y' }), check.id).not.toBe('');
        }
    });

    test('every rule or check key of the catalogue names a known rule, variant or check', () => {
        const rules = new Set(allRules().map(r => r.id));
        const checks = new Set(CHECKS_DATA.checks.map(c => c.id));
        const keys = Object.keys(LANGUAGE_MESSAGES.messages('en'));
        const unknown = keys.filter(key => (key.startsWith('DPA-R') && !rules.has(key.split('.')[0]!)) || (key.startsWith('check.') && !checks.has(key.slice('check.'.length))));
        expect(unknown).toEqual([]);
        expect(keys.filter(key => key.startsWith('DPA-R') && !key.includes('.'))).toHaveLength(rules.size);
    });

    test('fills {x} and {y}, empty when not given, and picks a variant by name', () => {
        expect(formatMessage(getRule('DPA-R01'), 'en', { x: 'naam' })).toBe('Template field ‘naam’ has no value.');
        expect(formatMessage(getRule('DPA-R01'), 'nl')).toBe('Invulveld ‘’ is niet ingevuld.');
        expect(formatMessage(getRule('DPA-R52'), 'en', { x: 'Aruba (AW)' }, 'territory')).toContain('Aruba (AW)');
        expect(() => formatMessage(getRule('DPA-R01'), 'en', {}, 'nonsense')).toThrow(/DPA-R01 has no message variant 'nonsense'/);
        expect(formatMessage(getCheck('unknown-parameter'), 'en', { x: 'p' })).toContain('p');
    });
});
