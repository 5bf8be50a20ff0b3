import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

interface Variant {
    /** Data categories declared after `data Contact`. */
    readonly data?: readonly string[];
    /** Data categories the processing activity Hosting uses besides Contact. */
    readonly use?: readonly string[];
    /** Measures declared after the last measure of the minimal agreement. */
    readonly measures?: readonly string[];
    /** The `measures` list of Hosting. */
    readonly hosting?: string;
    /** The `location` list of Hosting. */
    readonly location?: string;
    readonly processingExtra?: string;
    readonly extra?: string;
}

const PENTEST = '    measure Pentest organisational pentest "Jaarlijkse penetratietest door een externe partij"\n';
const RESTORE = '    measure Restore organisational restore-test "Jaarlijkse hersteltest van de back-ups"\n';
const LOGGING = 'measure Logging technical logging "Elke inzage van persoonsgegevens wordt gelogd en maandelijks beoordeeld"';
const MFA = 'measure Mfa technical mfa "Meerfactorauthenticatie voor alle gebruikers"';

/** The minimal agreement with more data categories and measures, used by its activity Hosting. */
function variant({ data = [], use = [], measures = [], hosting = 'Encryption, Access', location = 'NL', processingExtra = 'retention 1 month', extra = '' }: Variant): string {
    return minimalAgreement(extra, processingExtra)
        .replace('    data Contact "Contactgegevens"\n', `    data Contact "Contactgegevens"\n${data.map(line => `    ${line}\n`).join('')}`)
        .replace('        data Contact\n', `        data ${['Contact', ...use].join(', ')}\n`)
        .replace(PENTEST, `${PENTEST}${measures.map(line => `    ${line}\n`).join('')}`)
        .replace('        measures Encryption, Access\n', `        measures ${hosting}\n`)
        .replace('        location NL\n', `        location ${location}\n`);
}

const BSN = 'data Bsn "Burgerservicenummer" bsn basis "art. 28 lid 1 Wet op de loonbelasting 1964 jo. art. 46 UAVG"';
const HEALTH = 'data Medical "Medische gegevens" health basis "art. 9 lid 2 sub h AVG jo. art. 30 lid 3 UAVG"';
const CRIMINAL = 'data Vog "Verklaringen omtrent het gedrag" criminal basis "art. 33 lid 4 UAVG jo. Besluit VOG"';

export const cases: RuleCase[] = [
    // DPA-R25
    {
        rule: 'DPA-R25', name: 'a BSN without its statutory basis',
        text: variant({ data: ['data Bsn "Burgerservicenummer" bsn'], use: ['Bsn'], measures: [LOGGING], hosting: 'Encryption, Access, Logging' }),
        covered: 'bsn', message: 'no basis stated'
    },
    {
        rule: 'DPA-R25', name: 'a BSN processed outside the EEA (warning)',
        text: variant({ data: [BSN], use: ['Bsn'], measures: [LOGGING], hosting: 'Encryption, Access, Logging', location: 'NL, CH' }),
        covered: 'CH', severity: 'warning'
    },
    {
        rule: 'DPA-R25', name: 'a BSN sent to a sub-processor in the US (warning)',
        text: variant({
            data: [BSN], use: ['Bsn'], measures: [LOGGING], hosting: 'Encryption, Access, Logging',
            processingExtra: 'subprocessors Cloud\n        retention 1 month',
            extra: 'subprocessor Cloud {\n        name "Cloud Inc."\n        service "Hosting van de applicatie"\n        country US\n        transfer dpf certified\n    }'
        }),
        covered: 'Cloud', severity: 'warning'
    },
    {
        rule: 'DPA-R25', name: 'a BSN without logging (warning)',
        text: variant({ data: [BSN], use: ['Bsn'] }),
        covered: 'bsn', severity: 'warning', fixes: ['Add measure: AccessLogging']
    },
    // DPA-R26
    {
        rule: 'DPA-R26', name: 'health data processed without logging (a stub measure is added)',
        text: variant({ data: [HEALTH], use: ['Medical'] }),
        covered: 'health', fixes: ['Add measure: AccessLogging']
    },
    {
        rule: 'DPA-R26', name: 'health data processed without the logging measure the agreement has',
        text: variant({ data: [HEALTH], use: ['Medical'], measures: [LOGGING] }),
        covered: 'health', fixes: ['Add measure: Logging']
    },
    // DPA-R27
    {
        rule: 'DPA-R27', name: 'health data without a measure under NEN 7510 or ISO 27001',
        text: variant({ data: [HEALTH], use: ['Medical'], measures: [LOGGING], hosting: 'Encryption, Access, Logging' }).replace(' standard ISO27001', ''),
        covered: 'health'
    },
    // DPA-R28
    {
        rule: 'DPA-R28', name: 'criminal data without a ground',
        text: variant({ data: ['data Vog "Verklaringen omtrent het gedrag" criminal'], use: ['Vog'], measures: [LOGGING], hosting: 'Encryption, Access, Logging' }),
        covered: 'criminal'
    },
    {
        rule: 'DPA-R28', name: 'criminal data without logging',
        text: variant({ data: [CRIMINAL], use: ['Vog'] }),
        covered: 'criminal', fixes: ['Add measure: AccessLogging']
    },
    // DPA-R29
    {
        rule: 'DPA-R29', name: 'a data category named after health data but not flagged',
        text: variant({ data: ['data Medical "Medische gegevens"'], use: ['Medical'] }),
        covered: 'Medisch', message: '"Medische" (health data)', fixes: ['Flag as health']
    },
    {
        rule: 'DPA-R29', name: 'a purpose that mentions sick leave while no category is flagged health',
        text: variant({ processingExtra: 'purpose "Registreren van ziekteverzuim van medewerkers"\n        retention 1 month' }),
        covered: 'ziekte', message: '"ziekteverzuim" (health data)'
    },
    {
        rule: 'DPA-R29', name: 'stored mail and files without any note of special data',
        text: variant({ processingExtra: 'purpose "Opslaan van e-mail en bestanden van medewerkers"\n        retention 1 month' }),
        covered: 'e-mail'
    },
    // DPA-R39
    {
        rule: 'DPA-R39', name: 'measures without restore test and without testing (Art. 32(1)(c), (d))',
        text: minimalAgreement().replace(RESTORE, '').replace(PENTEST, ''),
        covered: 'Minimal', message: 'restore test or continuity plan (c), regular testing and evaluation (d)',
        fixes: ['Add measures: RestoreTest, Pentest']
    },
    {
        rule: 'DPA-R39', name: 'no encryption or pseudonymisation (Art. 32(1)(a)); the stub name is taken, so no fix',
        text: minimalAgreement().replace(' encryption "Versleuteling van opgeslagen gegevens met AES-256" standard ISO27001', ' access-control "Toegang alleen via het beheernetwerk" standard ISO27001'),
        covered: 'Minimal', message: 'encryption or pseudonymisation (a)'
    },
    // DPA-R40
    {
        rule: 'DPA-R40', name: 'SSL in a measure',
        text: variant({ measures: ['measure Tls technical encryption "Verbindingen beveiligd met SSL"'] }),
        covered: 'SSL', message: 'SSL is obsolete', fixes: ['Replace with "TLS 1.2 of hoger"']
    },
    {
        rule: 'DPA-R40', name: 'Secure Sockets Layer (SSL) and MD5 in a clause',
        text: variant({ extra: 'clause Hashing "Beveiliging van verbindingen" {\n        text "Verbindingen gebruiken Secure Sockets Layer (SSL); bestanden krijgen een MD5-controlegetal."\n    }' }),
        covered: 'Secure Sockets Layer', count: 3, fixes: ['Replace with "TLS 1.2 of hoger"']
    },
    // DPA-R42
    {
        rule: 'DPA-R42', name: 'credentials without MFA',
        text: variant({ data: ['data Logins "Inloggegevens van gebruikers" credentials'], use: ['Logins'] }),
        covered: 'credentials', fixes: ['Add measure: Mfa']
    },
    {
        rule: 'DPA-R42', name: 'credentials with MFA but no secure storage, in an activity without a measures list',
        text: variant({ data: ['data Logins "Inloggegevens van gebruikers" credentials'], use: ['Logins'], measures: [MFA] })
            .replace(' encryption "Versleuteling van opgeslagen gegevens met AES-256" standard ISO27001', ' pseudonymisation "Testomgevingen bevatten alleen gepseudonimiseerde gegevens"')
            .replace('        measures Encryption, Access\n', ''),
        covered: 'credentials', fixes: ['Add measure: SecretsVault']
    },
    // DPA-R53
    {
        rule: 'DPA-R53', name: 'a certificate without its standard',
        text: variant({ measures: ['measure Servers technical physical "Gebruik van gecertificeerde servers"'] }),
        covered: 'gecertificeerde servers'
    },
    {
        rule: 'DPA-R53', name: 'a marketing claim as a measure',
        text: variant({ measures: ['measure Safe technical other "Onze systemen bieden het hoogste niveau van beveiliging"'] }),
        covered: 'het hoogste niveau'
    },
    {
        rule: 'DPA-R53', name: 'the same measure twice in other words',
        text: variant({ measures: ['measure TwoStep technical mfa "Toegang beveiligd met tweestapsverificatie"', 'measure TwoWay technical mfa "Gebruik van tweewegverificatie"'] }),
        covered: '"Gebruik van tweewegverificatie"', message: 'TwoWay (repeats TwoStep)', fixes: ['Remove measure TwoWay']
    },
    // DPA-R57
    {
        rule: 'DPA-R57', name: 'a purpose as a data category',
        text: variant({ data: ['data Invoicing "Facturatie"'], use: ['Invoicing'] }),
        covered: '"Facturatie"', message: 'Facturatie', fixes: ['Rename to "Factuurgegevens"']
    },
    {
        rule: 'DPA-R57', name: 'an asset as a data category',
        text: variant({ data: ['data Computer "Computer (laptops van medewerkers)"'], use: ['Computer'] }),
        covered: '"Computer (laptops van medewerkers)"'
    }
];

export const quiet: QuietCase[] = [
    { rule: 'DPA-R25', name: 'a BSN with its basis, encryption and logging, in the Netherlands', text: variant({ data: [BSN], use: ['Bsn'], measures: [LOGGING], hosting: 'Encryption, Access, Logging' }) },
    { rule: 'DPA-R26', name: 'health data with encryption, access control and logging', text: variant({ data: [HEALTH], use: ['Medical'], measures: [LOGGING], hosting: 'Encryption, Access, Logging' }) },
    {
        rule: 'DPA-R27', name: 'health data under NEN 7510 written as text',
        text: variant({ data: [HEALTH], use: ['Medical'], measures: [LOGGING], hosting: 'Encryption, Access, Logging' }).replace(' standard ISO27001', ' standard "NEN 7510:2017"')
    },
    { rule: 'DPA-R28', name: 'criminal data with a ground, access control and logging', text: variant({ data: [CRIMINAL], use: ['Vog'], measures: [LOGGING], hosting: 'Encryption, Access, Logging' }) },
    {
        rule: 'DPA-R29', name: 'sick leave mentioned while a category is flagged health',
        text: variant({ data: [HEALTH], use: ['Medical'], measures: [LOGGING], hosting: 'Encryption, Access, Logging', processingExtra: 'purpose "Registreren van ziekteverzuim van medewerkers"\n        retention 1 month' })
    },
    {
        rule: 'DPA-R29', name: '"in verzuim" (default) and "zonder diagnose" are no health data',
        text: variant({
            data: ['data Absence "Afwezigheid (data van afwezigheid, zonder diagnose)"'], use: ['Absence'],
            extra: 'clause Default "Ingebrekestelling" {\n        text "Een partij is pas in verzuim na een schriftelijke ingebrekestelling."\n    }'
        })
    },
    {
        rule: 'DPA-R29', name: 'stored files whose possible special data is noted',
        text: variant({ processingExtra: 'purpose "Opslaan van bestanden van medewerkers, die bijzondere persoonsgegevens kunnen bevatten"\n        retention 1 month' })
    },
    {
        rule: 'DPA-R39', name: 'continuity and a vulnerability scan cover (c) and (d)',
        text: minimalAgreement()
            .replace(RESTORE, '    measure Continuity organisational continuity "Bedrijfscontinuïteitsplan, jaarlijks beoefend"\n')
            .replace(PENTEST, '    measure Scan technical vulnerability-scan "Wekelijkse kwetsbaarhedenscan van alle systemen"\n')
    },
    { rule: 'DPA-R40', name: 'TLS 1.3, and the Dutch word "des"', text: variant({ measures: ['measure Tls technical encryption "Verbindingen versleuteld met TLS 1.3; des te kleiner het risico"'] }) },
    { rule: 'DPA-R42', name: 'credentials with MFA and encryption', text: variant({ data: ['data Logins "Inloggegevens van gebruikers" credentials'], use: ['Logins'], measures: [MFA], hosting: 'Encryption, Access, Mfa' }) },
    {
        rule: 'DPA-R53', name: 'certificates with their standard, in the measure or its text; different measures of one kind',
        text: variant({
            measures: [
                'measure Dc technical physical "Gecertificeerd datacenter" standard ISO27001',
                'measure Dc2 technical physical "Uitwijkdatacenter met ISO 27001-certificaat"',
                'measure Tls technical encryption "Verbindingen versleuteld met TLS 1.3"'
            ]
        })
    },
    { rule: 'DPA-R57', name: 'a type of personal data', text: variant({ data: ['data Invoicing "Factuurgegevens"'], use: ['Invoicing'] }) }
];
