import { describe, expect, test } from 'vitest';
import { WORDING_DATA } from '../../packages/language/src/data/index.js';
import { compileFamily, findFamily, sentences } from '../../packages/language/src/validation/text/index.js';
import { check, minimalAgreement, withCode } from '../helpers.js';

// DPA-R08 in prose (wording.json DPA-R08): after an objection to a new sub-processor, the
// processor may terminate or suspend the agreement, a sanction on objecting (Art. 28(2)); read in
// Dutch and English. A controller that may terminate after an objection is the lawful consequence.

const FAMILY = compileFamily(WORDING_DATA['DPA-R08'], 'DPA-R08');

const EXAMPLES = {
    nl: {
        match: [
            'Maakt de klant bezwaar, dan is de verwerker gerechtigd de hoofdovereenkomst met onmiddellijke ingang op te zeggen.',
            'In geval van bezwaar mag de leverancier de uitvoering van de overeenkomst opschorten.'
        ],
        noMatch: [
            'De verwerkingsverantwoordelijke kan binnen twee weken bezwaar maken.',
            'De verwerker is gerechtigd de overeenkomst op te zeggen bij wanbetaling.'
        ]
    },
    en: {
        match: [
            'If the customer objects, the supplier may terminate the agreement with immediate effect.',
            'Following an objection, the processor is entitled to suspend the services.'
        ],
        noMatch: [
            'The controller may object to the new sub-processor within thirty days.',
            'The processor may terminate the agreement if invoices remain unpaid.'
        ]
    }
} as const;

describe('wording.json DPA-R08: termination or suspension after an objection, on example sentences', () => {
    const finds = (text: string): boolean => findFamily(FAMILY, sentences(text)).length > 0;
    for (const lang of ['nl', 'en'] as const) {
        test.each(EXAMPLES[lang].match)(`(${lang}) finds: %s`, sentence => expect(finds(sentence)).toBe(true));
        test.each(EXAMPLES[lang].noMatch)(`(${lang}) does not find: %s`, sentence => expect(finds(sentence)).toBe(false));
    }
});

describe('DPA-R08: who may terminate after the objection', () => {
    const withClause = (text: string) => minimalAgreement(`clause Bezwaar "Bezwaar tegen subverwerkers" {\n        text "${text}"\n    }`);
    const sanctions = async (text: string) => withCode(await check(withClause(text)), 'DPA-R08');

    test.each([
        'Maakt Opdrachtgever bezwaar tegen een nieuwe subverwerker, dan is Verwerker gerechtigd de Hoofdovereenkomst met onmiddellijke ingang op te zeggen of de uitvoering op te schorten.',
        'If the customer objects to a new sub-processor, the supplier may terminate the agreement without compensation.',
        'Maakt de klant bezwaar, dan kan Verwerker de overeenkomst opzeggen.'
    ])('the processor: a sanction (%s)', async text => {
        const found = await sanctions(text);
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain('objecting is sanctioned');
    });

    test.each([
        'Bereiken partijen na een bezwaar geen overeenstemming, dan kan de Verwerkingsverantwoordelijke de overeenkomst beëindigen.',
        'If the parties do not agree after an objection, the controller may terminate the agreement.'
    ])('the controller: quiet (%s)', async text => {
        expect(await sanctions(text)).toEqual([]);
    });
});
