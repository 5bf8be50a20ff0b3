import { defineCatalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

/**
 * What the editor features say (code lenses, hovers), in nl and en. Its own catalogue for now; to be
 * merged into the language package's catalogue (src/i18n) with the validation's messages.
 */
export const LSP_MESSAGES = defineCatalogue<keyof typeof en>('lsp', { nl, en });

/**
 * The language of hovers: English, with the Dutch terms beside them, whatever the message
 * language, as they always were (the code lenses follow `dpa.diagnostics.language`). Both
 * languages are in the catalogue; following the setting is a change of behaviour for later.
 */
export const HOVER_LANG: Lang = 'en';
