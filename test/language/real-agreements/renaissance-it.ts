import type { AgreementTable, JudgedRow } from './table.js';

/** Sub-processors listed by name only (appendix 3): no service, no country. */
const UNLISTED = ['Aws', 'CampaignMonitor', 'Google', 'Mailchimp', 'Microsoft', 'Ocom', 'RegistrarEu', 'Sidn', 'SpamExperts', 'WebSecuritySolutions'];

/** Sub-processors of appendix 3 that are well-known companies of the US or Australia (recipients.json knownCompanies). */
const KNOWN_ABROAD = ['AWS', 'Campaign Monitor', 'Google', 'Mailchimp', 'Microsoft'];

/** Activities of appendix 1 that name no data subjects. */
const WITHOUT_SUBJECTS = ['Facturatie', 'LogsEnBackups'];

/** Renaissance IT (2018): a hosting provider's agreement, with appendices of measures and sub-processors. */
export const RENAISSANCE_IT: AgreementTable = {
    file: 'renaissance-it.dpa',
    title: 'Renaissance IT (2018)',
    rows: [
        { defect: 'N3, N12', reason: 'the Art. 28(3) summary: data subjects and the infringement notice are absent', rule: 'art28-coverage', covered: 'RenaissanceItVerwerkingsovereenkomst' },
        { defect: 'N12', reason: 'the instructions clause has no infringement notice', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'N12', reason: 'no prior notice of a legal requirement to process otherwise', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'N18', reason: 'the controller indemnifies the processor against all claims, supervisory authorities included', rule: 'DPA-R43', covered: 'indemnity-regulators' },
        { defect: 'N19', reason: 'personal data available to third parties with a "legitimate reason"', rule: 'DPA-R51', covered: 'legitimate-reason' },
        { defect: 'N16', reason: 'no restore test or evaluation measure', rule: 'DPA-R39', covered: 'RenaissanceItVerwerkingsovereenkomst' },
        { defect: 'N15', reason: '"Verantwoordelijke" (the Wbp word) as the party name (its alias), defined in Wbp style (information)', rule: 'DPA-R46', covered: '"Verantwoordelijke"' },
        { defect: 'N6', reason: 'after an objection the processor may end or suspend the main agreement without compensation: objecting is sanctioned (`then processor-may-terminate`)', rule: 'DPA-R08', covered: 'processor-may-terminate' },
        { defect: 'N1', reason: 'art. 2.6 keeps the data in the EEA "unless agreed otherwise", while appendix 1 records no place for any of the ten sub-processors, several of them US companies (`transfers eea-only unless-agreed`)', rule: 'DPA-R21', covered: 'eea-only' },
        { defect: 'N17', reason: 'no privacy contact of the processor, none of the controller', rule: 'DPA-R55', covered: 'RenaissanceIt' },
        { defect: 'N17', reason: 'the processor\'s legal form missing', rule: 'DPA-R49', covered: 'RenaissanceIt' },
        { defect: 'N17', reason: 'no contact point or DPO', rule: 'DPA-R56', covered: 'RenaissanceIt' },
        ...UNLISTED.map((name): JudgedRow => ({ defect: 'N1', reason: 'a sub-processor listed without service or country (the "EEA only" claim cannot be checked)', rule: 'DPA-R10', covered: name })),
        { defect: 'N13', reason: 'connections "encrypted via SSL" (Plesk, nameservers, back-ups)', rule: 'DPA-R40', covered: 'SSL', count: 3 },
        ...WITHOUT_SUBJECTS.map((name): JudgedRow => ({ defect: 'N3', reason: 'no data subjects (per activity)', rule: 'DPA-R18', covered: name })),
        { defect: 'N4', reason: 'logs without a fixed retention (`retention of logs … unspecified`)', rule: 'DPA-R36', covered: 'unspecified' },
        { defect: 'N5', reason: 'R1Soft back-ups from which a customer\'s data cannot be deleted, up to a year (`unpurgeable`)', rule: 'DPA-R34', covered: 'unpurgeable' },
        { defect: 'N11', reason: 'deletion only on request (`only on-request`)', rule: 'DPA-R34', covered: 'only' },
        { defect: 'N11', reason: 'deletion "as far as possible" (`as-far-as-possible`)', rule: 'DPA-R34', covered: 'as-far-as-possible' },
        { defect: 'N14', reason: 'no answer period: no deadline for forwarding requests (information)', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'N10', reason: 'breach notice "as soon as possible", no hours', rule: 'DPA-R14', covered: 'without-undue-delay' },
        { defect: 'N9', reason: 'assistance with Art. 32-36 and with requests charged, whatever its cause (2.9)', rule: 'DPA-R54', covered: 'charged', count: 2 },
        { defect: 'N8', reason: 'the controller accepts the processor\'s measures as appropriate (3.2)', rule: 'DPA-R41', covered: 'accepted-by-controller' },
        { defect: 'N8', reason: 'further measures only after payment (3.3)', rule: 'DPA-R41', covered: 'updates-charged' },
        { defect: 'N10', reason: 'a breach defined as a breach of the security measures, narrower than Art. 4(12) (1.4)', rule: 'DPA-R32', covered: 'security-measures' },
        { defect: 'N10', reason: 'the notice\'s contents leave out the contact point and the measures (4.2)', rule: 'DPA-R31', covered: 'cause, nature, subjects, records, conseq' },
        { defect: 'N14', reason: 'the rights named leave out portability (and Art. 22) (2.5)', rule: 'DPA-R33', covered: 'access, rectification, restriction, obje' },
        { defect: 'N9', reason: 'audits and inspections charged to the controller, also where the processor is at fault (`costs controller`)', rule: 'DPA-R54', covered: 'controller' },
        { defect: 'note', reason: 'the back-ups of the webhosting servers hold the customers\' hosted mail, which may contain special-category data: right to check (information)', rule: 'DPA-R29', covered: 'mail' },
        { defect: 'N11', reason: 'deletion only on request, no deadline', rule: 'DPA-R34', covered: 'termination return-or-delete' },
        { defect: 'N13', reason: 'encrypted storage of passwords in older Plesk installations only planned (customers to switch versions)', rule: 'DPA-R39', covered: 'planned' },
        { defect: 'N7', reason: 'art. 2.3 gives the consent "as meant in article 2.3", itself (2.2 is meant), encoded as a reference by name', rule: 'DPA-R48', covered: '{{ref Toestemming}}' },
        { defect: 'N13', reason: 'mail connections (POP3, IMAP, SMTP) encrypted or not as the customer sets them (`optional`): no protection in transit the processor ensures', rule: 'DPA-R39', covered: 'optional' },
        ...UNLISTED.map((name): JudgedRow => ({ defect: 'N2', reason: 'a sub-processor tied to no activity: appendix 1 describes only invoicing, not the hosting, mail and registry processing it performs', rule: 'DPA-R18', covered: name })),
        ...KNOWN_ABROAD.map((name): JudgedRow => ({ defect: 'N1', reason: 'a well-known company of the US or Australia listed without seat or place: its access is a transfer no mechanism covers, against the EEA-only promise', rule: 'DPA-R21', covered: `"${name}"` }))
    ],
    missed: [
    ]
};
