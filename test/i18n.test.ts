import { describe, expect, it } from 'vitest';
import { defineCatalogue, LANGS, placeholders, type Catalogue } from '@dpa/language';
import { LANGUAGE_MESSAGES } from '../packages/language/src/i18n/texts.js';
import { GENERATOR_MESSAGES } from '../packages/generator/src/i18n/index.js';
import { CLI_MESSAGES } from '../packages/cli/src/messages.js';
import { SERVER_MESSAGES } from '../packages/server/src/messages.js';
import { IMPORTER_MESSAGES } from '../packages/importer/src/i18n/index.js';

// Every message catalogue of every package is listed here; each test runs over all of them.
// (A package adds its catalogue to this list when it creates one.)
const CATALOGUES: readonly Catalogue<string>[] = [LANGUAGE_MESSAGES, GENERATOR_MESSAGES, CLI_MESSAGES, SERVER_MESSAGES, IMPORTER_MESSAGES];

describe('message catalogues', () => {
    it('fills placeholders and refuses a missing value', () => {
        const catalogue = defineCatalogue('demo', {
            nl: { greet: 'Hallo {name}, {name}!' },
            en: { greet: 'Hello {name}, {name}!' }
        });
        expect(catalogue.text('nl', 'greet', { name: 'Loonwolk' })).toBe('Hallo Loonwolk, Loonwolk!');
        expect(catalogue.text('en', 'greet', { name: 'x{y}' })).toBe('Hello x{y}, x{y}!');
        expect(() => catalogue.text('en', 'greet')).toThrow(/needs a value for \{name\}/);
        expect(placeholders('a {b} {c} {b} {1x}')).toEqual(['b', 'c']);
    });

    for (const catalogue of CATALOGUES) {
        it(`${catalogue.name}: every language has the same keys and placeholders, and no empty message`, () => {
            const [first, ...rest] = LANGS;
            const base = catalogue.messages(first);
            for (const lang of rest) {
                const other = catalogue.messages(lang);
                expect(Object.keys(other).sort(), `${catalogue.name} ${lang} keys`).toEqual(Object.keys(base).sort());
                for (const key of Object.keys(base)) {
                    expect(placeholders(other[key]!), `${catalogue.name} ${key} (${lang})`).toEqual(placeholders(base[key]!));
                }
            }
            for (const lang of LANGS) {
                for (const [key, message] of Object.entries(catalogue.messages(lang))) {
                    expect(message.trim(), `${catalogue.name} ${key} (${lang})`).not.toBe('');
                }
            }
        });
    }
});
