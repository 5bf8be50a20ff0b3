import { defineCatalogue } from './catalogue.js';
import type { Lang } from './lang.js';
import en from './en.json';
import nl from './nl.json';

/**
 * The language package's messages beyond the rule and check messages of rules.json and
 * checks.json: quick-fix titles and the parts of diagnostic messages the checks compose.
 */
export const texts = defineCatalogue<keyof typeof en>('language', { nl, en });

export type TextKey = keyof typeof en;

/** "a, b and c" / "a, b en c". */
export function joinAnd(items: readonly string[], lang: Lang): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')}${texts.text(lang, 'list.and')}${items.at(-1)!}`;
}
