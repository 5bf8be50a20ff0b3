import { GrammarUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { lookupCountry, needsTransferMechanism, type CountryInfo } from '../../countries.js';
import { expectedSccModule, lookupTransferMechanism } from '../../transfers.js';
import type { Lang } from '../../i18n/lang.js';
import { LANGUAGE_MESSAGES } from '../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { fix, replaceNode, type Fix, type FixEdit } from '../fixes.js';
import type { Reporter } from '../report.js';

/** Where personal data goes: a processing location or a sub-processor (with its country). */
export type Destination = ast.Location | ast.SubProcessor;

/** How a country is named in messages: "Verenigde Staten (US)". */
export function countryName(country: CountryInfo, lang: Lang): string {
    return `${country[lang]} (${country.code})`;
}

function kindOf(node: Destination): 'location' | 'subprocessor' {
    return ast.isLocation(node) ? 'location' : 'subprocessor';
}

/** The edit that sets the destination's transfer mechanism to `text` (adding or replacing it). */
function setTransfer(node: Destination, text: string): FixEdit | undefined {
    if (node.transfer) return replaceNode(node.transfer, text);
    const country = GrammarUtils.findNodeForProperty(node.$cstNode, 'country');
    return country ? { range: { start: country.range.end, end: country.range.end }, newText: ` ${text}` } : undefined;
}

/** The mechanisms that would make a transfer to this country lawful, as quick fixes. */
export function mechanismFixes(node: Destination, country: CountryInfo, lang: Lang): Fix[] {
    const module = expectedSccModule(kindOf(node));
    const fixes = [fix(LANGUAGE_MESSAGES.text(lang, 'fix.scc', { module }), [setTransfer(node, `transfer scc module ${module}`)])];
    if (country.requires === 'dpf') {
        fixes.unshift(fix(LANGUAGE_MESSAGES.text(lang, 'fix.dpf'), [setTransfer(node, 'transfer dpf certified')], true));
    }
    return fixes.filter((f): f is Fix => f !== undefined);
}

/** A transfer outside the EEA that needs a mechanism: the country, and the transfer as written. */
export interface OutsideTransfer {
    readonly country: CountryInfo;
    readonly transfer: ast.Transfer | undefined;
    readonly mechanism: ReturnType<typeof lookupTransferMechanism>;
}

/**
 * The transfer of a destination outside the EEA, unless full adequacy applies (with the
 * `adequacy` mechanism or none at all): then no mechanism is needed.
 */
export function outsideTransfer(node: Destination): OutsideTransfer | undefined {
    if (!node.country) return undefined;
    const country = lookupCountry(node.country);
    if (!country || country.status === 'eea') return undefined;
    if (country.status === 'adequate' && (node.transfer?.mechanism === 'adequacy' || !node.transfer)) return undefined;
    const transfer = node.transfer;
    return { country, transfer, mechanism: transfer ? lookupTransferMechanism(transfer.mechanism) : undefined };
}

/**
 * Chapter V: a destination outside the EEA needs a valid mechanism (DPA-R21), unless full
 * adequacy applies; the controller's consent is none (R23); adequacy must exist and cover the
 * recipient (R22); SCCs need the right module and a TIA (R37); an Art. 49 derogation does not
 * fit structural transfers (R38). Repealed instruments are DPA-R24 (transfer-instruments.ts),
 * look-alike territories of EEA states DPA-R52 (eea.ts).
 */
export function transferMechanism(node: Destination, context: CheckContext): void {
    const { report, lang } = context;
    const outside = outsideTransfer(node);
    if (!outside) return;
    const { country, transfer, mechanism } = outside;
    const name = countryName(country, lang);
    if (needsTransferMechanism(country) && !mechanism?.valid) {
        report.rule('DPA-R21', { node, property: 'country' }, { x: name }, mechanismFixes(node, country, lang));
    }
    if (!transfer || !mechanism) return;
    const where = { node: transfer, property: 'mechanism' as const };
    if (mechanism.rule === 'DPA-R23') {
        report.rule('DPA-R23', where, {}, mechanismFixes(node, country, lang));
    } else if (mechanism.rule === 'DPA-R24') {
        // A repealed instrument: reported by transfer-instruments.ts.
    } else if (mechanism.id === 'adequacy') {
        checkAdequacy(node, country, name, report, lang);
    } else if (mechanism.countries && !mechanism.countries.includes(country.code)) {
        report.rule('DPA-R22', where, { x: name }, mechanismFixes(node, country, lang).filter(f => !f.title.includes('Privacy Framework')));
    } else if (mechanism.requires?.includes('certified') && !transfer.certified) {
        const certified = fix(LANGUAGE_MESSAGES.text(lang, 'fix.recordCertification'), [replaceNode(transfer, 'transfer dpf certified')], true);
        report.rule('DPA-R22', where, { x: name }, [certified]);
    } else if (mechanism.requires?.includes('module') || mechanism.requires?.includes('tia')) {
        checkScc(node, transfer, mechanism.requires, report);
    } else if (mechanism.structural === false) {
        report.rule('DPA-R38', where, {}, mechanismFixes(node, country, lang));
    }
}

function checkAdequacy(node: Destination, country: CountryInfo, name: string, report: Reporter, lang: Lang): void {
    const where = { node: node.transfer!, property: 'mechanism' as const };
    if (country.status === 'third') {
        report.rule('DPA-R22', where, { x: name }, mechanismFixes(node, country, lang));
    } else if (country.requires === 'dpf') {
        report.rule('DPA-R22', where, { x: name }, mechanismFixes(node, country, lang));
    } else if (country.status === 'partial') {
        // Adequacy with a limited scope (Canada: commercial organisations; Japan: private sector …):
        // lawful only for recipients within it, which the agreement should make sure of.
        report.rule('DPA-R22', where, { x: `${name}: ${country.note ?? ''}`.trim() }, [], { severity: 'warning' });
    }
}

/** DPA-R37: the SCC module the kind of transfer needs, and the transfer impact assessment. */
function checkScc(node: Destination, transfer: ast.Transfer, requires: readonly string[], report: Reporter): void {
    const expected = expectedSccModule(kindOf(node));
    if (requires.includes('module') && transfer.module !== expected) {
        const text = `transfer scc module ${expected}${transfer.tia !== undefined ? ` tia ${JSON.stringify(transfer.tia)}` : ''}`;
        const where = transfer.module === undefined ? { node: transfer, property: 'mechanism' as const } : { node: transfer, property: 'module' as const };
        report.rule('DPA-R37', where, {}, [fix(`Module ${expected}`, [replaceNode(transfer, text)], true)]);
    } else if (requires.includes('tia') && transfer.tia === undefined) {
        report.rule('DPA-R37', { node: transfer, property: 'mechanism' });
    }
}

export const owner: RuleOwner = { name: 'transfers', rules: ['DPA-R21', 'DPA-R22', 'DPA-R23', 'DPA-R37', 'DPA-R38'] };
