import { describe, expect, test } from 'vitest';
import { WORDING_DATA } from '../../packages/language/src/data/index.js';
import { compileFamily, findFamily, sentences, type Family } from '../../packages/language/src/validation/text/index.js';
import { check, minimalAgreement, withCode } from '../helpers.js';

// DPA-R21 in prose (wording.json DPA-R21): a statement that keeps the personal data within the
// EEA, read in Dutch and English; it is held against the declared recipients outside the EEA.

const FAMILY = compileFamily(WORDING_DATA['DPA-R21'], 'DPA-R21');

const EXAMPLES: Record<'nl' | 'en', { readonly match: readonly string[]; readonly noMatch: readonly string[] }> = {
    nl: {
        match: [
            'Verwerker verwerkt de persoonsgegevens uitsluitend binnen de EER.',
            'De gegevens worden alleen opgeslagen in de Europese Economische Ruimte.',
            'Alle verwerking vindt uitsluitend plaats op EU-servers in Frankfurt en Amsterdam.',
            'Verwerker zal geen persoonsgegevens doorgeven naar landen buiten de EER.',
            'De persoonsgegevens worden niet buiten de Europese Unie verwerkt.'
        ],
        noMatch: [
            'Verwerker mag persoonsgegevens buiten de EER verwerken als een passende doorgiftegrondslag geldt.',
            'Doorgifte naar landen buiten de EER gebeurt alleen met schriftelijke toestemming van Opdrachtgever.',
            'Verwerker verwerkt de persoonsgegevens niet alleen binnen de EER maar ook in de Verenigde Staten.',
            'De servers staan in de EU.',
            'Verwerker geeft geen persoonsgegevens door naar landen buiten de EER zonder passende waarborgen.'
        ]
    },
    en: {
        match: [
            'Personal data are processed only within the EEA.',
            'The processor stores all personal data exclusively on servers in the European Union.',
            'Customer data is hosted on EU-based servers only.',
            'The processor will not transfer personal data outside the EEA.',
            'Personal data are stored in the EEA only.'
        ],
        noMatch: [
            'The processor may transfer personal data outside the EEA where a transfer mechanism applies.',
            'Personal data are transferred outside the EU only with the controller\'s prior written authorisation.',
            'The processor does not process personal data only in the EEA.',
            'The servers are located in the EU.',
            'The processor will not transfer personal data outside the EEA without appropriate safeguards.'
        ]
    }
};

/** The family's example sentences as tests: each `match` found, each `noMatch` not, in both languages. */
function sentenceTests(title: string, family: Family, examples: typeof EXAMPLES): void {
    const finds = (text: string): boolean => findFamily(family, sentences(text)).length > 0;
    describe(title, () => {
        for (const lang of ['nl', 'en'] as const) {
            test.each(examples[lang].match)(`(${lang}) finds: %s`, sentence => expect(finds(sentence)).toBe(true));
            test.each(examples[lang].noMatch)(`(${lang}) does not find: %s`, sentence => expect(finds(sentence)).toBe(false));
        }
    });
}

sentenceTests('wording.json DPA-R21: an EEA-only statement, on example sentences', FAMILY, EXAMPLES);

describe('DPA-R21: the statement against the declared recipients', () => {
    const agreement = (country: string, text: string) => `agreement A {
    controller K { name "K B.V." }
    processor V { name "V B.V." }
    clause Locatie "Locatie" { text "${text}" }
    subprocessor Cloud { name "Cloud Inc." service "Opslag" country ${country} transfer scc module 3 tia "2025-01-01" }
}`;
    const eeaOnly = async (country: string, text: string) =>
        withCode(await check(agreement(country, text)), 'DPA-R21').filter(d => typeof d.message === 'string' && d.message.includes('EEA (or EU)'));

    test('a recipient outside the EEA contradicts the statement (error); one with an exception, a warning', async () => {
        expect((await eeaOnly('US', 'Verwerker verwerkt de persoonsgegevens uitsluitend binnen de EER.')).map(d => d.severity)).toEqual([1]);
        expect((await eeaOnly('IN', 'Verwerker verwerkt geen persoonsgegevens buiten de EER, tenzij schriftelijk anders overeengekomen.')).map(d => d.severity)).toEqual([2]);
    });

    test('a recipient in the EEA, or a statement without exclusivity, says nothing', async () => {
        expect(await eeaOnly('DE', 'Verwerker verwerkt de persoonsgegevens uitsluitend binnen de EER.')).toEqual([]);
        expect(await eeaOnly('US', 'De servers van Verwerker staan in de EER.')).toEqual([]);
    });
});

// DPA-R23 in prose (wording.json DPA-R23): a transfer outside the EEA that depends on the
// controller's consent alone, with no Chapter V mechanism in the sentence.

const CONSENT = compileFamily(WORDING_DATA['DPA-R23'], 'DPA-R23');

const CONSENT_EXAMPLES: typeof EXAMPLES = {
    nl: {
        match: [
            'Verwerker geeft geen persoonsgegevens door naar landen buiten de EER zonder voorafgaande schriftelijke toestemming van Opdrachtgever.',
            'Verwerking buiten de Europese Unie is alleen toegestaan na toestemming van de verwerkingsverantwoordelijke.',
            'Doorgifte naar een derde land vindt uitsluitend plaats met goedkeuring van de Klant.'
        ],
        noMatch: [
            'Doorgifte buiten de EER vindt alleen plaats met toestemming van Opdrachtgever en op basis van de standaardcontractbepalingen.',
            'Verwerker schakelt geen subverwerker in zonder toestemming van Opdrachtgever.',
            'Buiten de EER is doorgifte alleen mogelijk met uitdrukkelijke toestemming van de betrokkene.'
        ]
    },
    en: {
        match: [
            'The processor shall not transfer personal data outside the EEA without the prior written consent of the controller.',
            'Transfers to a third country require the customer\'s prior approval.'
        ],
        noMatch: [
            'Transfers outside the EEA require the controller\'s prior consent and appropriate safeguards under Article 46 GDPR.',
            'The processor shall not engage a sub-processor without the controller\'s prior written authorisation.'
        ]
    }
};

sentenceTests('wording.json DPA-R23: the controller\'s consent as the condition of a transfer, on example sentences', CONSENT, CONSENT_EXAMPLES);

// Access from a third country described only in prose (wording.json remoteAccess): a transfer,
// and whoever has the access must be declared (Art. 44, 28(2)).
const minimalWith = (sentence: string) => minimalAgreement().replace('    precedence dpa\n', `    precedence dpa\n    clause Support "Support" {\n        text "${sentence.replace(/"/g, '\\"')}"\n    }\n`);

describe('DPA-R21: access from outside the EEA described in prose', () => {
    const ACCESS: Record<'nl' | 'en', { readonly match: readonly string[]; readonly noMatch: readonly string[] }> = {
        nl: {
            match: [
                'De helpdesk wordt bemand door medewerkers die ondersteuning bieden vanuit India.',
                'Technisch beheer van de servers gebeurt deels vanuit de Verenigde Staten.',
                'Vanuit de VS heeft het supportteam toegang tot de omgeving.'
            ],
            noMatch: [
                'Er is geen toegang vanuit India tot de persoonsgegevens.',
                'Ondersteuning wordt gegeven vanuit het kantoor in Utrecht.',
                'Beheer gebeurt vanuit Duitsland.',
                'Ondersteuning vanuit Zwitserland.'
            ]
        },
        en: {
            match: [
                'Remote access from the US is limited to the support team.',
                'Second-line support is provided from India.',
                'The systems are monitored from the Philippines around the clock.'
            ],
            noMatch: [
                'No remote access from the US is possible.',
                'Support is provided from the Amsterdam office.',
                'Maintenance is done from Ireland.',
                'Access from the Customer\'s network is allowed.'
            ]
        }
    };
    for (const lang of ['nl', 'en'] as const) {
        test.each(ACCESS[lang].match)(`(${lang}) finds: %s`, async sentence => {
            const result = await check(minimalWith(sentence));
            expect(withCode(result, 'DPA-R21').map(d => d.message).join('\n')).toContain('outside the EEA: that is a transfer');
        });
        test.each(ACCESS[lang].noMatch)(`(${lang}) does not find: %s`, async sentence => {
            const result = await check(minimalWith(sentence));
            expect(withCode(result, 'DPA-R21')).toEqual([]);
        });
    }

    test('quiet when a declared recipient names that country', async () => {
        const text = minimalWith('Second-line support is provided from India.').replace('    precedence dpa\n', '    precedence dpa\n    subprocessor Help { name "Help Ltd" service "Support" country IN transfer scc module 3 tia "TIA 2025-04" }\n');
        const result = await check(text);
        expect(withCode(result, 'DPA-R21').filter(d => String(d.message).includes('access to the personal data'))).toEqual([]);
    });
});
