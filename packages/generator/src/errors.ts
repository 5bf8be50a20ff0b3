/**
 * What the generator's errors say, from its catalogue (`error.*` in i18n/{nl,en}.json). An error
 * keeps its message as a key with values (`ErrorText`), so that it can be said in any language
 * (`describe(lang)`); its `message` is the English text, which the CLI (whose own lines are
 * English) and the server show as they are. Text that comes from a library (a handlebars parse
 * error, an fs or JSON error) is a value, as is.
 */
import type { Lang } from '@dpa/language';
import { generatorText, type GeneratorMessage } from './i18n/index.js';

/** The keys of the generator's error messages. */
export type ErrorKey = Extract<GeneratorMessage, `error.${string}`>;

/**
 * The value of a `{placeholder}`: text as is; a number as the language writes it (`0.05`,
 * `0,05`; without grouping, so a line stays `1234`); `{ grouped }`, a count with the thousands
 * grouped (`10,000,000`, `10.000.000`); `{ bytes }`, a size (`1 MiB`, `2.1 MiB`); or another
 * message of the catalogue, said in the same language.
 */
export type ErrorArg = string | number | { readonly grouped: number } | { readonly bytes: number } | ErrorText;

/** A message of the generator's catalogue with its values: what an error says. */
export interface ErrorText {
    readonly key: ErrorKey;
    readonly args?: Readonly<Record<string, ErrorArg>>;
}

/** Shorthand for an ErrorText. */
export function errorText(key: ErrorKey, args?: Readonly<Record<string, ErrorArg>>): ErrorText {
    return args === undefined ? { key } : { key, args };
}

/** `items` joined by "or" in the language of the message (`nl/ or en/`). */
export function orList(items: readonly ErrorArg[]): ErrorArg {
    return items.slice(1).reduce<ErrorArg>((first, last) => errorText('error.list.or', { first, last }), items[0] ?? '');
}

const LOCALES: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en' };

/** `text` in `lang`, its values (and the messages among them) said in that language. */
export function describeText(text: ErrorText, lang: Lang): string {
    const args: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(text.args ?? {})) args[name] = describeArg(value, lang);
    return generatorText(lang, text.key, args);
}

function describeArg(value: ErrorArg, lang: Lang): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return value.toLocaleString(LOCALES[lang], { useGrouping: false, maximumFractionDigits: 20 });
    if ('grouped' in value) return value.grouped.toLocaleString(LOCALES[lang], { maximumFractionDigits: 20 });
    if ('bytes' in value) return formatBytes(value.bytes, lang);
    return describeText(value, lang);
}

/** A byte count in words: `1 MiB`, `2.1 MiB` (`2,1 MiB` in Dutch), `256 KiB`, `12 bytes`. */
function formatBytes(bytes: number, lang: Lang): string {
    const unit = (size: number, name: string) => `${Number((bytes / size).toFixed(1)).toLocaleString(LOCALES[lang], { useGrouping: false })} ${name}`;
    if (bytes >= 1024 * 1024) return unit(1024 * 1024, 'MiB');
    if (bytes >= 1024) return unit(1024, 'KiB');
    return `${bytes} bytes`;
}

/**
 * An error the generator reports to a user: a folder, template or PDF conversion that failed. The
 * message is the English text of its ErrorText; `describe` says it in another language. (Errors
 * no user can cause, such as built-in data that does not match its schema, stay plain `Error`s.)
 */
export class GeneratorError extends Error {
    // Private, so that two errors with the same message compare equal (vitest's toThrow(error)).
    readonly #text: ErrorText | undefined;

    /** `text` from the catalogue; a plain string is a message as is (as `new Error(message)`). */
    constructor(text: ErrorText | string) {
        super(typeof text === 'string' ? text : describeText(text, 'en'));
        this.#text = typeof text === 'string' ? undefined : text;
    }

    /** What the error says, as a key of the catalogue and its values (undefined for a plain message). */
    get text(): ErrorText | undefined {
        return this.#text;
    }

    /** The message in `lang` (`message` is the English one). */
    describe(lang: Lang): string {
        return this.#text ? describeText(this.#text, lang) : this.message;
    }
}
