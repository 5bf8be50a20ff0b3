import type { ImportJudgement } from './table.js';

/** The Tafel (2026), imported from its text. */
export const THE_TAFEL: ImportJudgement = {
    name: 'the-tafel',
    rows: [
        { defect: 'T7', reason: 'no restore test or continuity measure', rule: 'DPA-R39', covered: 'VerwerkersovereenkomstTheTafel' },
        { defect: 'T8', reason: 'the processor without legal form or address', rule: 'DPA-R49', covered: 'OntwikkelingTechServices' },
        { defect: 'T1', reason: 'allergens are health data, processed while no category is special', rule: 'DPA-R29', covered: 'allergen' },
        { defect: 'T5', reason: 'Supabase Inc., a US company form, with no seat and treated as EEA-only', rule: 'DPA-R21', covered: '"Supabase Inc."' },
        { defect: 'T4', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'T3', reason: 'anonymised reuse to improve the services is an own purpose', rule: 'DPA-R04', covered: 'verbeteren van de Diensten' },
        { defect: 'T2', reason: 'documentation replaces the audit', rule: 'DPA-R16', covered: 'reports' },
        { defect: 'mechanism', reason: 'claims no mechanism for Vercel\'s worldwide edge', falseAlarm: 'the annex records SCCs (2021/914) and the EU-US DPF for Vercel: the importer did not take the mechanism column', rule: 'DPA-R21', covered: 'worldwide' },
        { defect: 'mechanism', reason: 'claims Upstash has no seat outside the EEA recorded', falseAlarm: 'the annex records SCCs for Upstash\'s US parent: the importer did not take the mechanism column and the parent', rule: 'DPA-R21', covered: '"Upstash, Inc."' },
        { defect: 'mechanism', reason: 'asks to confirm the DPF or record another mechanism', falseAlarm: 'the annex records SCCs and the DPF for Resend and Meta: the importer did not take the mechanism column', rule: 'DPA-R22', covered: 'US', count: 2 },
        { defect: 'retention', reason: 'claims no retention', falseAlarm: 'art. 7 bounds the storage of every activity: deletion or return within 30 days after the end (the hand-made model: `retention agreement + 30 days`); the importer did not take it into the activity', rule: 'DPA-R19', covered: 'AannemenEnBeherenVanReserveringe' },
        { defect: 'reference', reason: 'claims a wrong cross-reference', falseAlarm: '"artikel 28 lid 3 van Verordening (EU) 2016/679" is the GDPR\'s article, not one of the agreement', rule: 'DPA-R48', covered: 'artikel 28' },
        { defect: 'reference', reason: 'claims a wrong cross-reference', falseAlarm: 'the source has an article 5.3 (security); the importer merged article 5\'s numbered paragraphs into one clause', rule: 'DPA-R48', covered: 'artikel 5.3' },
        { defect: 'legal requirement', reason: 'claims no legal-requirement notice', falseAlarm: '5.1 gives it: where Union or Dutch law requires other processing, the processor informs the restaurant first; the instructions were read from art. 1 only', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'notice', reason: 'claims no notice of changes and no objection', falseAlarm: '5.4 announces every change 30 days ahead, with an objection and a right to terminate: the clause reader took only the authorisation sentence', rule: 'DPA-R08', covered: 'general' },
        { defect: 'assistance', reason: 'claims no DPIA and prior-consultation assistance', falseAlarm: '5.6 assists with "de artikelen 32 tot en met 36 AVG": a range that includes Art. 35 and 36', rule: 'DPA-R12', covered: 'security, breach' }
    ]
};
