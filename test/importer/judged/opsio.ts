import type { ImportJudgement } from './table.js';

/** Opsio (2026), imported from its text. */
export const OPSIO: ImportJudgement = {
    name: 'opsio',
    rows: [
        { defect: 'O5', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'Verwerkersovereenkomst' },
        { defect: 'O11', reason: 'no back-up or restore measure', rule: 'DPA-R39', covered: 'Verwerkersovereenkomst' },
        { defect: 'O13', reason: 'the processor without legal form', rule: 'DPA-R49', covered: 'Opsio' },
        { defect: 'O4', reason: 'patients\' calls are recorded and kept 30 days, while no category is special', rule: 'DPA-R29', covered: 'patiënt' },
        { defect: 'O3', reason: 'no country or mechanism per sub-processor; ElevenLabs, HighLevel and Google are US companies; only a generic "DPF or SCC"', rule: 'DPA-R21', covered: '', count: 9 },
        { defect: 'O9', reason: 'an unfilled date on a published page', rule: 'DPA-R01', covered: '[datum invullen bij publicatie]' },
        { defect: 'O6', reason: 'a legal requirement may override the instructions, without notice to the customer', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'O6', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'O7', reason: 'objection period not fixed, no consequence of an objection', rule: 'DPA-R08', covered: 'general' },
        { defect: 'O14', reason: 'the breach notice\'s contents leave out the likely consequences and a contact point', rule: 'DPA-R31', covered: 'Datalekken' },
        { defect: 'O1', reason: 'certificates or a summary report instead of an audit, at the processor\'s choice', rule: 'DPA-R16', covered: 'reports' },
    ]
};
