import type { ImportJudgement } from './table.js';

/** The Tafel (2026), imported from its text. */
export const THE_TAFEL: ImportJudgement = {
    name: 'the-tafel',
    rows: [
        { defect: 'T7', reason: 'no restore test or continuity measure', rule: 'DPA-R39', covered: 'VerwerkersovereenkomstTheTafel' },
        { defect: 'T8', reason: 'the processor without legal form or address', rule: 'DPA-R49', covered: 'OntwikkelingTechServices' },
        { defect: 'T5', reason: 'Supabase Inc., a US company form, with no seat and treated as EEA-only', rule: 'DPA-R21', covered: '"Supabase Inc."' },
        { defect: 'T4', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'T3', reason: 'anonymised reuse to improve the services is an own purpose', rule: 'DPA-R04', covered: 'verbeteren van de Diensten' },
        { defect: 'T2', reason: 'documentation replaces the audit', rule: 'DPA-R16', covered: 'reports' },
        { defect: 'notice', reason: 'claims no notice of changes and no objection', falseAlarm: '5.4 announces every change 30 days ahead, with an objection and a right to terminate: the clause reader took only the authorisation sentence', rule: 'DPA-R08', covered: 'general' },
        { defect: 'T1', reason: 'allergens (health data) and diet wishes (which can reveal religion) are processed while the agreement declares no special categories', rule: 'DPA-R61', covered: '', count: 2 },
        { defect: 'T9', reason: 'SCCs for Vercel and Upstash\'s US parent with no module and no transfer impact assessment', rule: 'DPA-R37', covered: 'scc', count: 2 },
    ]
};
