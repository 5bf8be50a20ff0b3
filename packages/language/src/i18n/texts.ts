import { defineCatalogue } from './catalogue.js';
import type { Lang } from './lang.js';
import en from './en.json';
import nl from './nl.json';

/**
 * Everything the language package says, per language: rule and check messages (`DPA-R05`,
 * `DPA-R05.<variant>`, `check.<id>`, `incomplete.<reason>`), quick-fix titles, the parts of
 * diagnostic messages the checks compose, and the editor features' texts (`hover.*`, `codeLens.*`).
 */
export const LANGUAGE_MESSAGES = defineCatalogue<keyof typeof en>('language', { nl, en });

export type TextKey = keyof typeof en;

/** "a, b and c" / "a, b en c". */
export function joinAnd(items: readonly string[], lang: Lang): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')}${LANGUAGE_MESSAGES.text(lang, 'list.and')}${items.at(-1)!}`;
}
