import type { DiagnosticInfo } from 'langium';
import type * as ast from '../../../generated/ast.js';
import type { Lang } from '../../../i18n/lang.js';
import { joinAnd, LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext } from '../../check-module.js';
import { rangeIn } from '../clauses/shared.js';
import type { ElementReading, MissingPart } from './reading.js';

// Where and why a custom clause falls short of an Art. 28(3) element, for the element's absence
// rule (rules/clauses/absent-elements.ts) and the information that a part was not found
// (unverified.ts).

/** The flagged words, or the clause's `covers` entry for the element (its title if it has none). */
export function shortfallWhere(context: CheckContext, reading: ElementReading): DiagnosticInfo<ast.CustomClause> {
    const flag = reading.flags[0];
    if (flag) return { node: reading.clause, range: rangeIn(context, flag.paragraph, flag.match) };
    const index = reading.clause.covers.indexOf(reading.element);
    return index >= 0 ? { node: reading.clause, property: 'covers', index } : { node: reading.clause, property: 'title' };
}

/** "not found in its text: …" for parts the text lacks. */
export function notFound(missing: readonly MissingPart[], lang: Lang): string {
    return LANGUAGE_MESSAGES.text(lang, 'reading.notFound', { x: joinAnd(missing.map(p => p.label[lang]), lang) });
}

/** The flag's words ("…"), or the parts its text lacks. */
export function shortfallWhy(reading: ElementReading, lang: Lang): string {
    const flag = reading.flags[0];
    return flag ? `${flag.label[lang]} (“${flag.match.text}”)` : notFound(reading.missing, lang);
}
