import { ART28_ELEMENTS, providedElements } from '../art28.js';
import type * as ast from '../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../i18n/texts.js';
import type { CheckContext } from '../check-module.js';
import { fix, insertBeforeClosingBrace } from '../fixes.js';

/**
 * Art. 28(3) completeness at a glance: one summary on the agreement, "15/17 elements covered;
 * missing: …", with a fix that adds every missing standard clause at once. Each missing element
 * is also reported by its own rule (DPA-R03, R05, …).
 */
export function art28Coverage(agreement: ast.Agreement, { report, lang }: CheckContext): void {
    const provided = providedElements(agreement);
    const missing = ART28_ELEMENTS.filter(e => !provided.has(e.id));
    if (missing.length === 0) return;
    const clauses = [...new Set(missing.flatMap(e => (e.clause ? [e.clause] : [])))];
    const title = LANGUAGE_MESSAGES.text(lang, 'fix.addAllMissingClauses');
    report.check('art28-coverage', { node: agreement, property: 'name' }, {
        x: `${ART28_ELEMENTS.length - missing.length}/${ART28_ELEMENTS.length}`,
        y: missing.map(e => `${e.label[lang]} (${lang === 'nl' ? e.articleNl : e.article})`).join('; ')
    }, clauses.length > 0 ? [fix(title, [insertBeforeClosingBrace(agreement, clauses)])] : []);
}
