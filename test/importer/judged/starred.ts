import type { ImportJudgement } from './table.js';

/** Starred (2017), imported from its text. */
export const STARRED: ImportJudgement = {
    name: 'starred',
    rows: [
        { defect: 'S8', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'Starred2017Bewerkersovereenkomst' },
        { defect: 'S7', reason: 'no audits or inspections, only information on request', rule: 'DPA-R16', covered: 'Starred2017Bewerkersovereenkomst' },
        { defect: 'S5', reason: 'no Art. 32 duty and no measures (only best efforts)', rule: 'DPA-R06', covered: 'Starred2017Bewerkersovereenkomst' },
        { defect: 'S10', reason: 'no retention for the one processing activity', rule: 'DPA-R19', covered: 'OvereenkomstEnDeUitvoeringVanDeD' },
        { defect: 'S10', reason: 'no data types and no data subjects', rule: 'DPA-R18', covered: 'OvereenkomstEnDeUitvoeringVanDeD', count: 2 },
        { defect: 'S1', reason: 'the repealed Wbp as the legal frame: its articles, its notification and compliance with it', rule: 'DPA-R02', covered: '', count: 4 },
        { defect: 'S16', reason: 'Wbp vocabulary: verantwoordelijke, bewerker, bewerkersovereenkomst', rule: 'DPA-R46', covered: '', count: 5 },
        { defect: 'S9', reason: 'processing only on instructions, with no word on a legal requirement and its prior notice', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'S9', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'S2', reason: 'own use for statistics and quality research (1.3)', rule: 'DPA-R04', covered: 'statistische' },
        { defect: 'S13', reason: 'disclosure whenever "logically necessary" for the assignment: the processor decides on disclosures beyond the instructions (as the seed\'s #20)', rule: 'DPA-R04', covered: 'logischerwijs noodzakelijk' },
        { defect: 'S3', reason: 'sub-processors engaged without any prior authorisation', rule: 'DPA-R07', covered: 'without-authorisation' },
        { defect: 'S4', reason: 'no notice of new sub-processors and no objection', rule: 'DPA-R08', covered: 'without-authorisation' },
        { defect: 'S5', reason: 'security as best efforts (6.1, 6.2) and its effectiveness disclaimed (6.2)', rule: 'DPA-R41', covered: '', count: 3 },
        { defect: 'S6', reason: 'breach notice without any deadline', rule: 'DPA-R14', covered: 'Meldplicht' },
        { defect: 'S6', reason: 'no contents of the breach notice', rule: 'DPA-R31', covered: 'Meldplicht' },
        { defect: 'S6', reason: 'notice only of relevant events of large impact', rule: 'DPA-R32', covered: 'melding moet alleen' },
        { defect: 'S11', reason: 'requests only forwarded, no assistance', rule: 'DPA-R33', covered: 'no-assistance' },
        { defect: 'S12', reason: 'deletion without a deadline', rule: 'DPA-R34', covered: 'DuurEnBeeindiging' },
    ]
};
