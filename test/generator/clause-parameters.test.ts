import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { agreementOf } from './helpers.js';
import { minimalAgreement } from '../helpers.js';

// The parameters of `instructions` and `confidentiality`, and the clauses `legal-frame`,
// `own-purposes`, `ownership` and `controller-warranties`: the generated text says what the
// clause says, in Dutch and in English.

const CLEAN = minimalAgreement().replace(/\n {4}instructions\n/, `
    legal-frame avg definitions compliance
    instructions from main-agreement, dpa, configuration
    own-purposes none
    ownership controller, data-subjects
    controller-warranties lawfulness, final-responsibility, indemnity
`);

const DEFECTIVE = minimalAgreement()
    .replace(/\n {4}instructions\n/, `
    legal-frame wbp within-power
    instructions without transfers, legal-requirement-notice, infringement-notice
    own-purposes statistics, model-training
    ownership controller as-property
    controller-warranties indemnity-regulators, wbp-notification
`)
    .replace(/\n {4}confidentiality[^\n]*\n/, '\n    confidentiality except consent, legitimate-reason without persons-bound\n');

/** What the generated Markdown of each case contains, and what it must not contain. */
const CASES: readonly { name: string; text: string; lang: 'nl' | 'en'; has: readonly string[]; lacks?: readonly (string | RegExp)[] }[] = [
    {
        name: 'the defaults are unchanged: instructions with both notices and transfers', text: minimalAgreement(), lang: 'nl',
        has: [
            'ook wat betreft de doorgifte van Persoonsgegevens aan een derde land', 'vóór de Verwerking in kennis van dat wettelijk voorschrift',
            'artikel 28 lid 3, tweede alinea, AVG', 'zich schriftelijk tot geheimhouding hebben verbonden'
        ]
    },
    {
        name: 'Dutch: a careful agreement', text: CLEAN, lang: 'nl',
        has: [
            'Wettelijk kader', 'de overeenkomst die artikel 28 lid 3 AVG voorschrijft', 'de betekenis die artikel 4 AVG eraan geeft',
            'vastgelegd in de Hoofdovereenkomst en in deze verwerkersovereenkomst', 'configuratie van de dienst', 'niet voor eigen doeleinden',
            'behoudt de zeggenschap over de Persoonsgegevens', 'rechtmatig zijn en in overeenstemming met de AVG',
            'voor zover de schade aan de Verwerkingsverantwoordelijke is toe te rekenen'
        ],
        lacks: ['eigendom']
    },
    {
        name: 'English: a careful agreement', text: CLEAN, lang: 'en',
        has: [
            'Legal framework', 'the contract required by Article 28(3) GDPR', 'set out in the Main Agreement and in this data processing agreement',
            'does not process the Personal Data for its own purposes', 'retains control over the Personal Data', 'remain unaffected'
        ]
    },
    {
        name: 'Dutch: the defects are written as the clause says them, with the law beside them', text: DEFECTIVE, lang: 'nl',
        has: [
            'De Verwerker houdt de Persoonsgegevens geheim.', 'derden die daarvoor een gerechtvaardigde reden hebben',
            'voor zover dat binnen zijn macht ligt', '- statistiek', '- het trainen van modellen', 'artikel 28 lid 10 AVG',
            'valt niet onder deze vrijwaring', 'register van de verwerkingsactiviteiten'
        ],
        lacks: ['ook wat betreft de doorgifte', 'vóór de Verwerking in kennis van dat wettelijk voorschrift', 'tweede alinea, AVG', /Wbp|Wet bescherming persoonsgegevens/]
    },
    {
        name: 'English: the same defects in English', text: DEFECTIVE, lang: 'en',
        has: ['The Processor keeps the Personal Data confidential.', 'insofar as this is within its power', '- training models', 'is not covered by this indemnity'],
        lacks: ['infringes the GDPR, the UAVG']
    }
];

describe('clause parameters I: generated text', () => {
    for (const c of CASES) {
        test(c.name, async () => {
            const md = generateAgreement(await agreementOf(c.text), { format: 'md', lang: c.lang });
            for (const text of c.has) expect(md).toContain(text);
            for (const text of c.lacks ?? []) {
                if (typeof text === 'string') expect(md).not.toContain(text);
                else expect(md).not.toMatch(text);
            }
        });
    }
});
