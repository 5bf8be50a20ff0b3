import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

export const cases: RuleCase[] = [
    {
        rule: 'DPA-R01', name: 'a template field without value in a concrete agreement',
        text: minimalAgreement('parameter customer "Naam van de klant"\n    clause Extra "Extra" { text "Geleverd aan {{customer}}." }'),
        covered: '{{customer}}', message: 'customer', fixes: ['Mark the agreement as a template']
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
        covered: 'Wet bescherming persoonsgegevens', fixes: ['Replace with “Algemene verordening gegevensbescherming (AVG)”']
    },
    {
        rule: 'DPA-R02', name: 'a Wbp article',
        text: minimalAgreement('clause Extra "Naleving" { text "Zoals bedoeld in artikel 14 lid 2 Wbp." }'),
        covered: 'artikel 14 lid 2 Wbp', fixes: ['Replace with “artikel 28 lid 3 AVG”']
    },
    {
        rule: 'DPA-R02', name: 'the name and its abbreviation (two diagnostics, one fix each)',
        text: minimalAgreement('clause Extra "Naleving" { text "Verwerker leeft de Wet bescherming persoonsgegevens (Wbp) na." }'),
        covered: 'Wet bescherming persoonsgegevens', count: 2, fixes: ['Replace with “Algemene verordening gegevensbescherming (AVG)”']
    },
    {
        rule: 'DPA-R02', name: 'the Wbp by its abbreviation',
        text: minimalAgreement('clause Extra "Naleving" { text "Op de verwerking is de Wbp van toepassing." }'),
        covered: 'Wbp', fixes: ['Replace with “AVG”']
    },
    {
        rule: 'DPA-R02', name: 'Directive 95/46/EC',
        text: minimalAgreement('clause Extra "Naleving" { text "Partijen volgen Richtlijn 95/46/EG." }'),
        covered: '95/46', fixes: ['Replace with “Algemene verordening gegevensbescherming (AVG)”']
    },
    {
        rule: 'DPA-R02', name: 'a Wbp article the table does not know (no fix)',
        text: minimalAgreement('clause Extra "Naleving" { text "Zoals bedoeld in artikel 99 Wbp." }'),
        covered: 'artikel 99 Wbp'
    }
];

export const quiet: QuietCase[] = [
    { rule: 'DPA-R01', name: 'a template field in a template agreement', text: `template ${minimalAgreement('parameter customer "Naam"\n    clause Extra "Extra" { text "Voor {{customer}}." }')}` },
    { rule: 'DPA-R01', name: 'a template field with a default value', text: minimalAgreement('parameter customer "Naam" default "Klant B.V."\n    clause Extra "Extra" { text "Voor {{customer}}." }') },
    { rule: 'DPA-R02', name: 'the AVG cited in clause text', text: minimalAgreement('clause Extra "Naleving" { text "De Verwerker leeft de AVG en de UAVG na." }') }
];
