import type { ImportJudgement } from './table.js';

/** Recruitin (2025), imported from its text. */
export const RECRUITIN: ImportJudgement = {
    name: 'recruitin',
    rows: [
        { defect: 'R8', reason: 'assistance with Art. 32-36 is incomplete (breaches only)', rule: 'DPA-R12', covered: 'Verwerkersovereenkomst' },
        { defect: 'R14', reason: 'no back-up or restore measure', rule: 'DPA-R39', covered: 'Verwerkersovereenkomst' },
        { defect: 'R2, R3', reason: 'US recipients with no mechanism of their own: only the general "SCCs or equivalent safeguards" of 9.2, so the basis of each transfer is open', rule: 'DPA-R22', covered: 'US', count: 7 },
        { defect: 'R1', reason: 'Google Analytics to the US on the invalid Privacy Shield only: no valid mechanism', rule: 'DPA-R22', covered: 'US', element: 'GoogleGA4' },
        { defect: 'mechanism', reason: 'asks to confirm the DPF or record another mechanism', falseAlarm: 'the list gives Anthropic "VS (EU SCC)": SCCs are its mechanism; the importer read "EU SCC" as a place in the EU', rule: 'DPA-R22', covered: 'US', element: 'Anthropic' },
        { defect: 'R4', reason: 'ad pixels (Meta, LinkedIn Insight Tag) listed as sub-processors: the platforms are (joint) controllers of the collection', rule: 'DPA-R10', covered: '"', count: 2 },
        { defect: 'R10', reason: 'claims no retention', falseAlarm: '12.1 destroys all data within 30 days after the end, unless a statute requires longer (the hand-made model: agreement + 30 days, the statute unnamed, R10): the importer did not take it into the activity', rule: 'DPA-R19', covered: 'RecruitmentDienstverleningViaHet' },
        { defect: 'nature', reason: 'claims no nature of the processing', falseAlarm: 'the preamble names the services performed through the platforms (vacancy campaigns, assessments, reports), which the hand-made model takes as the nature: the importer did not take them as operations', rule: 'DPA-R18', covered: 'RecruitmentDienstverleningViaHet' },
        { defect: 'alias', reason: 'claims "Opdrachtgever" is no name of a party', falseAlarm: 'the controller is "De Opdrachtgever (hierna: Verantwoordelijke)": the importer did not declare the defined names as aliases', rule: 'DPA-R48', covered: 'Opdrachtgever' },
        { defect: 'note', reason: 'the controller\'s defined name "Verantwoordelijke" is the Wbp word; the GDPR term is verwerkingsverantwoordelijke (information)', rule: 'DPA-R46', covered: 'Verantwoordelijke', count: 5 },
        { defect: 'R7', reason: 'a legal requirement may override the instructions, without prior notice', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'R7', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'R5', reason: 'no right to object to new sub-processors and no notice period', rule: 'DPA-R08', covered: 'general' },
        { defect: 'R6', reason: 'no flow-down of the same obligations to sub-processors', rule: 'DPA-R09', covered: 'none' },
        { defect: 'R13', reason: 'the rights named leave out restriction and Art. 22', rule: 'DPA-R33', covered: 'correctie' },
        { defect: 'R1, R3', reason: 'SCCs "or equivalent safeguards" as examples, and Google Analytics without a valid mechanism', rule: 'DPA-R21', covered: 'or-equivalent' },
        { defect: 'R11', reason: 'audit once a year, nothing on a concrete suspicion', rule: 'DPA-R35', covered: 'audit every 1 year' },
        { defect: 'R9', reason: 'destruction only, no return at the controller\'s choice', rule: 'DPA-R15', covered: 'delete' }
    ]
};
