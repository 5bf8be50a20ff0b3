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

describe('clause parameters I: generated text', () => {
    test('the defaults are unchanged: instructions with both notices and transfers', async () => {
        const md = generateAgreement(await agreementOf(minimalAgreement()), { format: 'md', lang: 'nl' });
        expect(md).toContain('ook wat betreft de doorgifte van Persoonsgegevens aan een derde land');
        expect(md).toContain('vóór de Verwerking in kennis van dat wettelijk voorschrift');
        expect(md).toContain('artikel 28 lid 3, tweede alinea, AVG');
        expect(md).toContain('zich schriftelijk tot geheimhouding hebben verbonden');
    });

    test('Dutch: a careful agreement', async () => {
        const md = generateAgreement(await agreementOf(CLEAN), { format: 'md', lang: 'nl' });
        expect(md).toContain('Wettelijk kader');
        expect(md).toContain('de overeenkomst die artikel 28 lid 3 AVG voorschrijft');
        expect(md).toContain('de betekenis die artikel 4 AVG eraan geeft');
        expect(md).toContain('vastgelegd in de Hoofdovereenkomst en in deze verwerkersovereenkomst');
        expect(md).toContain('configuratie van de dienst');
        expect(md).toContain('niet voor eigen doeleinden');
        expect(md).toContain('behoudt de zeggenschap over de Persoonsgegevens');
        expect(md).not.toContain('eigendom');
        expect(md).toContain('rechtmatig zijn en in overeenstemming met de AVG');
        expect(md).toContain('voor zover de schade aan de Verwerkingsverantwoordelijke is toe te rekenen');
    });

    test('English: a careful agreement', async () => {
        const md = generateAgreement(await agreementOf(CLEAN), { format: 'md', lang: 'en' });
        expect(md).toContain('Legal framework');
        expect(md).toContain('the contract required by Article 28(3) GDPR');
        expect(md).toContain('set out in the Main Agreement and in this data processing agreement');
        expect(md).toContain('does not process the Personal Data for its own purposes');
        expect(md).toContain('retains control over the Personal Data');
        expect(md).toContain('remain unaffected');
    });

    test('Dutch: the defects are written as the clause says them, with the law beside them', async () => {
        const md = generateAgreement(await agreementOf(DEFECTIVE), { format: 'md', lang: 'nl' });
        expect(md).not.toContain('ook wat betreft de doorgifte');
        expect(md).not.toContain('vóór de Verwerking in kennis van dat wettelijk voorschrift');
        expect(md).not.toContain('tweede alinea, AVG');
        expect(md).toContain('De Verwerker houdt de Persoonsgegevens geheim.');
        expect(md).toContain('derden die daarvoor een gerechtvaardigde reden hebben');
        expect(md).toContain('voor zover dat binnen zijn macht ligt');
        expect(md).toContain('- statistiek');
        expect(md).toContain('- het trainen van modellen');
        expect(md).toContain('artikel 28 lid 10 AVG');
        expect(md).toContain('valt niet onder deze vrijwaring');
        expect(md).toContain('register van de verwerkingsactiviteiten');
        expect(md).not.toMatch(/Wbp|Wet bescherming persoonsgegevens/);
    });

    test('English: the same defects in English', async () => {
        const agreement = await agreementOf(DEFECTIVE);
        const md = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(md).toContain('The Processor keeps the Personal Data confidential.');
        expect(md).toContain('insofar as this is within its power');
        expect(md).toContain('- training models');
        expect(md).toContain('is not covered by this indemnity');
        expect(md).not.toContain('infringes the GDPR, the UAVG');
    });
});
