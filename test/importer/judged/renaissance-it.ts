import type { ImportJudgement } from './table.js';

/** Renaissance IT (2018), a template, imported from its text. */
export const RENAISSANCE_IT: ImportJudgement = {
    name: 'renaissance-it',
    rows: [
        { defect: 'N16', reason: 'no restore test or evaluation measure', rule: 'DPA-R39', covered: 'VerwerkingsovereenkomstRenaissan' },
        { defect: 'N17', reason: 'the processor without legal form', rule: 'DPA-R49', covered: 'RENAISSANCEIT' },
        { defect: 'N13', reason: 'connections "encrypted via SSL": the obsolete protocol', rule: 'DPA-R40', covered: 'SSL', count: 3 },
        { defect: 'N1', reason: 'the ten sub-processors are listed by name only: no service and no country', rule: 'DPA-R10', covered: '', count: 10 },
        { defect: 'N1', reason: 'AWS, Campaign Monitor, Google, Mailchimp and Microsoft are US or Australian companies, listed without country or mechanism', rule: 'DPA-R21', covered: '"', count: 5 },
        { defect: 'N1', reason: 'where each listed sub-processor processes is not stated', rule: 'DPA-R21', covered: 'unknown', count: 10 },
        { defect: 'N1', reason: '"only within the EEA" while US and Australian companies are listed without country or mechanism', rule: 'DPA-R21', covered: 'uitsluitend opslaan en verwerken binnen' },
        { defect: 'N3', reason: 'no data subjects anywhere', rule: 'DPA-R18', covered: 'OpslaanVanDePersoonsgegevensTenB' },
        { defect: 'N15', reason: '"Verantwoordelijke", the Wbp word, as the party name throughout', rule: 'DPA-R46', covered: '', count: 11 },
        { defect: 'template', reason: 'a template: the signature lines are blanks to fill in', rule: 'DPA-R01', covered: '_', count: 3 },
        { defect: 'N12', reason: 'instructions without transfers and without the legal-requirement notice', rule: 'DPA-R03', covered: 'transfers' },
        { defect: 'N12', reason: 'no notice of an infringing instruction', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'N6', reason: 'an objection lets the processor end the main agreement at once: objecting is sanctioned', rule: 'DPA-R08', covered: 'gerechtigd de Hoofdovereenkomst' },
        { defect: 'N14', reason: 'the rights named leave out portability', rule: 'DPA-R33', covered: 'correctie' },
        { defect: 'N8', reason: 'the controller accepts the measures as appropriate', rule: 'DPA-R41', covered: 'Verantwoordelijke erkent' },
        { defect: 'N10', reason: 'breach notice "as soon as possible", no hours', rule: 'DPA-R14', covered: 'DATALEKKEN' },
        { defect: 'N10', reason: 'no contact point or measures in the breach notice', rule: 'DPA-R31', covered: 'DATALEKKEN' },
        { defect: 'N11', reason: 'deletion only on request, as far as possible, without a deadline', rule: 'DPA-R34', covered: 'termination return-or-delete' },
        { defect: 'repeat', reason: 'claims a repeated text', falseAlarm: 'each appendix has the same subtitle ("belonging to the agreement between …"): a heading, not a repeated provision', rule: 'DPA-R47', covered: '(Behorende bij' },
        { defect: 'retention', reason: 'claims a vague retention', falseAlarm: 'Appendix 1\'s "in principle for the duration of the main agreement" is bounded by Appendix 2: the customer data are deleted two weeks after the contract ends (the hand-made model: agreement + 2 weeks); the importer took the first alone', rule: 'DPA-R36', covered: 'agreement' }
    ]
};
