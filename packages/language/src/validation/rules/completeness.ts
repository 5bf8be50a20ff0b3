import { ART28_ELEMENTS, providedElements } from '../art28.js';
import type { CheckModule } from '../check-module.js';
import { fix, insertBeforeClosingBrace } from '../fixes.js';

/**
 * Art. 28(3) completeness at a glance: one summary on the agreement, "15/17 elements covered;
 * missing: …", with a fix that adds every missing standard clause at once. Each missing element
 * is also reported by its own rule (DPA-R03, R05, …).
 */
export const completenessModule: CheckModule = {
    name: 'completeness',
    rules: [],
    checks: {
        Agreement: (agreement, { report, lang }) => {
            const provided = providedElements(agreement);
            const missing = ART28_ELEMENTS.filter(e => !provided.has(e.id));
            if (missing.length === 0) return;
            const clauses = [...new Set(missing.flatMap(e => (e.clause ? [e.clause] : [])))];
            const title = lang === 'nl' ? 'Alle ontbrekende standaardartikelen toevoegen' : 'Add all missing standard clauses';
            report.check('art28-coverage', { node: agreement, property: 'name' }, {
                x: `${ART28_ELEMENTS.length - missing.length}/${ART28_ELEMENTS.length}`,
                y: missing.map(e => `${e.label[lang]} (${lang === 'nl' ? e.articleNl : e.article})`).join('; ')
            }, clauses.length > 0 ? [fix(title, [insertBeforeClosingBrace(agreement, clauses)])] : []);
        }
    }
};
