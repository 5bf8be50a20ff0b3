import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

export const cases: RuleCase[] = [
    {
        rule: 'DPA-R01', name: 'a template field without value in a concrete agreement',
        text: minimalAgreement('parameter customer "Naam van de klant"\n    clause Extra "Extra" { text "Geleverd aan {{customer}}." }'),
        covered: '{{customer}}', message: 'customer'
    },
    {
        rule: 'DPA-R01', name: 'bracketed placeholder text',
        text: minimalAgreement('clause Extra "Extra" { text "Datum: [datum invullen]." }'),
        covered: '[datum invullen]'
    },
    {
        rule: 'DPA-R01', name: 'dotted placeholder text',
        text: minimalAgreement('clause Extra "Extra" { text "Overige gegevens, namelijk: ………" }'),
        covered: 'namelijk: ………'
    },
    {
        rule: 'DPA-R02', name: 'the Wbp by its full name',
        text: minimalAgreement('clause Extra "Naleving" { text "De Verwerker leeft de Wet bescherming persoonsgegevens na." }'),
        covered: 'Wet bescherming persoonsgegevens'
    },
    {
        rule: 'DPA-R02', name: 'a Wbp article',
        text: minimalAgreement('clause Extra "Naleving" { text "Zoals bedoeld in artikel 14 lid 2 Wbp." }'),
        covered: 'artikel 14 lid 2 Wbp'
    }
];

export const quiet: QuietCase[] = [
    { rule: 'DPA-R01', name: 'a template field in a template agreement', text: `template ${minimalAgreement('parameter customer "Naam"\n    clause Extra "Extra" { text "Voor {{customer}}." }')}` },
    { rule: 'DPA-R01', name: 'a template field with a default value', text: minimalAgreement('parameter customer "Naam" default "Klant B.V."\n    clause Extra "Extra" { text "Voor {{customer}}." }') },
    { rule: 'DPA-R02', name: 'the AVG cited in clause text', text: minimalAgreement('clause Extra "Naleving" { text "De Verwerker leeft de AVG en de UAVG na." }') }
];
