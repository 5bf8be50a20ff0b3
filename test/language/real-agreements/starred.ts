import type { AgreementTable } from './table.js';

/** Starred (2017): a Wbp-era bewerkersovereenkomst annexed to published SaaS terms. */
export const STARRED: AgreementTable = {
    file: 'starred.dpa',
    title: 'Starred (2017)',
    rows: [
        { defect: 'S5', reason: 'no Art. 32 duty and no measures (only best efforts)', rule: 'DPA-R06', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S8', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S9', reason: 'the instructions clause has no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'S9', reason: 'no legal-requirement exception with prior notice: processing only on instructions, with no word on what the law may require (Art. 28(3)(a))', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'S5, S7-S10', reason: 'the Art. 28(3) summary: every element it lists is absent (controller rights reduced to two inspection rights)', rule: 'art28-coverage', covered: 'StarredBewerkersovereenkomst' },
        { defect: 'S16', reason: '"Bewerkersovereenkomst" (title and body) is Wbp vocabulary', rule: 'DPA-R46', covered: 'Bewerkersovereenkomst' },
        { defect: 'S7', reason: 'no audits or inspections, only information on request (`audit information-only`)', rule: 'DPA-R16', covered: 'information-only' },
        { defect: 'S17', reason: 'the processor has no privacy contact for the Art. 30(2) record', rule: 'DPA-R55', covered: 'Starred' },
        { defect: 'S17', reason: 'the processor is given without address or KvK number', rule: 'DPA-R49', covered: 'Starred' },
        { defect: 'S17', reason: 'no contact point or DPO', rule: 'DPA-R56', covered: 'Starred' },
        { defect: 'S10', reason: 'no retention for the one processing activity', rule: 'DPA-R19', covered: 'Dienst' },
        { defect: 'S10', reason: 'no data types and no data subjects', rule: 'DPA-R18', covered: 'Dienst', count: 2 },
        { defect: 'S1', reason: 'the repealed Wbp as the legal frame: definitions by Wbp articles, art. 14(5) Wbp, compliance with the Wbp (recitals, 2.1)', rule: 'DPA-R02', covered: 'wbp' },
        { defect: 'S1', reason: 'the Wbp notification to the regulator warranted by the customer (1.5)', rule: 'DPA-R02', covered: 'wbp-notification' },
        { defect: 'S5', reason: 'the processor\'s duties, security included, only "as far as within its power" (recitals)', rule: 'DPA-R41', covered: 'within-power' },
        { defect: 'S2', reason: 'own use for statistics, quality research and aggregated data', rule: 'DPA-R04', covered: 'statistics, service-improvement, aggrega' },
        { defect: 'S13', reason: 'disclosure whenever "logically necessary" for the assignment', rule: 'DPA-R51', covered: 'necessary' },
        { defect: 'S15', reason: 'personal data called "property"', rule: 'DPA-R59', covered: 'as-property' },
        { defect: 'S14', reason: '"European Union" where the EEA is meant (grouped)', rule: 'DPA-R52', covered: 'Europese Unie' },
        { defect: 'S5', reason: 'security as a best-efforts duty (6.1)', rule: 'DPA-R41', covered: 'best-efforts' },
        { defect: 'S5', reason: 'effectiveness of the security disclaimed (6.2)', rule: 'DPA-R41', covered: 'no-guarantee' },
        { defect: 'S5', reason: 'a "reasonable" level where nothing is specified, not one appropriate to the risk (6.2)', rule: 'DPA-R41', covered: 'reasonable-level' },
        { defect: 'S5', reason: 'the customer must make sure the measures are in place before providing data (6.3)', rule: 'DPA-R41', covered: 'controller-responsible' },
        { defect: 'S6', reason: 'breach notice without any deadline', rule: 'DPA-R14', covered: 'no-deadline' },
        { defect: 'S6', reason: 'the breach notice only for incidents of large impact (Art. 33(2))', rule: 'DPA-R32', covered: 'only-large-impact' },
        { defect: 'S6', reason: 'no contents of the breach notice', rule: 'DPA-R31', covered: 'none' },
        { defect: 'S11', reason: 'requests only forwarded, no assistance in answering them (8.1)', rule: 'DPA-R33', covered: 'no-assistance' },
        { defect: 'S11', reason: 'no deadline for forwarding requests (information)', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'S12', reason: 'deletion without a deadline', rule: 'DPA-R34', covered: 'termination delete' },
        { defect: 'S12', reason: 'deletion only, no return at the customer\'s choice', rule: 'DPA-R15', covered: 'delete' },
        { defect: 'S12', reason: 'deletion costs charged to the customer (`costs controller`)', rule: 'DPA-R54', covered: 'controller' },
        { defect: 'S3', reason: 'sub-processors may be engaged without any prior authorisation (`subprocessing without-authorisation`)', rule: 'DPA-R07', covered: 'without-authorisation' },
        { defect: 'S4', reason: 'sub-processors engaged at will, with no notice of changes and no right to object', rule: 'DPA-R08', covered: 'without-authorisation' },
        { defect: 'S14', reason: 'transfers outside the EU allowed on "appropriate measures" alone, without the customer\'s instruction (`transfers without-instruction`)', rule: 'DPA-R03', covered: 'without-instruction' }
    ],
    missed: []
};
