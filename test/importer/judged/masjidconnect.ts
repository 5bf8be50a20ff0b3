import type { ImportJudgement } from './table.js';

/** MasjidConnect (2026), a template, imported from its text. */
export const MASJIDCONNECT: ImportJudgement = {
    name: 'masjidconnect',
    rows: [
        { defect: 'M10', reason: 'no restore test or evaluation measure', rule: 'DPA-R39', covered: 'VerwerkersovereenkomstDPA' },
        { defect: 'M9', reason: 'Upstash, Inc. (a US company form) is treated as EEA-only: the text names no seat and no mechanism for it, unlike the other US vendors', rule: 'DPA-R21', covered: '"Upstash, Inc."' },
        { defect: 'M12', reason: 'a template: the parties, dates, court and the hosting region are blanks still to fill in', rule: 'DPA-R01', covered: '[INVULLEN', count: 9 },
        { defect: 'M8', reason: 'no notice period for new sub-processors', rule: 'DPA-R08', covered: 'general' },
        { defect: 'M6', reason: 'the deletion deadline only by example ("bv. 30 dagen")', rule: 'DPA-R34', covered: '', count: 2 },
        { defect: 'template', reason: 'claims a blank', falseAlarm: '"Nog in te vullen ([INVULLEN: ...])" explains the template\'s placeholders; it is no blank itself', rule: 'DPA-R01', covered: '[INVULLEN: ...]' },
        { defect: 'mechanism', reason: 'claims Supabase has no seat outside the EEA recorded', falseAlarm: 'Bijlage 3 gives "Supabase, Inc., VS" and SCCs for the US parent: the importer did not take the seat and the mechanism column', rule: 'DPA-R21', covered: '"Supabase, Inc."' },
        { defect: 'mechanism', reason: 'claims no mechanism for Vercel\'s worldwide edge', falseAlarm: 'Bijlage 3 records SCCs for Vercel: the importer did not take the mechanism column', rule: 'DPA-R21', covered: 'worldwide' },
        { defect: 'mechanism', reason: 'asks to confirm the DPF or record another mechanism', falseAlarm: 'Bijlage 3 records SCCs for Resend: the importer did not take the mechanism column', rule: 'DPA-R22', covered: 'US' },
        { defect: 'retention', reason: 'claims no retention', falseAlarm: 'Bijlage 1 keeps the data for the duration of the main agreement (vague, M7, but stated): the importer did not take it into the activity', rule: 'DPA-R19', covered: 'VerwerkersovereenkomstDPA2' },
        { defect: 'restated', reason: 'claims a custom clause repeats the standard clause', falseAlarm: 'the importer made both the standard clause and the custom clause of art. 6.2: a duplicate of the import, not of the agreement', rule: 'DPA-R63', covered: 'sub-verwerker via overeenkomst' },
        { defect: 'return', reason: 'claims no choice between deletion and return', falseAlarm: '11.1 deletes or returns the data at the School\'s choice: the clause reader took the deletion only', rule: 'DPA-R15', covered: 'delete' },
        { defect: 'reference', reason: 'claims a wrong cross-reference', falseAlarm: 'the source has an article 6.3 (notice of changes); the importer merged article 6\'s numbered paragraphs', rule: 'DPA-R48', covered: '', count: 2 }
    ]
};
