import type { AgreementTable, JudgedRow } from './table.js';

/** Sub-processors listed by name only (appendix 3): no service, no country. */
const UNLISTED = ['Aws', 'CampaignMonitor', 'Google', 'Mailchimp', 'Microsoft', 'Ocom', 'RegistrarEu', 'Sidn', 'SpamExperts', 'WebSecuritySolutions'];

/** Activities of appendix 1 that name no data subjects. */
const WITHOUT_SUBJECTS = ['Facturatie', 'PleskLogs', 'OverigeLogs', 'Backups'];

/** Renaissance IT (2018): a hosting provider's agreement, with appendices of measures and sub-processors. */
export const RENAISSANCE_IT: AgreementTable = {
    file: 'renaissance-it.dpa',
    title: 'Renaissance IT (2018)',
    rows: [
        { defect: 'N3, N12', reason: 'the Art. 28(3) summary: data subjects and the infringement notice are absent', rule: 'art28-coverage', covered: 'RenaissanceItVerwerkingsovereenkomst' },
        { defect: 'N12', reason: 'no infringement notice', rule: 'DPA-R17', covered: 'RenaissanceItVerwerkingsovereenkomst' },
        { defect: 'N16', reason: 'no restore test or evaluation measure', rule: 'DPA-R39', covered: 'RenaissanceItVerwerkingsovereenkomst' },
        { defect: 'N15', reason: '"Verantwoordelijke" (the Wbp word) as the party name, defined in Wbp style (information)', rule: 'DPA-R46', covered: 'Verantwoordelijke' },
        { defect: 'N17', reason: 'no privacy contact of the processor, none of the controller', rule: 'DPA-R55', covered: 'RenaissanceIt' },
        { defect: 'N17', reason: 'the processor\'s legal form missing', rule: 'DPA-R49', covered: 'RenaissanceIt' },
        { defect: 'N17', reason: 'no contact point or DPO', rule: 'DPA-R56', covered: 'RenaissanceIt' },
        ...UNLISTED.map((name): JudgedRow => ({ defect: 'N1', reason: 'a sub-processor listed without service or country (the "EEA only" claim cannot be checked)', rule: 'DPA-R10', covered: name })),
        { defect: 'N1', reason: '"only within the EEA" (art. 2.6) while ten sub-processors are listed without any place: the claim cannot be confirmed', rule: 'DPA-R21', covered: 'alleen binnen de Europese Economische Rui' },
        { defect: 'N13', reason: 'connections "encrypted via SSL" (Plesk, nameservers, back-ups)', rule: 'DPA-R40', covered: 'SSL', count: 3 },
        ...WITHOUT_SUBJECTS.map((name): JudgedRow => ({ defect: 'N3', reason: 'no data subjects (per activity)', rule: 'DPA-R18', covered: name })),
        { defect: 'N4', reason: 'logs without a fixed retention', rule: 'DPA-R19', covered: 'OverigeLogs' },
        { defect: 'N14', reason: 'no answer period: no deadline for forwarding requests (information)', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'N10', reason: 'breach notice "as soon as possible", no hours', rule: 'DPA-R14', covered: 'without-undue-delay' },
        { defect: 'N11', reason: 'deletion only on request, no deadline', rule: 'DPA-R34', covered: 'termination return-or-delete' },
        { defect: 'N9', reason: 'audits and inspections charged to the controller, also where the processor is at fault', rule: 'DPA-R54', covered: 'kosten van audits, inspecties daaronder ' },
        { defect: 'N7', reason: 'art. 2.3 gives the consent "as meant in article 2.3", itself (2.2 is meant), encoded as a reference by name', rule: 'DPA-R48', covered: '{{ref Toestemming}}' },
        { defect: 'N8', reason: 'the controller accepts the processor\'s measures as appropriate', rule: 'DPA-R41', covered: 'Verantwoordelijke erkent dat Verwerker m' }
    ],
    missed: [
        { defect: 'N1 (part)', why: 'the transfers to the US/AU companies themselves: the text gives them no country, so only the unconfirmable "EEA only" claim and the missing countries are reported' },
        { defect: 'N2', why: 'appendix 1 describes only invoicing, not the hosted sites, mail and files: no rule reads the scope' },
        { defect: 'N5', why: 'back-ups from which data cannot be deleted, for up to a year: not read' },
        { defect: 'N6', why: 'an objection lets the processor end the contract without compensation: not expressible' },
        { defect: 'N10 (part)', why: 'a breach definition narrower than Art. 4(12) and an incomplete contents list: not read' },
        { defect: 'N13 (part)', why: 'optionally unencrypted mail connections, unencrypted passwords in old installations: not read' },
        { defect: 'N14 (part)', why: 'no data portability among the rights: not read' }
    ]
};
