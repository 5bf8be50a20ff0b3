import { art28Element, providedElements } from '../../art28.js';
import type * as ast from '../../../generated/ast.js';
import type { CheckContext } from '../../check-module.js';
import { readClause } from './reading.js';
import { notFound } from './shortfall.js';

/**
 * A custom clause that `covers` an element and provides it, but whose text lacks some of the
 * element's parts (clause-reading.json): nothing is trusted silently, so the parts not found are
 * named as information, to check by hand (the patterns may miss a wording; the text may lack the
 * part), unless a rule reports that part's absence (`rule` in the data). Not where a standard clause provides the element as well.
 */
export function unverifiedParts(clause: ast.CustomClause, context: CheckContext): void {
    const provided = providedElements(context.agreement);
    for (const reading of readClause(clause)) {
        const missing = reading.missing.filter(part => part.rule === undefined);
        if (!reading.explicit || !reading.provides || missing.length === 0 || provided.get(reading.element) !== clause) continue;
        const element = art28Element(reading.element);
        const y = `${element.label[context.lang]} (${context.lang === 'nl' ? element.articleNl : element.article}): ${notFound(missing, context.lang)}`;
        context.report.check('custom-clause-unverified', { node: clause, property: 'covers', index: clause.covers.indexOf(reading.element) }, { x: clause.title, y });
    }
}
