import type { ImportJudgement } from './table.js';

/** BSCPro (2026), imported from the page's text. */
export const BSCPRO: ImportJudgement = {
    name: 'bscpro',
    rows: [
        { defect: 'B1', reason: 'no documented-instructions clause', rule: 'DPA-R03', covered: 'Verwerkersovereenkomst' },
        { defect: 'B2', reason: 'no confidentiality of authorised persons', rule: 'DPA-R05', covered: 'Verwerkersovereenkomst' },
        { defect: 'B3', reason: 'no Art. 32 duty: the listed measures are a description, no obligation', rule: 'DPA-R06', covered: 'Verwerkersovereenkomst' },
        { defect: 'B4', reason: 'Supabase processes the data, with no authorisation of sub-processors at all', rule: 'DPA-R07', covered: 'Verwerkersovereenkomst' },
        { defect: 'B6', reason: 'the rights are stated to the data subject; no assistance to the controller with requests', rule: 'DPA-R11', covered: 'Verwerkersovereenkomst' },
        { defect: 'B6', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'Verwerkersovereenkomst' },
        { defect: 'B7', reason: 'no deletion or return at the end (only the one-hour retention)', rule: 'DPA-R15', covered: 'Verwerkersovereenkomst' },
        { defect: 'B7', reason: 'no audits or information for the controller', rule: 'DPA-R16', covered: 'Verwerkersovereenkomst' },
        { defect: 'B7', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'Verwerkersovereenkomst' },
        { defect: 'B5', reason: 'no breach notification to the controller', rule: 'DPA-R13', covered: 'Verwerkersovereenkomst' },
        { defect: 'B12', reason: 'no back-up, restore or testing measure (the text says no back-ups exist)', rule: 'DPA-R39', covered: 'Verwerkersovereenkomst' },
        { defect: 'B9', reason: '"256-bit SSL" names the obsolete protocol', rule: 'DPA-R40', covered: 'SSL' },
        { defect: 'B8', reason: 'no data subjects for the conversion', rule: 'DPA-R18', covered: 'VerwerkingVanBankafschriften' },
        { defect: 'B10', reason: 'the controller\'s signature line is a blank to fill in: the published agreement names no signatory', rule: 'DPA-R01', covered: '_______________________' },
        { defect: 'B11', reason: 'the processor without legal form, KvK number or address', rule: 'DPA-R49', covered: 'BSCPro' },
        { defect: 'B10', reason: 'the processor\'s signature line has no date (and the text has no fixed date), function or place', rule: 'DPA-R50', covered: '"BSCPro"' }
    ]
};
