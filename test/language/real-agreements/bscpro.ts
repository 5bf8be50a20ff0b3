import type { AgreementTable } from './table.js';

/** BSCPro (2026): a privacy page of a bookkeeping tool, with a list of measures. */
export const BSCPRO: AgreementTable = {
    file: 'bscpro.dpa',
    title: 'BSCPro (2026)',
    rows: [
        { defect: 'B1-B8', reason: 'the Art. 28(3) summary: thirteen elements absent, as the text has none of them (the requests clause states the rights to the data subject but neither forwards requests nor assists: absent, R33 says why)', rule: 'art28-coverage', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B8', reason: 'no duration and no end of the processing', rule: 'DPA-R58', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B1', reason: 'no documented-instructions clause', rule: 'DPA-R03', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B2', reason: 'no confidentiality of authorised persons', rule: 'DPA-R05', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B3', reason: 'no Art. 32 obligation (the six listed measures are no duty)', rule: 'DPA-R06', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B4', reason: 'sub-processors (Supabase) without any authorisation', rule: 'DPA-R07', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B6', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B7', reason: 'no deletion or return at the end', rule: 'DPA-R15', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B7', reason: 'no audits', rule: 'DPA-R16', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B7', reason: 'no infringement notice', rule: 'DPA-R17', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B5', reason: 'no breach notification to the controller', rule: 'DPA-R13', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B12', reason: 'no back-up or restore measure (the text says none exist)', rule: 'DPA-R39', covered: 'BscProVerwerkersovereenkomst' },
        { defect: 'B10', reason: 'the date shown is the day the page is viewed (`revised on-view`): no fixed date, so which version was signed cannot be shown (information)', rule: 'DPA-R50', covered: 'on-view' },
        { defect: 'B10', reason: 'the customer\'s signature line has a name line only: no date (and the text has no fixed date), function or place', rule: 'DPA-R50', covered: '"{{controllerSignatory}}"' },
        { defect: 'B11', reason: 'the processor without legal form, KvK number or address', rule: 'DPA-R49', covered: 'BSCPro' },
        { defect: 'B10', reason: 'the processor\'s signature line has no date (and the text has no fixed date), function or place', rule: 'DPA-R50', covered: '"BSCPro"' },
        { defect: 'B9', reason: '"256-bit SSL" names the obsolete protocol', rule: 'DPA-R40', covered: 'SSL' },
        { defect: 'B9', reason: 'a claim of an "AVG/GDPR compliant" infrastructure as a measure', rule: 'DPA-R53', covered: 'AVG/GDPR compliant infrastructuur' },
        { defect: 'B8', reason: 'no data subjects for the bank-statement conversion', rule: 'DPA-R18', covered: 'Conversie' },
        { defect: 'B6', reason: 'rights stated to the data subject, no assistance to the controller (§ 5)', rule: 'DPA-R33', covered: 'no-assistance' },
        { defect: 'B4', reason: 'Supabase, named only in a measure (`provider`), is no declared recipient', rule: 'DPA-R10', covered: '"Supabase"' },
        { defect: 'B9', reason: 'a promise not to sell data listed as a security measure', rule: 'DPA-R53', covered: 'Geen verkoop' }
    ],
    missed: []
};
