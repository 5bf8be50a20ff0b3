import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

const base = minimalAgreement();

/** Replaces `from` (which must occur) in the minimal agreement. */
function edit(...pairs: readonly (readonly [string, string])[]): string {
    return pairs.reduce((text, [from, to]) => {
        if (!text.includes(from)) throw new Error(`not in the minimal agreement: ${from}`);
        return text.replace(from, to);
    }, base);
}

const PROCESSING = '    processing Hosting "Hosting" {\n';
const PROCESSING_DATA = '        data Contact\n';
const PROCESSING_SUBJECTS = '        subjects Staff\n';
const CONTROLLER_FORM_KVK = '        form "besloten vennootschap"\n        kvk "12345678"\n';
const CONTROLLER_CONTACT = '        contact "A. Jansen" email "privacy@klant.example"\n';
const CONTROLLER_SIGNATORY = '        signatory "A. Jansen" as "Directeur" at "Utrecht" on 2025-01-06\n';
const PROCESSOR_SIGNATORY = '        signatory "B. de Vries" as "Directeur" at "Amsterdam" on 2025-01-06\n';
const PROCESSOR_CONTACT = '        contact "Privacyteam" email "privacy@leverancier.example"\n';
const PROCESSOR_DPO = '        dpo "C. Bakker" email "fg@leverancier.example"\n';

/** A second, complete processing activity that uses the declared data and subject categories. */
const SECOND_PROCESSING = `processing UserSupport "Gebruikersondersteuning" {
        purpose "Ondersteuning van gebruikers"
        data Contact
        subjects Staff
        operations "beantwoorden van vragen"
        location NL
        measures Encryption, Access
        retention 1 month
    }`;

/** A template agreement whose controller is filled per customer. */
const TEMPLATE = edit(
    ['agreement Minimal {\n', 'template agreement Minimal {\n    parameter customerKvk "KvK-nummer van de klant"\n    parameter customerSigner "Ondertekenaar van de klant"\n    parameter signingDate "Datum van ondertekening"\n'],
    ['        kvk "12345678"\n', '        kvk "{{customerKvk}}"\n'],
    [CONTROLLER_SIGNATORY, '        signatory "{{customerSigner}}" as "Directeur" at "Utrecht" on {{signingDate}}\n']
);

export const cases: RuleCase[] = [
    // DPA-R10 (warning variant: declared but incomplete; an undeclared one is a linking error).
    {
        rule: 'DPA-R10', name: 'a declared sub-processor without service and country', severity: 'warning',
        text: minimalAgreement('subprocessor Cloud {\n        name "Cloud B.V."\n    }', 'retention 1 month\n        subprocessors Cloud'),
        covered: 'Cloud', message: 'Cloud B.V. (without service (`service`) and country (`country`))'
    },
    {
        rule: 'DPA-R10', name: 'a declared sub-processor without service', severity: 'warning',
        text: minimalAgreement('subprocessor Cloud {\n        name "Cloud B.V."\n        country NL\n    }', 'retention 1 month\n        subprocessors Cloud'),
        covered: 'Cloud', message: 'without service'
    },

    // DPA-R18: the description of each processing activity.
    {
        rule: 'DPA-R18', name: 'a processing activity without purpose',
        text: edit(['        purpose "Hosting van de applicatie"\n', '']),
        covered: 'Hosting', message: 'purpose of processing ‘Hosting’'
    },
    {
        rule: 'DPA-R18', name: 'a processing activity without data, none declared',
        text: edit([PROCESSING_DATA, ''], ['    data Contact "Contactgegevens"\n', '']),
        covered: 'Hosting', message: 'type of personal data of processing ‘Hosting’'
    },
    {
        rule: 'DPA-R18', name: 'a processing activity without data, another one lists data (fix: choose a category)',
        text: minimalAgreement(SECOND_PROCESSING).replace(`${PROCESSING}        purpose "Hosting van de applicatie"\n${PROCESSING_DATA}`, `${PROCESSING}        purpose "Hosting van de applicatie"\n`),
        covered: 'Hosting', message: 'type of personal data', fixes: ['Add `data Contact` (Contactgegevens) to ‘Hosting’']
    },
    {
        rule: 'DPA-R18', name: 'a processing activity without subjects, none declared',
        text: edit([PROCESSING_SUBJECTS, ''], ['    subject Staff "Medewerkers"\n', '']),
        covered: 'Hosting', message: 'categories of data subjects of processing ‘Hosting’'
    },
    {
        rule: 'DPA-R18', name: 'a processing activity without operations (staff role only)',
        text: edit(['        staff Support: "beheer van de applicatie"\n', '        staff Support\n']),
        covered: 'Hosting', message: 'nature of processing ‘Hosting’'
    },
    {
        rule: 'DPA-R18', name: 'no processing activity at all',
        text: base.replace(/ {4}processing Hosting "Hosting" \{[\s\S]*?\n {4}\}\n/, ''),
        covered: 'Minimal', message: 'no processing activity'
    },

    // DPA-R20: categories declared, none ticked.
    {
        rule: 'DPA-R20', name: 'data categories declared but no processing activity lists any',
        text: edit([PROCESSING_DATA, '']),
        covered: 'Contact', fixes: ['Add `data Contact` (Contactgegevens) to ‘Hosting’']
    },
    {
        rule: 'DPA-R20', name: 'data categories declared, two processing activities list none',
        text: minimalAgreement(SECOND_PROCESSING.replace('        data Contact\n', '')).replace(PROCESSING_DATA, ''),
        covered: 'Contact'
    },
    {
        rule: 'DPA-R20', name: 'subject categories declared but no processing activity lists any',
        text: edit([PROCESSING_SUBJECTS, '']),
        covered: 'Staff', fixes: ['Add `subjects Staff` (Medewerkers) to ‘Hosting’']
    },

    // DPA-R49: party identification.
    {
        rule: 'DPA-R49', name: 'a controller without legal form and KvK number',
        text: edit(['        name "Klant B.V."\n', '        name "Klant"\n'], [CONTROLLER_FORM_KVK, '']),
        covered: 'Klant', message: 'Party Klant details incomplete: legal form (`form`) and KvK number (`kvk`)'
    },
    {
        rule: 'DPA-R49', name: 'a KvK number that is not eight digits',
        text: edit(['        kvk "12345678"\n', '        kvk "1234567"\n']),
        covered: '"1234567"', message: 'KvK number ‘1234567’ does not have 8 digits'
    },
    {
        rule: 'DPA-R49', name: 'a processor without address',
        text: edit(['        address "Damrak 2" postcode "1012 LG" city "Amsterdam"\n', '']),
        covered: 'Leverancier', message: 'Party Leverancier B.V. details incomplete: address (`address`)'
    },
    {
        rule: 'DPA-R49', name: 'a controller without signatory',
        text: edit([CONTROLLER_SIGNATORY, '']),
        covered: 'Klant', message: 'signatory (`signatory`)'
    },
    {
        rule: 'DPA-R49', name: 'a controller without privacy contact', others: ['DPA-R55'],
        text: edit([CONTROLLER_CONTACT, '']),
        covered: 'Klant', message: 'privacy contact (`contact`)'
    },

    // DPA-R50: signatures.
    {
        rule: 'DPA-R50', name: 'a signatory without function and place',
        text: edit([CONTROLLER_SIGNATORY, '        signatory "A. Jansen" on 2025-01-06\n']),
        covered: '"A. Jansen" on 2025-01-06', message: 'function (`as`) and place (`at`)'
    },
    {
        rule: 'DPA-R50', name: 'an agreement signed before the AVG applied (info variant)', severity: 'info',
        text: edit([CONTROLLER_SIGNATORY, CONTROLLER_SIGNATORY.replace('2025-01-06', '2018-05-14')], [PROCESSOR_SIGNATORY, PROCESSOR_SIGNATORY.replace('2025-01-06', '2018-05-14')]),
        covered: '2018-05-14', message: 'signed on 2018-05-14, before 2018-05-25'
    },

    // DPA-R55: the processor's Art. 30(2) record.
    {
        rule: 'DPA-R55', name: 'the controller names no contact', others: ['DPA-R49'],
        text: edit([CONTROLLER_CONTACT, '']),
        covered: 'Leverancier', message: 'contact details of controller Klant B.V.'
    },
    {
        rule: 'DPA-R55', name: 'the processor names neither contact nor DPO', others: ['DPA-R56'],
        text: edit([PROCESSOR_CONTACT, ''], [PROCESSOR_DPO, '']),
        covered: 'Leverancier', message: 'contact details of processor Leverancier B.V. or of its DPO'
    },

    // DPA-R56: contact point and DPO of the processor.
    {
        rule: 'DPA-R56', name: 'the processor names neither contact nor DPO', others: ['DPA-R55'],
        text: edit([PROCESSOR_CONTACT, ''], [PROCESSOR_DPO, '']),
        covered: 'Leverancier'
    },
    {
        rule: 'DPA-R56', name: 'health data while the processor names no DPO', others: ['DPA-R25', 'DPA-R26', 'DPA-R27', 'DPA-R29', 'DPA-R57'],
        text: edit([PROCESSOR_DPO, ''], ['    data Contact "Contactgegevens"\n', '    data Contact "Verzuimgegevens" health basis "art. 30 lid 1 sub b UAVG"\n']),
        covered: 'Leverancier'
    }
];

export const quiet: QuietCase[] = [
    {
        rule: 'DPA-R10', name: 'a sub-processor with service and country',
        text: minimalAgreement('subprocessor Cloud {\n        name "Cloud B.V."\n        service "Hosting"\n        country NL\n    }', 'retention 1 month\n        subprocessors Cloud')
    },
    {
        rule: 'DPA-R18', name: 'operations shared by the staff roles',
        text: edit(['        staff Support: "beheer van de applicatie"\n', '        staff Support\n        operations "beheer van de applicatie"\n'])
    },
    {
        rule: 'DPA-R20', name: 'a declared data category that no activity lists, while another is listed',
        text: edit(['    data Contact "Contactgegevens"\n', '    data Contact "Contactgegevens"\n    data Address "Adresgegevens"\n'])
    },
    { rule: 'DPA-R49', name: 'a legal name that states the legal form', text: edit(['        form "besloten vennootschap"\n        kvk "12345678"\n', '        kvk "12345678"\n']) },
    { rule: 'DPA-R49', name: 'a KvK number written with a space', text: edit(['        kvk "12345678"\n', '        kvk "1234 5678"\n']) },
    { rule: 'DPA-R49', name: 'template placeholders for the KvK number and the signature', text: TEMPLATE },
    {
        rule: 'DPA-R49', name: 'a foreign processor without KvK number',
        text: edit(
            ['        name "Leverancier B.V."\n        form "besloten vennootschap"\n        kvk "87654321"\n        address "Damrak 2" postcode "1012 LG" city "Amsterdam"\n',
                '        name "Leverancier GmbH"\n        form "Gesellschaft mit beschränkter Haftung"\n        address "Friedrichstraße 1" postcode "10117" city "Berlin" country DE\n']
        )
    },
    { rule: 'DPA-R49', name: 'a seat without street', text: edit(['        address "Damrak 2" postcode "1012 LG" city "Amsterdam"\n', '        address city "Amsterdam"\n']) },
    { rule: 'DPA-R50', name: 'signed on the day the AVG applied', text: edit([CONTROLLER_SIGNATORY, CONTROLLER_SIGNATORY.replace('2025-01-06', '2018-05-25')], [PROCESSOR_SIGNATORY, PROCESSOR_SIGNATORY.replace('2025-01-06', '2018-05-14')]) },
    { rule: 'DPA-R50', name: 'a placeholder signature in a template', text: TEMPLATE },
    { rule: 'DPA-R55', name: 'the processor names only a DPO', text: edit([PROCESSOR_CONTACT, '']) },
    { rule: 'DPA-R56', name: 'the processor names only a contact (no special data)', text: edit([PROCESSOR_DPO, '']) },
    {
        rule: 'DPA-R56', name: 'health data with a DPO', others: ['DPA-R25', 'DPA-R26', 'DPA-R27', 'DPA-R29', 'DPA-R57'],
        text: edit(['    data Contact "Contactgegevens"\n', '    data Contact "Verzuimgegevens" health basis "art. 30 lid 1 sub b UAVG"\n'])
    }
];
