import type { AgreementTable } from './table.js';

/** Opsio (2026): published terms of an AI telephone assistant. */
export const OPSIO: AgreementTable = {
    file: 'opsio.dpa',
    title: 'Opsio (2026)',
    rows: [
        { defect: 'O5, O6', reason: 'the Art. 28(3) summary: Art. 32-36 and the infringement notice are absent (its third item, controller rights, is too strict: instructions, objection, information and the choice at the end are there)', rule: 'art28-coverage', covered: 'OpsioVerwerkersovereenkomst' },
        { defect: 'O5', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'OpsioVerwerkersovereenkomst' },
        { defect: 'O6', reason: 'the instructions clause has no infringement notice', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'O6', reason: 'no prior notice of a legal requirement to process otherwise', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'O11', reason: 'no back-up or restore measure', rule: 'DPA-R39', covered: 'OpsioVerwerkersovereenkomst' },
        { defect: 'O9', reason: 'the "last updated" date left blank on the published page (`revised unfilled`)', rule: 'DPA-R50', covered: 'unfilled' },
        { defect: 'O15', reason: 'published while marked a concept still to be checked by a legal adviser: not yet a final text', rule: 'DPA-R50', covered: 'concept' },
        { defect: 'O13', reason: 'no privacy contact of the processor', rule: 'DPA-R55', covered: 'Opsio' },
        { defect: 'O13', reason: 'the processor\'s legal form missing', rule: 'DPA-R49', covered: 'Opsio' },
        { defect: 'O13', reason: 'no contact point or DPO', rule: 'DPA-R56', covered: 'Opsio' },
        { defect: 'O3', reason: 'no country per sub-processor: each place is unknown, to verify before signing', rule: 'DPA-R21', covered: 'unknown', count: 5 },
        { defect: 'O4', reason: 'patients\' health data, incidental in call recordings, without logging of access', rule: 'DPA-R26', covered: 'health' },
        { defect: 'O4', reason: 'patients\' health data (dentists\' callers) without NEN 7510 or an equivalent standard', rule: 'DPA-R27', covered: 'health' },
        { defect: 'O10', reason: 'statutory carve-out without the statute named', rule: 'DPA-R36', covered: 'or statutory if longer' },
        { defect: 'O12', reason: 'no deadline for forwarding requests (information); part of the incomplete handling of rights', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'O7', reason: 'objection period not fixed', rule: 'DPA-R08', covered: 'general' },
        { defect: 'O2', reason: 'anonymised analysis to improve the processor\'s general service is an own purpose', rule: 'DPA-R04', covered: 'service-improvement, aggregated' },
        { defect: 'O8', reason: 'assistance with requests charged at reasonable costs when the effort is substantial', rule: 'DPA-R54', covered: 'charged-if-substantial' },
        { defect: 'O12', reason: 'the rights named leave out restriction, objection and Art. 22', rule: 'DPA-R33', covered: 'access, rectification, erasure, portabil' },
        { defect: 'O8', reason: 'assistance with requests only within reasonable limits (information)', rule: 'DPA-R33', covered: 'within-reasonable-limits' },
        { defect: 'O14', reason: 'the notice\'s contents leave out the likely consequences and a contact point', rule: 'DPA-R31', covered: 'nature, subjects, records, measures, pha' },
        { defect: 'O1', reason: 'an information request only, which the processor may meet with certificates, documentation or a report of its choice (`information-only`, `evidence … instead`)', rule: 'DPA-R16', covered: 'information-only' },
        { defect: 'O1', reason: 'one request a year, none on a concrete suspicion (part of O1)', rule: 'DPA-R35', covered: 'audit every 1 year notice 4 weeks inform' },
        { defect: 'O16', reason: 'the urgency classification has no retention (art. 4.4 gives one for recordings and transcripts and for lead data only)', rule: 'DPA-R19', covered: 'Dienst' },
        { defect: 'O7', reason: 'no consequence of an objection: the processor may engage the sub-processor anyway', rule: 'DPA-R08', covered: 'no-consequence' },
        { defect: 'O3', reason: 'safeguards "such as" the DPF or SCCs, an open list, with no mechanism recorded for any sub-processor', rule: 'DPA-R21', covered: 'or-equivalent' },
        { defect: 'O3', reason: 'ElevenLabs (Eleven Labs Inc.) is a US company: no seat or place recorded, so its access is a transfer without a mechanism', rule: 'DPA-R21', covered: '"ElevenLabs"' },
        { defect: 'O3', reason: 'HighLevel (HighLevel, Inc.) is a US company: no seat or place recorded, so its access is a transfer without a mechanism', rule: 'DPA-R21', covered: '"GoHighLevel (HighLevel Inc.)"' },
        { defect: 'O3', reason: 'Google Workspace is provided by Google LLC, a US company (or its Irish subsidiary, which the text does not name): no seat or place recorded', rule: 'DPA-R21', covered: '"Google (Google Workspace)"' }
    ],
    missed: [
    ]
};
