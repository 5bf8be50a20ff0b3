import { defineCatalogue } from './catalogue.js';
import en from './en.json';
import nl from './nl.json';

/**
 * The language package's messages beyond the rule and check messages of rules.json and
 * checks.json: quick-fix titles and the parts of diagnostic messages the checks compose.
 */
export const texts = defineCatalogue<keyof typeof en>('language', { nl, en });

export type TextKey = keyof typeof en;
