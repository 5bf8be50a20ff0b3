import { defineCatalogue } from '../i18n/catalogue.js';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

/**
 * What the editor features say (code lenses), in nl and en. Its own catalogue for now; to be
 * merged into the language package's catalogue (src/i18n) with the validation's messages.
 */
export const LSP_MESSAGES = defineCatalogue<keyof typeof en>('lsp', { nl, en });
