import type { ImportJudgement } from './table.js';

/** Recruitin (2025), imported from its text. */
export const RECRUITIN: ImportJudgement = {
    name: 'recruitin',
    rows: [
        { defect: 'R8', reason: 'assistance with Art. 32-36 is incomplete (breaches only)', rule: 'DPA-R12', covered: 'breach' },
        { defect: 'R14', reason: 'no back-up or restore measure', rule: 'DPA-R39', covered: 'Verwerkersovereenkomst' },
        { defect: 'R4', reason: 'ad pixels (Meta, LinkedIn Insight Tag) listed as sub-processors: the platforms are (joint) controllers of the collection', rule: 'DPA-R10', covered: '"', count: 2 },
        { defect: 'nature', reason: 'claims no nature of the processing', falseAlarm: 'the preamble names the services performed through the platforms (vacancy campaigns, assessments, reports), which the hand-made model takes as the nature: the importer did not take them as operations', rule: 'DPA-R18', covered: 'RecruitmentDienstverleningViaHet' },
        { defect: 'R7', reason: 'a legal requirement may override the instructions, without prior notice', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'R7', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'R5', reason: 'no right to object to new sub-processors and no notice period', rule: 'DPA-R08', covered: 'general' },
        { defect: 'R6', reason: 'no flow-down of the same obligations to sub-processors', rule: 'DPA-R09', covered: 'none' },
        { defect: 'R13', reason: 'the rights named leave out restriction and Art. 22', rule: 'DPA-R33', covered: 'correctie' },
        { defect: 'R1, R3', reason: 'SCCs "or equivalent safeguards" as examples, and Google Analytics without a valid mechanism', rule: 'DPA-R21', covered: 'or-equivalent' },
        { defect: 'R11', reason: 'audit once a year, nothing on a concrete suspicion', rule: 'DPA-R35', covered: 'audit every 1 year' },
        { defect: 'R9', reason: 'destruction only, no return at the controller\'s choice', rule: 'DPA-R15', covered: 'delete' },
        { defect: 'R3', reason: 'US transfers on SCCs without a module or transfer impact assessment', rule: 'DPA-R37', covered: 'scc', count: 8 },
        { defect: 'R1', reason: 'Google Analytics to the US with only the invalid Privacy Shield: no valid mechanism', rule: 'DPA-R21', covered: 'US', element: 'GoogleGA4' },
        { defect: 'R1', reason: 'Privacy Shield, invalid since 16 July 2020 (C-311/18)', rule: 'DPA-R24', covered: 'privacy-shield' }
    ]
};
