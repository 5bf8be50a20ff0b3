import type { Catalogue, CatalogueArgs, Lang } from '@dpa/language';
import en from './en.json';
import nl from './nl.json';

export type ImporterMessage = keyof typeof en;

const MESSAGES: Readonly<Record<Lang, Readonly<Record<ImporterMessage, string>>>> = { nl, en };
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/gu;

/**
 * What the importer says besides the imported agreement: its errors (`read.*`, see
 * read/errors.ts). The same shape and rules as the language's `defineCatalogue` (same keys in
 * both languages, checked by test/i18n.test.ts), built here with types only: the readers are
 * bundled apart from the language, and importing the language's index for this function
 * would bring all of the language (Langium, Chevrotain; about 200 KB gzipped) into their bundle.
 */
export const IMPORTER_MESSAGES: Catalogue<ImporterMessage> = {
    name: 'importer',
    text(lang, key, args = {}) {
        const message = MESSAGES[lang][key];
        return message.replace(PLACEHOLDER, (_whole, arg: string) => {
            const value = args[arg];
            if (value === undefined) throw new Error(`Message '${key}' of the importer catalogue needs a value for {${arg}}`);
            return String(value);
        });
    },
    messages: lang => MESSAGES[lang]
};

/** The message `key` of the importer's catalogue in `lang`, its placeholders filled in. */
export function importerText(lang: Lang, key: ImporterMessage, args?: CatalogueArgs): string {
    return IMPORTER_MESSAGES.text(lang, key, args);
}
