import type * as ast from '../../generated/ast.js';
import { lookupCountry, needsTransferMechanism } from '../../countries.js';
import { lookupTransferMechanism } from '../../transfers.js';
import type { CheckModule } from '../check-module.js';
import type { Reporter } from '../report.js';

/**
 * DPA-R21: personal data that goes to a country outside the EEA (a processing location or a
 * sub-processor's country) needs a Chapter V transfer mechanism, unless the country has a full
 * adequacy decision. An invalid instrument (the controller's consent, Safe Harbor, Privacy
 * Shield) is no mechanism.
 */
export function checkTransfer(node: ast.Location | ast.SubProcessor, report: Reporter, lang: 'nl' | 'en'): void {
    if (!node.country) return;
    const info = lookupCountry(node.country);
    if (!info || !needsTransferMechanism(info)) return;
    const mechanism = node.transfer ? lookupTransferMechanism(node.transfer.mechanism) : undefined;
    if (mechanism?.valid) return;
    report.rule('DPA-R21', { node, property: 'country' }, { x: `${info[lang]} (${info.code})` });
}

export const transfersModule: CheckModule = {
    name: 'transfers',
    rules: ['DPA-R21'],
    checks: {
        Location: (location, { report, lang }) => checkTransfer(location, report, lang),
        SubProcessor: (sub, { report, lang }) => checkTransfer(sub, report, lang)
    }
};
