import type * as ast from '../../generated/ast.js';
import { PARTIES_DATA } from '../../data/index.js';
import type { Lang } from '../../i18n/lang.js';
import { joinAnd, LANGUAGE_MESSAGES, type TextKey } from '../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { formedByAcceptance } from './parties.js';

/**
 * DPA-R50, the formalities of the agreement as a document (Art. 28(9): in writing, electronic form
 * included): the signatures, the document's own dates (when it takes effect, the date of its
 * version) and the status it gives itself. A formality missing is information; what leaves
 * unclear which text binds, or whether one does, is a warning.
 */

/** A message part of these rules (`parties.*` in the language catalogue) with `{v}` filled in. */
function words(key: TextKey, lang: Lang, v = ''): string {
    return LANGUAGE_MESSAGES.text(lang, key, { p: '', v, n: '' });
}

function isBlank(value: string | undefined): boolean {
    return value === undefined || value.trim() === '';
}

/** `2026-01`: a month without a day. */
export function isMonthOnly(value: string | undefined): boolean {
    return value !== undefined && /^\d{4}-\d{2}$/.test(value);
}

/**
 * DPA-R50: every signatory has a name, function, place and date (placeholders count). A missing
 * name, or a missing date where the agreement states no `effective` date either (then nothing
 * says when it was concluded), is a warning; a missing function or place is a formality
 * (information). The place of signing of the whole document (`signed at`) stands for each
 * signatory's. A date of a month only does not say when the agreement was concluded: information.
 */
export function checkSignatory(signatory: ast.Signatory, context: CheckContext): void {
    const { report, lang, agreement } = context;
    // Accepted terms are not signed: no place or date of signing is expected (Art. 28(9)).
    if (formedByAcceptance(agreement)) return;
    const missing: string[] = [];
    const formalities: string[] = [];
    if (isBlank(signatory.person)) missing.push(words('parties.signature.name', lang));
    if (isBlank(signatory.function)) formalities.push(words('parties.signature.function', lang));
    if (isBlank(signatory.place) && isBlank(agreement.signingPlace)) formalities.push(words('parties.signature.place', lang));
    const dated = agreement.effective !== undefined && !isMonthOnly(agreement.effective);
    if (isBlank(signatory.date)) (dated ? formalities : missing).push(words('parties.signature.date', lang));
    else if (isMonthOnly(signatory.date)) formalities.push(words('parties.signature.dayOfDate', lang));
    const all = [...missing, ...formalities];
    if (all.length === 0) return;
    report.rule('DPA-R50', { node: signatory }, { x: words('parties.signature.missing', lang, joinAnd(all, lang)) }, [], missing.length === 0 ? { severity: 'info' } : {});
}

/**
 * DPA-R50, the catalogue's info variant: the agreement was concluded (its last signature) before
 * 25 May 2018, when the AVG became applicable. Not reported when any signatory is undated or
 * dated by a placeholder or a month only (the date of conclusion is then unknown).
 */
export function checkSignedBeforeGdpr(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    let latest: ast.Signatory | undefined;
    for (const party of agreement.parties) {
        for (const signatory of party.signatories) {
            // An undated (DPA-R50) or placeholder date: when the agreement was concluded is unknown.
            const date = signatory.date;
            if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
            if (!latest || date > latest.date!) latest = signatory;
        }
    }
    if (!latest || latest.date! >= PARTIES_DATA.gdprApplies) return;
    const [year, month, day] = latest.date!.split('-');
    const shown = lang === 'nl' ? `${day}-${month}-${year}` : latest.date!;
    report.rule('DPA-R50', { node: latest, property: 'date' }, { x: words('parties.signature.beforeGdpr', lang, shown) }, [], { severity: 'info' });
}

/**
 * DPA-R50, the document's own dates and status:
 * - `status draft|concept`: the text says it is not final, so it may not yet be the binding
 *   contract Art. 28(3) requires (warning; `final` or no status is quiet);
 * - the version's date left `unfilled` (a blank in published or signed terms, not a template field): which
 *   version binds cannot be shown (warning);
 * - `revised on-view`: the page shows the day it is viewed, the text has no fixed date
 *   (information);
 * - a date of a month only (`effective 2026-01`, `revised 2026-01`): the day is uncertain
 *   (information).
 */
export function checkDocumentFormalities(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    const status = agreement.status;
    if (status === 'draft' || status === 'concept') {
        const note = agreement.statusNote !== undefined && !isBlank(agreement.statusNote) ? words('parties.document.statusNote', lang, agreement.statusNote.trim()) : '';
        report.rule('DPA-R50', { node: agreement, property: 'status' }, { x: status, y: note }, [], { severity: 'warning', message: 'status' });
    }
    const revised = agreement.revised;
    const version = words('parties.document.revised', lang);
    if (revised === 'unfilled') {
        report.rule('DPA-R50', { node: agreement, property: 'revised' }, { x: version }, [], { severity: 'warning', message: 'unfilled' });
    } else if (revised === 'on-view') {
        report.rule('DPA-R50', { node: agreement, property: 'revised' }, { x: version }, [], { severity: 'info', message: 'onView' });
    }
    for (const property of ['effective', 'revised'] as const) {
        const value = agreement[property];
        if (!isMonthOnly(value)) continue;
        const which = words(property === 'effective' ? 'parties.document.effective' : 'parties.document.revised', lang);
        report.rule('DPA-R50', { node: agreement, property }, { x: which, y: value! }, [], { severity: 'info', message: 'month' });
    }
}

/** The latest full signature date, or undefined when a signatory is undated, dated by a placeholder or a month only. */
function lastSignature(agreement: ast.Agreement): string | undefined {
    let latest: string | undefined;
    for (const party of agreement.parties) {
        for (const { date } of party.signatories) {
            if (date === undefined || !isFullDate(date)) return undefined;
            if (latest === undefined || date > latest) latest = date;
        }
    }
    return latest;
}

function isFullDate(value: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** A date as the messages show it: dd-mm-yyyy in Dutch, ISO in English. */
function shownDate(date: string, lang: Lang): string {
    const [year, month, day] = date.split('-');
    return lang === 'nl' ? `${day}-${month}-${year}` : date;
}

/**
 * DPA-R50, information on the `effective` date:
 * - before 25 May 2018 (issue 11 C-13): the AVG did not yet apply and the UAVG, which the
 *   generated text cites (definitions, legal frame, governing law), was not yet in force (the
 *   UAVG, Stb. 2018, 144, and the AVG's application, Art. 99(2), both from 25 May 2018);
 * - before the last signature (D-10): the agreement has retroactive effect; until it was signed
 *   the processing had no agreement in writing (Art. 28(3), 28(9)). Not reported when a signatory
 *   is undated or dated by a placeholder or a month only.
 */
export function checkEffectiveDate(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    const effective = agreement.effective;
    if (effective === undefined || !isFullDate(effective)) return;
    if (effective < PARTIES_DATA.gdprApplies) {
        report.rule('DPA-R50', { node: agreement, property: 'effective' }, { x: shownDate(effective, lang) }, [], { severity: 'info', message: 'effectiveBeforeGdpr' });
    }
    const signed = formedByAcceptance(agreement) ? undefined : lastSignature(agreement);
    if (signed !== undefined && effective < signed) {
        report.rule('DPA-R50', { node: agreement, property: 'effective' }, { x: shownDate(effective, lang), y: shownDate(signed, lang) }, [], { severity: 'info', message: 'retroactive' });
    }
}

export const owner: RuleOwner = { name: 'formalities', rules: ['DPA-R50'] };
