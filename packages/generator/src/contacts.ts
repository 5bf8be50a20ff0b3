import { resolveReference, type Agreement } from '@dpa/language';
import type { Block, TableRow } from './ir.js';
import type { Terms } from './terms.js';
import type { ContactView, NoticesView, PartyView } from './view.js';

/**
 * The addressees of the agreement (issue 11 A-07): the contacts annex, which lists per party the
 * contact persons by subject, the data protection officer and the channels for breach
 * notifications and sub-processor notices (as Annex I of the Commission's SCCs, Implementing
 * Decision (EU) 2021/915, lists the parties' contact persons), and the numbers the notices
 * paragraphs of the final article refer to.
 */

/** The number of the contacts annex: after processing (1), measures (2) and sub-processors (3), which are always there. */
export const CONTACTS_ANNEX = 4;

/** Whether a party names any contact point: a contact of any purpose or a DPO. */
function hasContactPoint(party: PartyView): boolean {
    return party.contact !== undefined || party.dpo !== undefined;
}

/**
 * Whether the agreement has the contacts annex. A record of an existing agreement (`faithful`)
 * lists only the contacts its parties named: it has the annex only when they named any, and no
 * notices paragraph refers to it. Every other agreement has it, so that its notices clause
 * always has an annex to point to (a party that names nobody is listed as such).
 */
export function hasContactsAnnex(view: { readonly faithful?: boolean; readonly controller: PartyView; readonly processor: PartyView }): boolean {
    return view.faithful !== true || hasContactPoint(view.controller) || hasContactPoint(view.processor);
}

/**
 * The article numbers the notices paragraphs name: the final article (where they stand), the
 * breach article and the sub-processing article, each when the agreement has exactly one of it.
 */
export function noticesView(agreement: Agreement): NoticesView {
    const articleOf = (name: string): number | undefined => {
        const target = resolveReference(agreement, name);
        return target?.kind === 'article' ? target.number : undefined;
    };
    const breach = articleOf('breach');
    const subprocessing = articleOf('subprocessing');
    return {
        article: articleOf('law') ?? agreement.clauses.length + 3,
        ...(breach !== undefined ? { breachArticle: breach } : {}),
        ...(subprocessing !== undefined ? { subprocessingArticle: subprocessing } : {})
    };
}

/** One row of the annex: the party's term, the subject, the person, e-mail and telephone. */
function row(party: PartyView, subject: string, contact: ContactView, t: Terms): TableRow {
    return { cells: [[party.term], [subject], [contact.person], [contact.email ?? t.notApplicable], [contact.phone ?? t.notApplicable]] };
}

/**
 * A party's rows: the general contact (unless it is only the fallback to a purpose contact, listed
 * under its purpose), the privacy contact, the security contact, the DPO; a party that names none
 * has one row that says notices go to its address under Parties.
 */
function partyRows(party: PartyView, t: Terms): TableRow[] {
    const s = t.contactSubjects;
    const { contact, privacyContact, securityContact, dpo } = party;
    const general = contact !== undefined && contact !== privacyContact && contact !== securityContact
        && contact.text !== privacyContact?.text && contact.text !== securityContact?.text ? contact : undefined;
    const rows = [
        ...(general ? [row(party, s.general, general, t)] : []),
        ...(privacyContact ? [row(party, s.privacy, privacyContact, t)] : []),
        ...(securityContact ? [row(party, s.security, securityContact, t)] : []),
        ...(dpo ? [row(party, s.dpo, dpo, t)] : [])
    ];
    return rows.length > 0 ? rows : [{ cells: [[party.term], [s.general], [s.none], [t.notApplicable], [t.notApplicable]] }];
}

/**
 * The contacts annex: a heading and one table of both parties' contacts. The cells hold names and
 * addresses, which need no translation, so an English heading carries no "untranslated" mark.
 */
export function contactsAnnex(view: { readonly controller: PartyView; readonly processor: PartyView; readonly annex: { readonly contacts?: number } }, t: Terms, heading: (n: number, title: string) => Block): Block[] {
    const n = view.annex.contacts;
    if (n === undefined) return [];
    const c = t.contactColumns;
    return [
        heading(n, t.annexes.contacts),
        { kind: 'paragraph', text: t.contactsIntro },
        { kind: 'table', columns: [c.party, c.subject, c.person, c.email, c.phone], rows: [...partyRows(view.controller, t), ...partyRows(view.processor, t)] }
    ];
}
