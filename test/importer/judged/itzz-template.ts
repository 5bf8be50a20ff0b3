import type { ImportJudgement } from './table.js';

/**
 * itzz (2016), the second seed, a Wbp-era template, imported from its text. The defect numbers
 * are those of the seed's judged table (test/language/seeds.test.ts, the knowledge base's section 5.1).
 */
export const ITZZ_TEMPLATE: ImportJudgement = {
    name: 'itzz-template',
    rows: [
        { defect: '#10', reason: 'sub-processors without authorisation', rule: 'DPA-R07', covered: 'Imported0049de5ec82a91de9d7Txt' },
        { defect: '#15', reason: 'assistance with Art. 32-36 incomplete: nothing on DPIA or prior consultation', rule: 'DPA-R12', covered: 'breach' },
        { defect: '#28', reason: 'no restore testing, no regular testing', rule: 'DPA-R39', covered: 'Imported0049de5ec82a91de9d7Txt' },
        { defect: 'template', reason: 'a template: the customer, dates, signatures and "other data, namely …" are blanks to fill in', rule: 'DPA-R01', covered: '', count: 11 },
        { defect: 'template', reason: 'the processor\'s signature has blanks for date and place and no function', rule: 'DPA-R50', covered: '"Niels Hamoen"' },
        { defect: 'retention', reason: 'the seed states no retention for either activity', rule: 'DPA-R19', covered: 'OpslagEnBeheerEnBackUp', count: 2 },
        { defect: '#7, #32', reason: 'no nature of the processing (operations)', rule: 'DPA-R18', covered: 'OpslagEnBeheerEnBackUp', says: 'nature', count: 2 },
        { defect: '#1, #13', reason: 'Wbp vocabulary: bewerker(sovereenkomst), verantwoordelijke, aangetekend verzet, functionaris voor de gegevensbescherming', rule: 'DPA-R46', covered: '', count: 16 },
        { defect: '#2', reason: 'the Wbp as the legal frame', rule: 'DPA-R02', covered: '', count: 3 },
        { defect: '#14', reason: 'breach notice without a deadline', rule: 'DPA-R14', covered: 'VoorwerpVanDeBewerkersovereenkom' },
        { defect: '#14', reason: 'no contents of the breach notice', rule: 'DPA-R31', covered: 'VoorwerpVanDeBewerkersovereenkom' },
        { defect: '#13', reason: 'Wbp rights ("afscherming", "aangetekend verzet")', rule: 'DPA-R33', covered: 'afscherming' },
        { defect: '#20', reason: 'a request window, no default deletion or deadline', rule: 'DPA-R34', covered: 'termination return-or-delete' },
        { defect: 'note', reason: 'processing outside the EU on the customer\'s written consent: consent is no Chapter V mechanism (information)', rule: 'DPA-R23', covered: 'controller-consent' },
        { defect: '#25', reason: 'confidentiality lapses for data that are "klaarblijkelijk" public and survives only a year', rule: 'DPA-R51', covered: 'klaarblijkelijk' },
        { defect: '#12', reason: 'no duty to warn of an instruction that infringes the law (the seed\'s art. 3 has none; Art. 28(3), last subparagraph)', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: '#9', reason: 'medical data, a category the customer may tick, without logging or other extra safeguards', rule: 'DPA-R26', covered: 'health' },
        { defect: '#9', reason: 'medical data without NEN 7510 or an equivalent standard, which a care provider ticking them needs', rule: 'DPA-R27', covered: 'health' }
    ]
};
