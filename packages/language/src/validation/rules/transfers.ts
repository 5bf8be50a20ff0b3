import { GrammarUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { lookupCountry, needsTransferMechanism, type CountryInfo } from '../../countries.js';
import { expectedSccModule, lookupTransferMechanism } from '../../transfers.js';
import type { CheckModule } from '../check-module.js';
import { fix, replaceNode, type Fix, type FixEdit } from '../fixes.js';
import type { Reporter } from '../report.js';

type Destination = ast.Location | ast.SubProcessor;

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
function mechanismFixes(node: Destination, country: CountryInfo, lang: 'nl' | 'en'): Fix[] {
    const module = expectedSccModule(kindOf(node));
    const fixes = [fix(lang === 'nl' ? `Standaardcontractbepalingen (module ${module})` : `Standard contractual clauses (module ${module})`, [setTransfer(node, `transfer scc module ${module}`)])];
    if (country.requires === 'dpf') {
        fixes.unshift(fix(lang === 'nl' ? 'EU-US Data Privacy Framework (gecertificeerde ontvanger)' : 'EU-US Data Privacy Framework (certified recipient)', [setTransfer(node, 'transfer dpf certified')], true));
    }
    return fixes.filter((f): f is Fix => f !== undefined);
}

/**
 * Chapter V: a destination outside the EEA needs a valid mechanism (DPA-R21), unless full
 * adequacy applies; the controller's consent (R23) and repealed instruments (R24) are none;
 * adequacy must exist and cover the recipient (R22); SCCs need the right module and a TIA
 * (R37); an Art. 49 derogation does not fit structural transfers (R38); look-alike territories
 * of EEA states are third countries (R52).
 */
function checkDestination(node: Destination, report: Reporter, lang: 'nl' | 'en'): void {
    if (!node.country) return;
    const country = lookupCountry(node.country);
    if (!country) return;
    const name = `${country[lang]} (${country.code})`;
    if (country.lookalike) report.rule('DPA-R52', { node, property: 'country' }, { x: name }, [], { message: 'territory' });
    if (country.status === 'eea') return;
    if (country.status === 'adequate' && (node.transfer?.mechanism === 'adequacy' || !node.transfer)) return;
    const transfer = node.transfer;
    const mechanism = transfer ? lookupTransferMechanism(transfer.mechanism) : undefined;
    if (needsTransferMechanism(country) && !mechanism?.valid) {
        report.rule('DPA-R21', { node, property: 'country' }, { x: name }, mechanismFixes(node, country, lang));
    }
    if (!transfer || !mechanism) return;
    const where = { node: transfer, property: 'mechanism' as const };
    if (mechanism.rule === 'DPA-R23') {
        report.rule('DPA-R23', where, {}, mechanismFixes(node, country, lang));
    } else if (mechanism.rule === 'DPA-R24') {
        report.rule('DPA-R24', where, { x: mechanism.label[lang] }, mechanismFixes(node, country, lang));
    } else if (mechanism.id === 'adequacy') {
        checkAdequacy(node, country, name, report, lang);
    } else if (mechanism.countries && !mechanism.countries.includes(country.code)) {
        report.rule('DPA-R22', where, { x: name }, mechanismFixes(node, country, lang).filter(f => !f.title.includes('Privacy Framework')));
    } else if (mechanism.requires?.includes('certified') && !transfer.certified) {
        const certified = fix(lang === 'nl' ? 'Certificering vastleggen' : 'Record the certification', [replaceNode(transfer, 'transfer dpf certified')], true);
        report.rule('DPA-R22', where, { x: name }, [certified]);
    } else if (mechanism.requires?.includes('module') || mechanism.requires?.includes('tia')) {
        checkScc(node, transfer, mechanism.requires, report, lang);
    } else if (mechanism.structural === false) {
        report.rule('DPA-R38', where, {}, mechanismFixes(node, country, lang));
    }
}

function checkAdequacy(node: Destination, country: CountryInfo, name: string, report: Reporter, lang: 'nl' | 'en'): void {
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
function checkScc(node: Destination, transfer: ast.Transfer, requires: readonly string[], report: Reporter, lang: 'nl' | 'en'): void {
    const expected = expectedSccModule(kindOf(node));
    if (requires.includes('module') && transfer.module !== expected) {
        const text = `transfer scc module ${expected}${transfer.tia !== undefined ? ` tia ${JSON.stringify(transfer.tia)}` : ''}`;
        const where = transfer.module === undefined ? { node: transfer, property: 'mechanism' as const } : { node: transfer, property: 'module' as const };
        report.rule('DPA-R37', where, {}, [fix(lang === 'nl' ? `Module ${expected}` : `Module ${expected}`, [replaceNode(transfer, text)], true)]);
    } else if (requires.includes('tia') && transfer.tia === undefined) {
        report.rule('DPA-R37', { node: transfer, property: 'mechanism' });
    }
}

export const transfersModule: CheckModule = {
    name: 'transfers',
    rules: ['DPA-R21', 'DPA-R22', 'DPA-R23', 'DPA-R24', 'DPA-R37', 'DPA-R38', 'DPA-R52'],
    checks: {
        Location: (location, { report, lang }) => checkDestination(location, report, lang),
        SubProcessor: (sub, { report, lang }) => checkDestination(sub, report, lang)
    }
};
