import type { Lang } from '../i18n/lang.js';

/**
 * The language of hovers: English, with the Dutch terms beside them, whatever the message
 * language, as they always were (the code lenses follow `dpa.diagnostics.language`). Both
 * languages are in the catalogue (`hover.*` in src/i18n); following the setting is a change of
 * behaviour for later.
 */
export const HOVER_LANG: Lang = 'en';
