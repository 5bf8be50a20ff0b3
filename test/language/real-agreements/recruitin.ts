import type { AgreementTable, JudgedRow } from './table.js';

/** Sub-processors whose "Locatie" is the pair "VS/EU", the US part shown. */
const PAIRS = ['US, EU'];

/** Recruitin (2026): published terms of a recruitment-marketing platform. */
export const RECRUITIN: AgreementTable = {
    file: 'recruitin.dpa',
    title: 'Recruitin (2026)',
    rows: [
        { defect: 'R7', reason: 'the instructions clause has no infringement notice', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'R7', reason: 'no prior notice of a legal requirement to process otherwise', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'R6, R7', reason: 'the Art. 28(3) summary: the infringement notice is absent, the sub-processing clause falls short (no flow-down)', rule: 'art28-coverage', covered: 'RecruitinVerwerkersovereenkomst' },
        { defect: 'R14', reason: 'no back-up or restore measure', rule: 'DPA-R39', covered: 'RecruitinVerwerkersovereenkomst' },
        { defect: 'note', reason: 'the party\'s alias "Verantwoordelijke" is the Wbp word; the text means the GDPR role, so its uses are not reported and one note on the alias suggests the GDPR name (information)', rule: 'DPA-R46', covered: '"Verantwoordelijke"' },
        { defect: 'R3', reason: 'US locations on "SCCs or equivalent safeguards" without a module or TIA (one per recipient)', rule: 'DPA-R37', covered: 'scc', count: 8 },
        { defect: 'R1', reason: 'Google Analytics to the US with only the invalid Privacy Shield: no valid Chapter V mechanism', rule: 'DPA-R21', covered: 'US' },
        { defect: 'R1', reason: 'Privacy Shield, invalid since 16 July 2020 (C-311/18)', rule: 'DPA-R24', covered: 'privacy-shield' },
        { defect: 'R10', reason: 'statutory carve-out on retention without the statute named', rule: 'DPA-R36', covered: 'or statutory if longer' },
        { defect: 'R5', reason: 'no notice period and no right to object to new sub-processors', rule: 'DPA-R08', covered: 'general' },
        { defect: 'R6', reason: 'no flow-down of the same obligations to sub-processors (`flow-down none`)', rule: 'DPA-R09', covered: 'none' },
        { defect: 'R1', reason: 'art. 9 allows SCCs "or equivalent safeguards", and Google Analytics has no valid mechanism of its own (only the invalid Privacy Shield)', rule: 'DPA-R21', covered: 'or-equivalent' },
        { defect: 'R8', reason: 'assistance only for breaches, not Art. 32, 35, 36', rule: 'DPA-R12', covered: 'breach' },
        { defect: 'R13', reason: 'the rights named leave out restriction (and Art. 22)', rule: 'DPA-R33', covered: 'access, rectification, erasure, portabil' },
        { defect: 'R15', reason: 'the notice\'s contents leave out the likely consequences (and information in phases)', rule: 'DPA-R31', covered: 'nature, records, subjects, measures, con' },
        { defect: 'R11', reason: 'audit once a year, nothing on a concrete suspicion', rule: 'DPA-R35', covered: 'audit every 1 year by controller-or-auditor' },
        { defect: 'R9', reason: 'destruction only, no return at the controller\'s choice', rule: 'DPA-R15', covered: 'delete' },
        { defect: 'R4', reason: 'an ad pixel (Meta) listed as a sub-processor: the platform is a (joint) controller of the collection', rule: 'DPA-R10', covered: '"Advertentie pixel"' },
        { defect: 'R4', reason: 'the LinkedIn Insight Tag listed as a sub-processor: the platform is a (joint) controller of the collection', rule: 'DPA-R10', covered: '"Insight Tag / advertenties"' },
        ...PAIRS.map((name): JudgedRow => ({ defect: 'R2', reason: 'a place in the EU and one in the US ("VS/EU") with no seat: which data go to the US is left open (information)', rule: 'DPA-R21', covered: name, count: 5 })),
        { defect: 'R12', reason: 'AI assessment scores of candidates (profiling) with no safeguard and no DPIA', rule: 'DPA-R26', covered: 'profiling' }
    ],
    missed: []
};
