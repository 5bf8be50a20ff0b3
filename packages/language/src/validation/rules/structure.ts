import { GrammarUtils, isCompositeCstNode, type AstNode, type CstNode, type Properties } from 'langium';
import type { Lang } from '../../i18n/lang.js';
import { LANGUAGE_MESSAGES, type TextKey } from '../../i18n/texts.js';
import type { CheckContext } from '../check-module.js';
import * as ast from '../../generated/ast.js';
import { countryAlias, lookupCountry } from '../../countries.js';
import { assignedFeature } from '../ast-walk.js';
import { allContents } from '../document-facts.js';
import type { Reporter } from '../report.js';
import { namedMembers, type NamedMember } from '../../names.js';

/** What a named member of the agreement is, in words, for messages (`kind.<type>` in the language catalogue). */
function kindWords(type: string, lang: Lang): string {
    const key = `kind.${type}`;
    return key in LANGUAGE_MESSAGES.messages(lang) ? LANGUAGE_MESSAGES.text(lang, key as TextKey) : type;
}

/** All names of an agreement share one namespace, so that a name always means one thing. */
export function checkDuplicateNames(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    const seen = new Map<string, NamedMember>();
    for (const member of namedMembers(agreement)) {
        const first = seen.get(member.name);
        if (!first) {
            seen.set(member.name, member);
            continue;
        }
        const line = (first.$cstNode?.range.start.line ?? 0) + 1;
        const kind = kindWords(first.$type, lang);
        report.check('duplicate-name', { node: member, property: 'name' }, {
            x: member.name,
            y: LANGUAGE_MESSAGES.text(lang, 'duplicateName.where', { kind, line })
        });
    }
}

/** The node types whose properties may be written in any order, each at most once. */
const SINGLE_VALUED: Record<string, readonly string[]> = {
    Agreement: ['title', 'version', 'effective', 'effectiveOn', 'revised', 'status', 'definitionsFrom', 'signingPlace', 'mainAgreement', 'law', 'court'],
    Party: ['legalName', 'alias', 'legalForm', 'kvk', 'address', 'dpo', 'customer'],
    SubProcessor: ['legalName', 'service', 'country', 'seat', 'contract'],
    DataCategory: ['basis'],
    Processing: ['retention'],
    Transfer: ['module', 'tia', 'ground']
};

/** Flags a property written twice where only one value is kept (`title "a" title "b"`). */
export function checkDuplicateProperties(node: AstNode, report: Reporter): void {
    const properties = SINGLE_VALUED[node.$type];
    if (!properties || !node.$cstNode) return;
    const assigned = assignedValues(node, properties);
    for (const property of properties) {
        for (const duplicate of (assigned.get(property) ?? []).slice(1)) {
            report.check('duplicate-property', { node, range: keywordRange(duplicate) }, { x: keywordText(duplicate) ?? property });
        }
    }
}

/**
 * The CST nodes of a node's own assignments to `properties`, by property, in one walk over its
 * CST (what `GrammarUtils.findNodesForProperty` finds for one property, for all of them: a walk
 * per property would cross a large agreement's CST once for each of its single-valued
 * properties). The values of other properties (an agreement's thousands of members) are passed by.
 */
function assignedValues(node: AstNode, properties: readonly string[]): Map<string, CstNode[]> {
    const found = new Map<string, CstNode[]>();
    const pending: CstNode[] = node.$cstNode && isCompositeCstNode(node.$cstNode) ? [...node.$cstNode.content].reverse() : [];
    for (let cst = pending.pop(); cst !== undefined; cst = pending.pop()) {
        // As Langium's own search: a CST node inside an assignment is that property's value; a
        // composite of this node without one (a group) is looked into.
        const feature = assignedFeature(cst);
        if (feature !== undefined) {
            if (!properties.includes(feature)) continue;
            const values = found.get(feature);
            if (values) values.push(cst);
            else found.set(feature, [cst]);
        } else if (cst.astNode === node && isCompositeCstNode(cst)) {
            for (let i = cst.content.length - 1; i >= 0; i--) pending.push(cst.content[i]!);
        }
    }
    return found;
}

/** The range from the keyword before a property value to the end of the value. */
function keywordRange(valueNode: CstNode) {
    const previous = previousSibling(valueNode);
    return previous ? { start: previous.range.start, end: valueNode.range.end } : valueNode.range;
}

function keywordText(valueNode: CstNode): string | undefined {
    return previousSibling(valueNode)?.text;
}

function previousSibling(node: CstNode): CstNode | undefined {
    const parent = node.container;
    if (!parent) return undefined;
    const index = parent.content.indexOf(node);
    return index > 0 ? parent.content[index - 1] : undefined;
}

/** Every country code is a known ISO 3166-1 alpha-2 code (placeholders are checked elsewhere). */
function checkCountryCode<N extends AstNode>(node: N, property: Properties<N>, code: string | undefined, report: Reporter, lang: Lang): void {
    if (!code || code.startsWith('{{') || lookupCountry(code)) return;
    const alias = countryAlias(code);
    const hint = alias ? LANGUAGE_MESSAGES.text(lang, 'unknownCountry.didYouMean', { alias }) : '';
    report.check('unknown-country', { node, property }, { x: code, y: hint });
}

/** Dates are real calendar dates; a month only (`2026-01`) a real month. `unfilled` and `on-view` are no dates (DPA-R50). */
function checkDate<N extends AstNode>(node: N, property: Properties<N>, value: string | undefined, report: Reporter, shown = value): void {
    if (!value || value.startsWith('{{') || value === 'unfilled' || value === 'on-view') return;
    const parts = value.split('-').map(Number);
    if (parts.length === 2) {
        if (parts[1]! < 1 || parts[1]! > 12) report.check('invalid-date', { node, property }, { x: shown ?? value });
        return;
    }
    const [year, month, day] = parts as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        report.check('invalid-date', { node, property }, { x: shown ?? value });
    }
}

/** An agreement has a controller and a processor. */
export function checkParties(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    for (const role of ['controller', 'processor'] as const) {
        if (!agreement.parties.some(party => party.role === role)) {
            const word = LANGUAGE_MESSAGES.text(lang, role === 'controller' ? 'missingParty.controller' : 'missingParty.processor');
            report.check('missing-party', { node: agreement, property: 'name' }, { x: word });
        }
    }
}

/** Every property written at most once where only one value is kept, anywhere in the agreement. */
export function duplicateProperties(agreement: ast.Agreement, { report, facts }: CheckContext): void {
    for (const node of [agreement, ...facts.get(allContents)]) {
        checkDuplicateProperties(node, report);
        if (ast.isParty(node)) checkDuplicateContacts(node, report);
    }
    // `effective 2025-01-01` and `effective on signature`: two answers to one question.
    const on = agreement.$cstNode && agreement.effective !== undefined ? GrammarUtils.findNodeForProperty(agreement.$cstNode, 'effectiveOn') : undefined;
    const keyword = on ? previousSibling(on) : undefined;
    if (on && keyword) report.check('duplicate-property', { node: agreement, range: { start: keyword.range.start, end: on.range.end } }, { x: 'effective' });
}

/** One contact per purpose (the general one, `privacy`, `security`): a second one is not used. */
function checkDuplicateContacts(party: ast.Party, report: Reporter): void {
    const seen = new Set<string>();
    for (const contact of party.contacts) {
        const purpose = contact.purpose ?? '';
        if (seen.has(purpose)) report.check('duplicate-property', { node: contact }, { x: purpose ? `contact ${purpose}` : 'contact' });
        seen.add(purpose);
    }
}

/** The country codes of the governing law, locations, sub-processors and addresses. */
export const lawCountry = (agreement: ast.Agreement, { report, lang }: CheckContext) => checkCountryCode(agreement, 'law', agreement.law, report, lang);
export const locationCountry = (location: ast.Location, { report, lang }: CheckContext) => {
    if (!ast.isRegion(location.country)) checkCountryCode(location, 'country', location.country, report, lang);
};
export const subProcessorCountry = (sub: ast.SubProcessor, { report, lang }: CheckContext) => {
    checkCountryCode(sub, 'country', sub.country, report, lang);
    checkCountryCode(sub, 'seat', sub.seat, report, lang);
    sub.locations.forEach((place, index) => {
        if (!ast.isRegion(place) && place && !place.startsWith('{{') && !lookupCountry(place)) {
            const alias = countryAlias(place);
            const hint = alias ? LANGUAGE_MESSAGES.text(lang, 'unknownCountry.didYouMean', { alias }) : '';
            report.check('unknown-country', { node: sub, property: 'locations', index }, { x: place, y: hint });
        }
    });
};
export const addressCountry = (address: ast.Address, { report, lang }: CheckContext) => checkCountryCode(address, 'country', address.country, report, lang);

/** The dates of the agreement, the main agreement, signatures and a fixed term. */
export const effectiveDate = (agreement: ast.Agreement, { report }: CheckContext) => {
    checkDate(agreement, 'effective', agreement.effective, report);
    checkDate(agreement, 'revised', agreement.revised, report);
};
export const mainAgreementDate = (main: ast.MainAgreement, { report }: CheckContext) => checkDate(main, 'date', main.date, report);
export const signatureDate = (signatory: ast.Signatory, { report }: CheckContext) => checkDate(signatory, 'date', signatory.date, report);
export const endDate = (clause: ast.DurationClause, { report }: CheckContext) => checkDate(clause, 'end', clause.end, report);
/** A day of the year (`by --12-31`) is a real day in a leap year (`--02-29` is one). */
export const dayOfYear = (delivery: ast.PeriodicDelivery, { report }: CheckContext) => {
    if (delivery.by !== undefined && !/^--\d{2}-\d{2}$/.test(delivery.by)) return;
    if (delivery.by !== undefined) checkDate(delivery, 'by', `2000${delivery.by.slice(1)}`, report, delivery.by);
};
