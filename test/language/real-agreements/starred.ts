import type { AgreementTable } from './table.js';

/** Starred (2017): a Wbp-era bewerkersovereenkomst annexed to published SaaS terms. */
export const STARRED: AgreementTable = {
    file: 'starred.dpa',
    title: 'Starred (2017)',
    rows: [
        { defect: 'S5', reason: 'no Art. 32 duty and no measures (only best efforts)', rule: 'DPA-R06', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S8', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S7', reason: 'no audits or inspections, only information on request', rule: 'DPA-R16', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S9', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S5, S7-S10', reason: 'the Art. 28(3) summary: every element it lists is absent (controller rights reduced to two inspection rights)', rule: 'art28-coverage', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S16', reason: '"Bewerkersovereenkomst" (title and body) is Wbp vocabulary', rule: 'DPA-R46', covered: 'Bewerkersovereenkomst', count: 6 },
        { defect: 'S16', reason: 'Wbp role names in the recitals and the body', rule: 'DPA-R46', covered: 'bewerker', count: 2 },
        { defect: 'S16', reason: 'Wbp role name "verantwoordelijke" in the recitals', rule: 'DPA-R46', covered: 'verantwoordelijke' },
        { defect: 'note', reason: 'the customer of published terms is whoever accepts them: its identity belongs with the order (information)', rule: 'DPA-R49', covered: 'Klant' },
        { defect: 'S17', reason: 'the processor has no privacy contact for the Art. 30(2) record', rule: 'DPA-R55', covered: 'Starred' },
        { defect: 'S17', reason: 'the processor is given without address or KvK number', rule: 'DPA-R49', covered: 'Starred' },
        { defect: 'S17', reason: 'no contact point or DPO', rule: 'DPA-R56', covered: 'Starred' },
        { defect: 'S10', reason: 'no retention for the one processing activity', rule: 'DPA-R19', covered: 'Dienst' },
        { defect: 'S10', reason: 'no data types and no data subjects', rule: 'DPA-R18', covered: 'Dienst', count: 2 },
        { defect: 'S1', reason: 'the repealed Wbp as the legal frame (recitals, grouped with its related places)', rule: 'DPA-R02', covered: 'Wet bescherming persoonsgegevens' },
        { defect: 'S1', reason: 'the Wbp named in the body (1.5, 2.1)', rule: 'DPA-R02', covered: 'Wbp', count: 2 },
        { defect: 'S1', reason: 'rights by Wbp articles (8.1, grouped)', rule: 'DPA-R02', covered: 'artikel 35 Wbp' },
        { defect: 'S2', reason: 'own use for statistics and quality research', rule: 'DPA-R04', covered: 'statistische' },
        { defect: 'S13', reason: 'disclosure whenever "logically necessary" opens the purposes', rule: 'DPA-R04', covered: 'logischerwijs noodzakelijk' },
        { defect: 'S15', reason: 'personal data called "property" (grouped)', rule: 'DPA-R59', covered: 'Eigendom' },
        { defect: 'S14', reason: '"European Union" where the EEA is meant (grouped)', rule: 'DPA-R52', covered: 'Europese Unie' },
        { defect: 'S5', reason: 'security as a best-efforts duty (grouped)', rule: 'DPA-R41', covered: 'zich inspannen' },
        { defect: 'S5', reason: 'effectiveness of the security disclaimed', rule: 'DPA-R41', covered: 'staat er niet voor in' },
        { defect: 'S6', reason: 'breach notice without any deadline', rule: 'DPA-R14', covered: 'Meldplicht' },
        { defect: 'S6', reason: 'no contents of the breach notice', rule: 'DPA-R31', covered: 'Meldplicht' },
        { defect: 'S11', reason: 'requests in Wbp terms (blocking, "afscherming")', rule: 'DPA-R33', covered: 'afscherming' },
        { defect: 'S12', reason: 'deletion without a deadline', rule: 'DPA-R34', covered: 'termination delete' },
        { defect: 'S12', reason: 'deletion only, no return at the customer\'s choice', rule: 'DPA-R15', covered: 'delete' },
        { defect: 'S12', reason: 'deletion costs charged to the customer', rule: 'DPA-R54', covered: 'in rekening brengen' },
        { defect: 'S3', reason: 'sub-processors may be engaged without any prior authorisation (`subprocessing without-authorisation`)', rule: 'DPA-R07', covered: 'without-authorisation' },
        { defect: 'S4', reason: 'sub-processors engaged at will, with no notice of changes and no right to object', rule: 'DPA-R08', covered: 'without-authorisation' },
        { defect: 'S14', reason: 'transfers outside the EU allowed on "appropriate measures" alone, without the customer\'s instruction (`transfers without-instruction`)', rule: 'DPA-R03', covered: 'without-instruction' },
        { defect: 'S6', reason: 'the breach notice only for incidents of large impact (Art. 33(2))', rule: 'DPA-R32', covered: 'melding hoeft alleen te worden gedaan bi' },
        { defect: 'S11', reason: 'requests only forwarded: no assistance in answering them found in the clause (information)', rule: 'custom-clause-unverified', covered: 'data-subject-requests' }
    ],
    missed: []
};
