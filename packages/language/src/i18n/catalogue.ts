import type { Lang } from './lang.js';

/** Values for a message's `{name}` placeholders. */
export type MessageArgs = Readonly<Record<string, string | number>>;

/**
 * One message catalogue: the same keys in every language, each a text with `{name}` placeholders.
 * Every package that says something to a user keeps its messages in `src/i18n/nl.json` and
 * `src/i18n/en.json` and builds its catalogue with `defineCatalogue`; the keys come from the JSON
 * files, so a key missing in one language, or a misspelt key in code, fails the build, and
 * `test/i18n.test.ts` checks that both languages use the same placeholders.
 */
export interface Catalogue<K extends string> {
    /** A catalogue's name, for error messages and tests (e.g. `cli`). */
    readonly name: string;
    /** The message `key` in `lang`, with its placeholders filled in. */
    text(lang: Lang, key: K, args?: MessageArgs): string;
    /** The messages of one language, unfilled (for tests, and for a renderer that splits a message around its placeholders). */
    messages(lang: Lang): Readonly<Record<K, string>>;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The placeholder names a message uses, sorted and without repeats. */
export function placeholders(message: string): string[] {
    return [...new Set([...message.matchAll(PLACEHOLDER)].map(m => m[1]!))].sort();
}

export function defineCatalogue<K extends string>(name: string, messages: Readonly<Record<Lang, Readonly<Record<K, string>>>>): Catalogue<K> {
    return {
        name,
        text(lang, key, args = {}) {
            const message = messages[lang][key];
            if (message === undefined) throw new Error(`Message '${key}' is missing from the ${name} catalogue (${lang})`);
            return message.replace(PLACEHOLDER, (_whole, arg: string) => {
                const value = args[arg];
                if (value === undefined) throw new Error(`Message '${key}' of the ${name} catalogue needs a value for {${arg}}`);
                return String(value);
            });
        },
        messages: lang => messages[lang]
    };
}
