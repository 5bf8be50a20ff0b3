import type { ImportJudgement } from './table.js';

/** Spreekdossier (2025), imported from its web page's text. */
export const SPREEKDOSSIER: ImportJudgement = {
    name: 'spreekdossier',
    rows: [
        { defect: 'D7', reason: 'confidentiality as the processor\'s own secrecy, not binding the persons it authorises', rule: 'DPA-R05', covered: 'Verwerkersovereenkomst' },
        { defect: 'D2', reason: 'the sub-processor is engaged without any prior authorisation', rule: 'DPA-R07', covered: 'Verwerkersovereenkomst' },
        { defect: 'D5', reason: 'no assistance with Art. 32-36, the DPIA in particular', rule: 'DPA-R12', covered: 'Verwerkersovereenkomst' },
        { defect: 'D4', reason: 'no deletion or return at the end', rule: 'DPA-R15', covered: 'Verwerkersovereenkomst' },
        { defect: 'D3', reason: 'no audits or inspections', rule: 'DPA-R16', covered: 'Verwerkersovereenkomst' },
        { defect: 'D13', reason: 'no back-up, restore or testing measure', rule: 'DPA-R39', covered: 'Verwerkersovereenkomst' },
        { defect: 'D14', reason: 'the processor without legal form', rule: 'DPA-R49', covered: 'Spreekdossier' },
        { defect: 'D1', reason: 'processing on EU servers only is promised, while where Anthropic processes is unknown; Anthropic is a US company with no seat or transfer mechanism recorded', rule: 'DPA-R21', covered: '', count: 3 },
        { defect: 'D6', reason: 'instructions without transfers and without the legal-requirement notice', rule: 'DPA-R03', covered: 'transfers' },
        { defect: 'D6', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'D10', reason: 'the rights named are access, correction and deletion only', rule: 'DPA-R33', covered: 'correctie' },
        { defect: 'D8', reason: 'health data without sector safeguards: no logging', rule: 'DPA-R26', covered: 'health' },
        { defect: 'D8', reason: 'health data without NEN 7510', rule: 'DPA-R27', covered: 'health' }
    ]
};
