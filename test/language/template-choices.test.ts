import { describe, expect, test } from 'vitest';
import {
    choiceValueProblem, instantiateTemplate, structureDifference, templateShaping, TemplateValueError
} from '../../packages/language/src/index.js';
import { check, coveredText, minimalAgreement, readExample, withCode } from '../helpers.js';

// Choices per customer in a template (review D-05, D-04): `flag` and `list of …` parameters and
// `if` conditions on data, subjects, measures and processing activities.

const ITZZ = readExample('itzz-template.dpa');

/** The itzz template filled for one customer: the text, its check, and its structure against the template. */
async function fill(values: Record<string, string>) {
    const template = await check(ITZZ);
    const all = {
        customerName: 'Bakkerij De Korst B.V.', customerCity: 'Delft', customerRepresentative: 'J.P. van Leeuwen',
        customerRepresentativeFunction: 'Directeur', signingPlace: 'Delft', signingDate: '2025-03-03',
        mainAgreementDate: '2025-02-17', mainAgreementReference: 'ITZZ-2025-0031', processorSigningDate: '2025-03-04',
        ...values
    };
    const text = instantiateTemplate(template.document, all);
    const filled = await check(text);
    return { text, filled, difference: structureDifference(template.document.parseResult.value, filled.document.parseResult.value, templateShaping(template.document, all)) };
}

describe('template choices: the itzz template per customer (D-05)', () => {
    test('a bakery ticks no medical data: its agreement has none, and no care norms or patients', async () => {
        const { text, filled, difference } = await fill({ categories: 'AddressPhone; Financial; ThirdPartyLogins', careProvider: 'nee' });
        expect(difference).toBeUndefined();
        expect(filled.document.parseResult.parserErrors).toEqual([]);
        const agreement = filled.agreement!;
        expect(agreement.dataCategories.map(d => d.name)).toEqual(['AddressPhone', 'Financial', 'ThirdPartyLogins']);
        expect(agreement.subjectCategories.map(s => s.name)).toEqual(['CustomerStaff', 'CustomerClients']);
        expect(agreement.processings.map(p => p.name)).toEqual(['StaffData', 'ClientData']);
        expect(agreement.processings[1]!.data.map(r => r.$refText)).toEqual(['AddressPhone', 'Financial', 'ThirdPartyLogins']);
        expect(agreement.measures.some(m => m.name.startsWith('Care'))).toBe(false);
        // No condition and no choice parameter is left: an ordinary agreement.
        expect(text).not.toMatch(/\bif (not )?(categories|careProvider)\b/);
        expect(agreement.parameters.map(p => p.name)).not.toContain('categories');
        // Line numbers stay the template's (diagnostics point at the template's lines).
        expect(text.split('\n')).toHaveLength(ITZZ.split('\n').length);
        expect([...withCode(filled, 'DPA-R26'), ...withCode(filled, 'DPA-R27')]).toEqual([]);
    });

    test('the dental practice (care provider): patients, the BSN, NEN 7510/7512/7513, no R26/R27 (D-04)', async () => {
        const { filled, difference } = await fill({ categories: 'AddressPhone; Financial; Medical; ThirdPartyLogins', careProvider: 'ja' });
        expect(difference).toBeUndefined();
        const agreement = filled.agreement!;
        expect(agreement.subjectCategories.map(s => s.label)).toEqual(['Personeel van de opdrachtgever', 'Patiënten van de opdrachtgever']);
        expect(agreement.processings.map(p => p.name)).toEqual(['StaffData', 'PatientData']);
        expect(agreement.processings[1]!.data.map(r => r.$refText)).toEqual(['AddressPhone', 'Financial', 'Medical', 'Bsn', 'ThirdPartyLogins']);
        expect(agreement.measures.flatMap(m => m.follows)).toEqual(expect.arrayContaining(['NEN7510', 'NEN7512', 'NEN7513']));
        expect([...withCode(filled, 'DPA-R25'), ...withCode(filled, 'DPA-R26'), ...withCode(filled, 'DPA-R27')]).toEqual([]);
    });

    test('medical data ticked by a customer that is no care provider: R26 and R27 on that row (seed defect #9)', async () => {
        const { text, filled } = await fill({ categories: 'AddressPhone; Medical', careProvider: 'nee' });
        expect(withCode(filled, 'DPA-R26').map(d => coveredText(text, d))).toContain('health');
        expect(withCode(filled, 'DPA-R27').map(d => coveredText(text, d))).toEqual(['health']);
    });

    test('an unknown name in a list, or a flag that is not yes/no, is refused naming the choices', async () => {
        const template = await check(ITZZ);
        const agreement = template.agreement!;
        const categories = agreement.parameters.find(p => p.name === 'categories')!;
        const careProvider = agreement.parameters.find(p => p.name === 'careProvider')!;
        expect(choiceValueProblem(agreement, categories, 'AddressPhone; Medisch')).toBe(
            "'Medisch' is not among the choices (names separated by ';'): AddressPhone; Financial; Medical; ThirdPartyLogins; CustomerServiceLogins");
        expect(choiceValueProblem(agreement, categories, ' AddressPhone ;; Medical ')).toBeUndefined();
        expect(choiceValueProblem(agreement, careProvider, 'misschien', 'nl')).toMatch(/^geen vinkje: 'misschien'/);
        for (const yes of ['ja', 'Yes', 'x', '1', 'true', '', 'nee', 'NO', '0']) expect(choiceValueProblem(agreement, careProvider, yes)).toBeUndefined();
        expect(() => instantiateTemplate(template.document, { categories: 'Medisch' })).toThrow(TemplateValueError);
    });
});

describe('template choices: the validator checks the template', () => {
    const template = (extra: string, processing = 'retention 1 month') => `template ${minimalAgreement(extra, processing)}`;

    test('a clean template with a flag and a list has no template-choice finding', async () => {
        const result = await check(template(`
    parameter medisch "Gezondheidsgegevens" flag default "nee"
    parameter extra "Extra gegevens" list of data default "Iban"
    data Iban "IBAN" if extra
    data Medical "Medische gegevens" health if medisch
    measure Logging technical logging "Logging van toegang" if medisch`));
        expect(withCode(result, 'template-choice')).toEqual([]);
        expect(withCode(result, 'unused-parameter')).toEqual([]);
    });

    test.each([
        ['`if` on a text field', 'parameter naam "Naam"\n    data Iban "IBAN" if naam', 'is a text field, not a choice'],
        ['`if not` on a list', 'parameter extra "Extra" list of data\n    data Iban "IBAN" if not extra', "needs a flag"],
        ['a list of another kind', 'parameter extra "Extra" list of measure\n    data Iban "IBAN" if extra', 'is a list of measure'],
        ['a flag default that is not yes/no', 'parameter f "F" flag default "misschien"\n    data Iban "IBAN" if f', 'is not yes or no'],
        ['a list default naming an unknown element', 'parameter extra "Extra" list of data default "Iban; Bsn"\n    data Iban "IBAN" if extra', 'names what it cannot choose: Bsn'],
        ['a choice used as a text field', 'parameter f "F" flag\n    data Iban "IBAN {{f}}" if f', 'not a text']
    ])('%s is reported', async (_, extra, message) => {
        const result = await check(template(extra));
        expect(withCode(result, 'template-choice').map(d => d.message).join('\n')).toContain(message);
    });

    test('an `if` in an agreement that is no template is reported', async () => {
        const result = await check(minimalAgreement('parameter f "F" flag default "ja"\n    data Iban "IBAN" if f'));
        expect(withCode(result, 'template-choice').map(d => d.message)).toEqual([expect.stringContaining('for template agreements')]);
    });
});
