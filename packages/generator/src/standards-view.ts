import { followedStandards, inPlace, type Agreement, type Measure } from '@dpa/language';
import type { Formatter } from './view-builder.js';
import type { StandardsView } from './view.js';

// The standards the measures of Bijlage 2 name, as the articles speak of them (review 2026-11
// the security norms the processor applies (article "Beveiliging"), the assurance
// standards under which an independent auditor reports on its controls (ISAE 3402, SOC 2: these
// are no security norms, so they belong with information and audits), and the norms the processor
// holds a certificate for (to be kept up, shown on request, a lapse reported).

/** An assurance standard: a standard for an auditor's report on controls, not a norm for security. */
const ASSURANCE_KEYWORDS: ReadonlySet<string> = new Set(['ISAE3402', 'SOC2']);
/** The same in a standard written as text: "ISAE 3000", "SOC 1 type II", "SSAE 18". */
const ASSURANCE_TEXT = /^\s*(?:ISAE|SOC|SSAE)\s?\d/i;

export function isAssuranceStandard(value: string): boolean {
    return ASSURANCE_KEYWORDS.has(value) || ASSURANCE_TEXT.test(value);
}

/** The standards as the agreement prints them ("ISO/IEC 27001"). */
function names(values: readonly string[], f: Formatter): string[] {
    return values.map(value => {
        const text = f.text(value);
        return f.terms.standards[text] ?? text;
    });
}

function unique(values: readonly string[]): string[] {
    return [...new Set(values)];
}

/**
 * The standards of the measures in three groups: `standards` (security norms followed or certified),
 * `assurance` (assurance standards named by measures in place), `certifications` (security norms a
 * measure in place is certified against).
 */
export function standardsView(agreement: Agreement, f: Formatter): StandardsView {
    const all = (m: Measure) => [...followedStandards(m), ...m.certified];
    const measures = inPlace(agreement.measures);
    return {
        standards: unique(names(agreement.measures.flatMap(all).filter(s => !isAssuranceStandard(s)), f)),
        assurance: unique(names(measures.flatMap(all).filter(isAssuranceStandard), f)),
        certifications: unique(names(measures.flatMap(m => m.certified).filter(s => !isAssuranceStandard(s)), f))
    };
}
