import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

export const cases: RuleCase[] = [
    { rule: 'DPA-R21', name: 'a US location without mechanism', text: minimalAgreement('', 'retention 1 month\n        location US'), covered: 'US', message: 'United States' },
    { rule: 'DPA-R21', name: 'Curaçao, a look-alike of the Netherlands outside the EEA', text: minimalAgreement('subprocessor CaribBackup { name "Backup N.V." service "Back-up" country CW }'), covered: 'CW' }
];

export const quiet: QuietCase[] = [
    { rule: 'DPA-R21', name: 'a US location with DPF certification', text: minimalAgreement('', 'retention 1 month\n        location US transfer dpf certified') },
    { rule: 'DPA-R21', name: 'Switzerland, which has full adequacy', text: minimalAgreement('', 'retention 1 month\n        location CH') },
    { rule: 'DPA-R21', name: 'Åland, part of the EEA with its own code', text: minimalAgreement('', 'retention 1 month\n        location AX') }
];
