import { describe, expect, test } from 'vitest';
import { WORDING_DATA } from '../../packages/language/src/data/index.js';
import { compileFamily, findFamily, sentences } from '../../packages/language/src/validation/text/index.js';
import { check, minimalAgreement, withCode } from '../helpers.js';

// The behaviours of the prose engine that issue 10 §2 asks for across every rule, each in Dutch
// and English, firing and quiet (docs/prose-reading.md lists where every other behaviour is
// tested): own purposes by class, negation inside a list and its end, "artikel N AVG" as a
// GDPR article, and historical mentions.

const OWN_PURPOSES = compileFamily(WORDING_DATA['DPA-R04'], 'DPA-R04');
const finds = (sentence: string) => findFamily(OWN_PURPOSES, sentences(sentence)).length > 0;

describe('own purposes (Art. 28(10)): the classes real texts use', () => {
    const classes: Record<string, Record<'nl' | 'en', { match: string; noMatch: string }>> = {
        statistics: {
            nl: { match: 'Verwerker mag de gegevens gebruiken voor statistische analyses.', noMatch: 'Verwerker gebruikt de gegevens niet voor statistische analyses.' },
            en: { match: 'The processor may use the data for statistical analysis.', noMatch: 'The processor does not use the data for statistical analysis.' }
        },
        improvement: {
            nl: { match: 'Verwerker mag de gegevens gebruiken voor het verbeteren van haar diensten.', noMatch: 'Verwerker gebruikt de gegevens voor het verbeteren van de dienst van de klant.' },
            en: { match: 'The processor may use the data to improve its services.', noMatch: 'The processor uses the data to improve the services for the customer.' }
        },
        benchmarking: {
            nl: { match: 'Geaggregeerde gegevens worden gebruikt voor benchmarking.', noMatch: 'Verwerker gebruikt de gegevens niet voor benchmarking.' },
            en: { match: 'Aggregated data are used for benchmarking across customers.', noMatch: 'The data are never used for benchmarking.' }
        },
        training: {
            nl: { match: 'De gegevens mogen worden gebruikt voor het trainen van AI-modellen.', noMatch: 'De gegevens worden nooit gebruikt voor het trainen van AI-modellen.' },
            en: { match: 'The processor may use the data to train its machine-learning models.', noMatch: 'The processor will not use the data to train models.' }
        },
        anonymised: {
            nl: { match: 'Verwerker mag geanonimiseerde gegevens gebruiken voor productontwikkeling.', noMatch: 'Verwerker verwijdert of anonimiseert de gegevens na afloop.' },
            en: { match: 'The processor may use anonymised data to improve its platform.', noMatch: 'The processor deletes the data after the end of the agreement.' }
        }
    };
    for (const [name, byLang] of Object.entries(classes)) {
        for (const lang of ['nl', 'en'] as const) {
            test(`${name} (${lang}): found`, () => expect(finds(byLang[lang].match)).toBe(true));
            test(`${name} (${lang}): not found`, () => expect(finds(byLang[lang].noMatch)).toBe(false));
        }
    }
});

describe('negation inside a list, and where it ends', () => {
    test.each([
        ['nl', 'Verwerker gebruikt de gegevens niet voor eigen doeleinden, statistiek of benchmarking.'],
        ['en', 'The processor does not use the data for its own purposes, benchmarking or training models.']
    ])('(%s) a negation reaches every item of the list after it', (_lang, sentence) => expect(finds(sentence)).toBe(false));
    test.each([
        ['nl', 'Verwerker gebruikt de gegevens niet voor eigen doeleinden, behalve voor benchmarking.'],
        ['en', 'The processor does not use the data for its own purposes, except for benchmarking.']
    ])('(%s) but not past "behalve" / "except"', (_lang, sentence) => expect(finds(sentence)).toBe(true));
});

const withText = (text: string) => minimalAgreement().replace('    precedence dpa\n', `    precedence dpa\n    clause Extra "Extra" {\n        text "${text}"\n    }\n`);

describe('"artikel N AVG" is a GDPR article, not an internal reference', () => {
    test.each([
        ['nl', 'Verwerker helpt bij de naleving van artikel 35 AVG en artikel 36 van de AVG.'],
        ['en', 'The processor assists with Article 35 GDPR and Article 36 of the GDPR.']
    ])('(%s) quiet', async (_lang, text) => expect(withCode(await check(withText(text)), 'DPA-R48')).toEqual([]));
    test.each([
        ['nl', 'Verwerker helpt bij de naleving van artikel 35.'],
        ['en', 'The processor assists with Article 35.']
    ])('(%s) without "AVG"/"GDPR" it is an internal reference, and the agreement has no article 35', async (_lang, text) => {
        expect(withCode(await check(withText(text)), 'DPA-R48')[0]?.message).toContain('the agreement has');
    });
});

describe('a sentence about earlier agreements is a historical mention', () => {
    test.each([
        ['nl', 'Deze overeenkomst vervangt de eerdere bewerkersovereenkomst tussen partijen.'],
        ['en', 'This agreement supersedes the former bewerkersovereenkomst between the parties.']
    ])('(%s) quiet', async (_lang, text) => expect(withCode(await check(withText(text)), 'DPA-R46')).toEqual([]));
    test.each([
        ['nl', 'Deze bewerkersovereenkomst regelt de verwerking.'],
        ['en', 'This bewerkersovereenkomst governs the processing.']
    ])('(%s) a present use is reported', async (_lang, text) => expect(withCode(await check(withText(text)), 'DPA-R46')).toHaveLength(1));
});
