import type { AgreementTable } from './table.js';

/** Opsio (2026): published terms of an AI telephone assistant. */
export const OPSIO: AgreementTable = {
    file: 'opsio.dpa',
    title: 'Opsio (2026)',
    rows: [
        { defect: 'O5, O6', reason: 'the Art. 28(3) summary: Art. 32-36 and the infringement notice are absent (its third item, controller rights, is too strict: instructions, objection, information and the choice at the end are there)', rule: 'art28-coverage', covered: 'OpsioVerwerkersovereenkomst' },
        { defect: 'O5', reason: 'no assistance with Art. 32-36', rule: 'DPA-R12', covered: 'OpsioVerwerkersovereenkomst' },
        { defect: 'O6', reason: 'no infringement notice', rule: 'DPA-R17', covered: 'OpsioVerwerkersovereenkomst' },
        { defect: 'O11', reason: 'no back-up or restore measure', rule: 'DPA-R39', covered: 'OpsioVerwerkersovereenkomst' },
        { defect: 'O13', reason: 'no privacy contact of the processor', rule: 'DPA-R55', covered: 'Opsio' },
        { defect: 'O13', reason: 'the processor\'s legal form missing', rule: 'DPA-R49', covered: 'Opsio' },
        { defect: 'O13', reason: 'no contact point or DPO', rule: 'DPA-R56', covered: 'Opsio' },
        { defect: 'O3', reason: 'no country per sub-processor: each place is unknown, to verify before signing', rule: 'DPA-R21', covered: 'unknown', count: 5 },
        { defect: 'O4', reason: 'patients\' health data, incidental in call recordings, without logging of access', rule: 'DPA-R26', covered: 'health' },
        { defect: 'O4', reason: 'patients\' health data (dentists\' callers) without NEN 7510 or an equivalent standard', rule: 'DPA-R27', covered: 'health' },
        { defect: 'O10', reason: 'statutory carve-out without the statute named', rule: 'DPA-R36', covered: 'or statutory if longer' },
        { defect: 'O12', reason: 'no deadline for forwarding requests (information); part of the incomplete handling of rights', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'O7', reason: 'objection period not fixed', rule: 'DPA-R08', covered: 'general' },
        { defect: 'O1', reason: 'unnamed certifications may replace the audit (part of O1)', rule: 'DPA-R53', covered: 'certificeringen' },
        { defect: 'O2', reason: 'anonymised analysis to improve the processor\'s general service is an own purpose', rule: 'DPA-R04', covered: 'verbetering van de algemene dienstverlen' },
        { defect: 'O8', reason: 'assistance with requests charged at reasonable costs', rule: 'DPA-R54', covered: 'tegen vergoeding van redelijke kosten' },
        { defect: 'O1', reason: 'the audit may be replaced by certificates or a report of the processor\'s choice (custom clause read)', rule: 'DPA-R16', covered: 'kan daaraan ook voldoen door relevante c' }
    ],
    missed: [
        { defect: 'O3 (part)', why: 'the US companies among the sub-processors and the generic "DPF or SCC": not reported as transfers' },
        { defect: 'O9', why: 'an unfilled date on a published page is encoded as a template field (GAP)' },
        { defect: 'O12 (part)', why: 'rights listed without their restrictions or objection: not read' }
    ]
};
