import type { ImportJudgement } from './table.js';

/**
 * ICTeam – Imaging People (2018), the first seed, imported from its text. The defect numbers are
 * those of the seed's judged table (test/language/seeds.test.ts, the knowledge base's section 5.1).
 */
export const ICTEAM_IMAGING_PEOPLE: ImportJudgement = {
    name: 'icteam-imaging-people',
    rows: [
        { defect: '#44', reason: 'no testing, restore test or logging measures', rule: 'DPA-R39', covered: 'Verwerkersovereenkomst' },
        { defect: '#30', reason: 'the controller without legal form or KvK number', rule: 'DPA-R49', covered: 'ImagingPeople' },
        { defect: '#41', reason: 'Secure Socket Layer (SSL), the obsolete protocol', rule: 'DPA-R40', covered: '', count: 2 },
        { defect: '#37', reason: 'hosted files, back-ups and mail may hold Art. 9 data, unflagged', rule: 'DPA-R29', covered: '', count: 4 },
        { defect: '#5', reason: 'purposes extended to those "reasonably related"', rule: 'DPA-R04', covered: 'redelijkerwijs samenhangen' },
        { defect: '#20', reason: 'disclosure whenever the processor finds it "logischerwijs noodzakelijk"', rule: 'DPA-R04', covered: 'logischerwijs noodzakelijk' },
        { defect: '#8', reason: 'assistance only with DPIAs', rule: 'DPA-R12', covered: 'dpia' },
        { defect: '#3', reason: 'the Wbp named as applicable law', rule: 'DPA-R02', covered: 'Wet bescherming persoonsgegevens' },
        { defect: 'note', reason: '"PIA" is the pre-GDPR name of the DPIA (information)', rule: 'DPA-R46', covered: 'PIA' },
        { defect: '#9', reason: 'transfers on the controller\'s consent', rule: 'DPA-R23', covered: 'controller-consent' },
        { defect: '#11', reason: 'sub-processors only announced: no notice period', rule: 'DPA-R08', covered: 'general' },
        { defect: 'note', reason: 'the controller\'s warranty of lawfulness is written twice (5.3 and 6.1)', rule: 'DPA-R47', covered: 'Verwerkingsverantwoordelijke garandeert' },
        { defect: '#14-#16, #46', reason: 'security as best efforts, no guarantee, a "not unreasonable" level, the controller made responsible, measures changed at the processor\'s discretion', rule: 'DPA-R41', covered: '', count: 6 },
        { defect: '#17', reason: 'breach notice "onverwijld" without hours', rule: 'DPA-R14', covered: 'without-undue-delay' },
        { defect: '#17', reason: 'breach redefined with a risk threshold', rule: 'DPA-R32', covered: 'kans op nadelige gevolgen' },
        { defect: '#21, #22', reason: 'audits only by an independent third party, not the controller itself; findings "al dan niet" implemented', rule: 'DPA-R35', covered: '' },
        { defect: '#26', reason: 'deletion "binnen een redelijke termijn"', rule: 'DPA-R34', covered: '', count: 2 },
        { defect: '#26', reason: 'deletion only, not at the controller\'s choice', rule: 'DPA-R15', covered: 'delete' },
        { defect: '#24', reason: 'the liability cap clashes with full liability for sub-processors', rule: 'DPA-R30', covered: 'beperkt tot de vergoeding' },
        { defect: '#28', reason: 'the processor may revise the agreement unilaterally', rule: 'DPA-R45', covered: 'is gerechtigd deze overeenkomst' },
        { defect: 'restated', reason: 'claims a custom clause restates the standard clause', falseAlarm: 'the importer made the standard clause and kept sentences that complete it as a custom clause (the audit\'s costs when the processor is at fault; security changes at its discretion, in Bijlage 2 away from art. 7): a duplicate of the import, not of the agreement', rule: 'DPA-R63', covered: '', count: 2 },
        { defect: '#35', reason: 'Bijlage 1 row 1: a statutory retention whose statute is not named', rule: 'DPA-R36', covered: 'or statutory if longer' },
        { defect: '#36', reason: 'Bijlage 1 rows 2-4, 6-11: "gedurende de samenwerking/overeenkomst", without a deletion period', rule: 'DPA-R36', covered: 'agreement', count: 9 },
        { defect: '#47', reason: 'instructions (2.1, 5.2) without the legal-requirement exception and its prior notice (Art. 28(3)(a))', rule: 'DPA-R03', covered: 'legal-requirement-notice' }
    ]
};
