import type { ImportJudgement } from './table.js';

/** MasjidConnect (2026), a template, imported from its text. */
export const MASJIDCONNECT: ImportJudgement = {
    name: 'masjidconnect',
    rows: [
        { defect: 'M10', reason: 'no restore test or evaluation measure', rule: 'DPA-R39', covered: 'VerwerkersovereenkomstDPA' },
        { defect: 'M9', reason: 'Upstash, Inc. (a US company form) is treated as EEA-only: the text names no seat and no mechanism for it, unlike the other US vendors', rule: 'DPA-R21', covered: '"Upstash, Inc."' },
        { defect: 'M12', reason: 'a template: the parties, dates, court and the hosting region (M4) are blanks still to fill in', rule: 'DPA-R01', covered: '[INVULLEN', count: 10 },
        { defect: 'M8', reason: 'no notice period for new sub-processors', rule: 'DPA-R08', covered: 'general' },
        { defect: 'M6', reason: 'the deletion deadline only by example ("bv. 30 dagen")', rule: 'DPA-R34', covered: '', count: 2 },
        { defect: 'template', reason: 'claims a blank', falseAlarm: '"Nog in te vullen ([INVULLEN: ...])" explains the template\'s placeholders; it is no blank itself', rule: 'DPA-R01', covered: '[INVULLEN: ...]' },
        { defect: 'M1', reason: 'a mosque school\'s pupils, parents and teachers: enrolment reveals religious belief, while Bijlage 1 declares no special categories', rule: 'DPA-R61', covered: 'MasjidConnect' },
        { defect: 'M9', reason: 'SCCs for the US entities (Supabase, Vercel, Resend) without a transfer impact assessment', rule: 'DPA-R37', covered: 'scc', count: 3 },
        { defect: 'M7', reason: 'the data are kept "for the duration of the main agreement", back-ups unstated', rule: 'DPA-R36', covered: 'agreement' },
        { defect: 'recipient', reason: 'claims an incompletely listed sub-processor', falseAlarm: 'Bijlage 3 says Combell registers the domain and DNS and is no sub-processor: the importer declared it a recipient without taking its service', rule: 'DPA-R10', covered: 'Combell' }
    ]
};
