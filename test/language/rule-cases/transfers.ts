import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

/** The minimal agreement with a processing location or a sub-processor (used in the processing). */
const located = (location: string) => minimalAgreement('', `retention 1 month\n        location NL, ${location}`);
const sub = (body: string) => minimalAgreement(`subprocessor Cloud { name "Cloud Inc." service "Opslag" ${body} }`, 'retention 1 month\n        subprocessors Cloud');

export const cases: RuleCase[] = [
    { rule: 'DPA-R21', name: 'a US location without mechanism', text: located('US'), covered: 'US', message: 'United States', fixes: ['EU-US Data Privacy Framework (certified recipient)', 'Standard contractual clauses (module 2)'] },
    { rule: 'DPA-R21', name: 'a sub-processor in India without mechanism', text: sub('country IN'), covered: 'IN', fixes: ['Standard contractual clauses (module 3)'] },
    { rule: 'DPA-R21', name: 'Curaçao, a look-alike of the Netherlands outside the EEA', text: sub('country CW'), covered: 'CW', others: ['DPA-R52'] },
    { rule: 'DPA-R22', name: 'adequacy claimed for a country without it', text: sub('country IN transfer adequacy'), covered: 'adequacy', others: ['DPA-R21'] },
    { rule: 'DPA-R22', name: 'adequacy for the US without DPF certification', text: sub('country US transfer adequacy'), covered: 'adequacy', others: ['DPA-R21'], fixes: ['EU-US Data Privacy Framework (certified recipient)'] },
    { rule: 'DPA-R22', name: 'DPF outside the US', text: sub('country IN transfer dpf certified'), covered: 'dpf', others: ['DPA-R21'] },
    { rule: 'DPA-R22', name: 'DPF without recorded certification', text: sub('country US transfer dpf'), covered: 'dpf', fixes: ['Record the certification'] },
    { rule: 'DPA-R22', name: 'Canada: adequacy only for commercial organisations', text: sub('country CA transfer adequacy'), covered: 'adequacy', message: 'PIPEDA', severity: 'warning' },
    { rule: 'DPA-R23', name: 'the controller\'s consent as transfer mechanism', text: sub('country US transfer controller-consent'), covered: 'controller-consent', others: ['DPA-R21'], fixes: ['EU-US Data Privacy Framework (certified recipient)', 'Standard contractual clauses (module 3)'] },
    { rule: 'DPA-R24', name: 'Privacy Shield', text: sub('country US transfer privacy-shield'), covered: 'privacy-shield', message: 'Privacy Shield', others: ['DPA-R21'] },
    { rule: 'DPA-R24', name: 'Safe Harbor for a location', text: located('US transfer safe-harbor'), covered: 'safe-harbor', others: ['DPA-R21'] },
    { rule: 'DPA-R37', name: 'SCCs without a transfer impact assessment', text: sub('country IN transfer scc module 3'), covered: 'scc' },
    { rule: 'DPA-R37', name: 'the controller-to-processor module for a sub-processor', text: sub('country IN transfer scc module 2 tia "TIA 2025-04"'), covered: '2', fixes: ['Module 3'] },
    { rule: 'DPA-R37', name: 'SCCs without a module', text: located('IN transfer scc tia "TIA 2025-04"'), covered: 'scc', fixes: ['Module 2'] },
    { rule: 'DPA-R38', name: 'an Art. 49 derogation for a hosting location', text: located('IN transfer derogation ground "toestemming"'), covered: 'derogation' },
    { rule: 'DPA-R52', name: 'Aruba treated like the Netherlands, with a mechanism', text: located('AW transfer scc module 2 tia "TIA 2025-04"'), covered: 'AW', message: 'Aruba' }
];

export const quiet: QuietCase[] = [
    { rule: 'DPA-R21', name: 'a US location with DPF certification', text: located('US transfer dpf certified') },
    { rule: 'DPA-R21', name: 'Switzerland, which has full adequacy', text: located('CH') },
    { rule: 'DPA-R21', name: 'the United Kingdom with an explicit adequacy mechanism', text: sub('country GB transfer adequacy') },
    { rule: 'DPA-R21', name: 'Åland, part of the EEA with its own code', text: located('AX') },
    { rule: 'DPA-R37', name: 'module 3 SCCs with a TIA for a sub-processor', text: sub('country IN transfer scc module 3 tia "TIA 2025-04"') },
    { rule: 'DPA-R37', name: 'module 2 SCCs with a TIA for a location', text: located('IN transfer scc module 2 tia "TIA 2025-04"') },
    { rule: 'DPA-R38', name: 'BCR for a sub-processor', text: sub('country IN transfer bcr') },
    { rule: 'DPA-R22', name: 'Japan with adequacy (private sector) — still a scope warning', text: sub('country JP transfer scc module 3 tia "TIA 2025-04"') }
];
