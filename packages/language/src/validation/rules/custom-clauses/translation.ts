import type * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import { declaresEnglish, hasEnglishVersion } from '../../../translations.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';

/**
 * DPA-R62. The agreement gives an English version of some of its own clauses, so it is meant to be
 * read in English too, yet this custom clause lacks its English title or a `text en` for each
 * paragraph: the English document would show it in Dutch (marked as not translated, review B-01).
 * Agreements with no English text at all are not reported (no noise on Dutch-only agreements);
 * their English output marks every custom clause and says so at the top.
 */
export function untranslatedClause(clause: ast.CustomClause, context: CheckContext): void {
    if (hasEnglishVersion(clause) || !declaresEnglish(context.agreement.clauses)) return;
    const lang = context.lang;
    const missing = [
        ...(clause.titleEn === undefined ? [LANGUAGE_MESSAGES.text(lang, 'translation.title')] : []),
        ...(clause.paragraphsEn.length !== clause.paragraphs.length
            ? [LANGUAGE_MESSAGES.text(lang, 'translation.paragraphs', { x: clause.paragraphsEn.length, y: clause.paragraphs.length })]
            : [])
    ];
    context.report.rule('DPA-R62', { node: clause, property: 'title' }, { x: clause.title, y: missing.join('; ') });
}

export const owner: RuleOwner = { name: 'translation', rules: ['DPA-R62'] };
