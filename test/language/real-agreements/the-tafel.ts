import type { AgreementTable } from './table.js';

/** The Tafel (2026): published terms of a restaurant-reservation platform. */
export const THE_TAFEL: AgreementTable = {
    file: 'the-tafel.dpa',
    title: 'The Tafel (2026)',
    rows: [
        { defect: 'T4', reason: 'the Art. 28(3) summary: the infringement notice is absent (its other item, controller rights, is too strict: instructions, objection with termination, documentation and the choice at the end are there)', rule: 'art28-coverage', covered: 'TheTafelVerwerkersovereenkomst' },
        { defect: 'T4', reason: 'the instructions clause has no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'T7', reason: 'no restore test or continuity measure', rule: 'DPA-R39', covered: 'TheTafelVerwerkersovereenkomst' },
        { defect: 'T1', reason: 'allergens a guest reports are health data (Art. 4(15), 9), while the agreement declares no special categories processed (excludes special)', rule: 'DPA-R61', covered: 'allergen' },
        { defect: 'T10', reason: 'accepted in the order flow while marked a concept that a lawyer must still review: not yet a final text', rule: 'DPA-R50', covered: 'concept' },
        { defect: 'T8', reason: 'no privacy contact of the processor', rule: 'DPA-R55', covered: 'TheTafel' },
        { defect: 'T8', reason: 'the processor without legal form or address', rule: 'DPA-R49', covered: 'TheTafel' },
        { defect: 'T8', reason: 'no contact point or DPO', rule: 'DPA-R56', covered: 'TheTafel' },
        { defect: 'T9', reason: 'SCCs without module or TIA: for Upstash\'s US parent, and for Vercel\'s worldwide edge, where the DPF does not reach', rule: 'DPA-R37', covered: 'scc', count: 2 },
        { defect: 'note', reason: 'all rights are covered, but no deadline for forwarding requests; the controller must answer within a month (advice, information)', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'note', reason: 'the notice\'s contents (5.7) name no contact point: the controller can still ask, and its own notice names its own contact (advice)', rule: 'DPA-R31', covered: 'nature, subjects, records, consequences,' },
        { defect: 'T3', reason: 'anonymised reuse to improve the services is an own purpose', rule: 'DPA-R04', covered: 'service-improvement, aggregated' },
        { defect: 'T2', reason: 'documentation replaces the audit (`evidence documentation, subprocessor-certificates instead`)', rule: 'DPA-R16', covered: 'documentation' },
        { defect: 'T2', reason: 'on-site only on a documented regulatory need; once a year and nothing on a concrete suspicion; third parties\' certificates as evidence (part of T2)', rule: 'DPA-R35', covered: 'audit every 1 year evidence documentatio' },
        { defect: 'note', reason: 'Meta: "Ireland (EU) with an American entity": which data reach the US entity is left open; the transfer is covered by the DPF and SCCs (information)', rule: 'DPA-R21', covered: 'IE, US' },
        { defect: 'T5', reason: 'Supabase Inc., a US company form, with no seat and treated as EEA-only', rule: 'DPA-R21', covered: '"Supabase Inc."' },
        { defect: 'T1', reason: 'diet wishes can reveal religious belief (halal, kosher) while no special categories are declared processed', rule: 'DPA-R61', covered: 'dieetwensen' }
    ],
    missed: [
    ]
};
