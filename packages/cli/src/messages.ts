import { defineCatalogue, type CatalogueArgs, type Lang } from '@dpa/language';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

/** A message of the CLI: a key of i18n/en.json (nl.json has the same keys). */
export type CliMessage = keyof typeof en;

/** Everything the `dpa` command says itself: help, usage errors, refusals, notes, summaries. */
export const CLI_MESSAGES = defineCatalogue<CliMessage>('cli', { nl, en });

/**
 * The language of the CLI's own lines. English, as it always was: `--lang` sets the language of
 * the diagnostics, of a row's problems in `dpa batch` and of the agreement, not of these lines,
 * and programs read them (the VS Code batch command looks for `--draft`, `--force` and
 * "N generated" in what `dpa batch --lang nl` prints). Both languages are in the catalogue.
 */
export const CLI_LANG: Lang = 'en';

/** A CLI message in the CLI's language, with its placeholders filled in. */
export function say(key: CliMessage, args?: CatalogueArgs): string {
    return CLI_MESSAGES.text(CLI_LANG, key, args);
}

/** `a or b or c` in the CLI's language (the alternatives a usage error offers). */
export function alternatives(options: readonly string[]): string {
    return options.join(say('usage.or'));
}
