import { describe, expect, test } from 'vitest';
import { DpaSettings } from '@dpa/language';
import { GenerationSettings } from '../../packages/server/src/generation-settings.js';

describe('the settings of the generated agreement (the server\'s, not the language\'s)', () => {
    test('agreement.language and templates.folder of the dpa section; defaults nl and none', () => {
        const settings = new GenerationSettings();
        expect(settings.agreementLanguage).toBe('nl');
        expect(settings.templatesFolder).toBeUndefined();
        settings.apply({ agreement: { language: 'en' }, templates: { folder: '  firm/templates ' } });
        expect(settings.agreementLanguage).toBe('en');
        expect(settings.templatesFolder).toBe('firm/templates');
        settings.apply({ agreement: { language: 'de' }, templates: { folder: '   ' } });
        expect(settings.agreementLanguage).toBe('nl');
        expect(settings.templatesFolder).toBeUndefined();
        settings.apply(null);
        expect(settings.agreementLanguage).toBe('nl');
    });

    test('the language\'s settings hold only what the language uses', () => {
        const language = new DpaSettings();
        language.apply({ diagnostics: { language: 'nl' }, rules: { 'DPA-R36': 'off' }, agreement: { language: 'en' }, templates: { folder: 'x' } }, 'en');
        expect(Object.keys(language).sort()).toEqual(['language', 'rules']);
        expect(language.language).toBe('nl');
        expect(language.rules).toEqual({ 'DPA-R36': 'off' });
    });
});
