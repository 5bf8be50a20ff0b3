import type { Terms } from './terms.js';

/**
 * The full statutory names of Dutch legal forms written short in a model (issue 11 A-26): the
 * Civil Code names the B.V. "besloten vennootschap met beperkte aansprakelijkheid" (art. 2:175
 * BW) and the N.V. "naamloze vennootschap" (art. 2:64 BW). Keys in lower case.
 */
const FULL_LEGAL_FORMS: Readonly<Record<string, string>> = {
    'besloten vennootschap': 'besloten vennootschap met beperkte aansprakelijkheid',
    'bv': 'besloten vennootschap met beperkte aansprakelijkheid',
    'b.v.': 'besloten vennootschap met beperkte aansprakelijkheid',
    'nv': 'naamloze vennootschap',
    'n.v.': 'naamloze vennootschap'
};

/**
 * A legal form as the parties block writes it: its full statutory name, with the English gloss
 * where the language has one (B-04): "besloten vennootschap met beperkte aansprakelijkheid
 * (private limited liability company)". A form that is not Dutch or not known stays as written.
 */
export function legalFormText(legalForm: string, terms: Terms): string {
    const written = legalForm.trim();
    const full = FULL_LEGAL_FORMS[written.toLowerCase()] ?? written;
    const gloss = terms.glosses.legalForms[full.toLowerCase()];
    return gloss !== undefined && gloss.toLowerCase() !== full.toLowerCase() ? `${full} (${gloss})` : full;
}
