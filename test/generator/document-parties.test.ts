import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// The document's own facts (in force on the last signature, the date of its version, its status,
// defined terms from other terms, one place of signing) and the parties' new facts (a controller
// that is any customer, several trade names, contacts per purpose) in the generated agreement.

const DOCUMENT = minimalAgreement()
    .replace('    effective 2025-01-06\n', '    effective on signature\n    revised 2026-01\n    status concept "to be checked by a lawyer"\n    definitions "Algemene Voorwaarden van Leverancier"\n    signed at "Utrecht"\n')
    .replace(' at "Utrecht" on 2025-01-06', ' on 2025-01-06')
    .replace(' at "Amsterdam" on 2025-01-06', ' on 2025-01-06');

const PARTIES = minimalAgreement()
    .replace(`        name "Klant B.V."
        form "besloten vennootschap"
        kvk "12345678"
        address "Stationsplein 1" postcode "3511 ED" city "Utrecht"
`, '        any-customer "de onderneming die de dienst bestelt"\n        alias "Klant"\n')
    .replace('contact "A. Jansen" email "privacy@klant.example"', 'contact "A. Jansen" email "info@klant.example"\n        contact security "IT-servicedesk" email "security@klant.example" phone "030-1234567"\n        contact privacy "Privacyloket" email "privacy@klant.example"')
    .replace('name "Leverancier B.V."', 'name "Leverancier B.V."\n        trade-name "Planwolk", "Roosterwolk"\n        contact security "CERT" email "cert@leverancier.example"');

/** The generated Markdown, without its escapes. */
async function markdown(text: string, lang: 'nl' | 'en'): Promise<string> {
    const result = await check(text);
    return generateAgreement(result.agreement!, { format: 'md', lang }).replace(/\\/g, '');
}

const EXPECTED: Record<'nl' | 'en', { readonly document: readonly string[]; readonly parties: readonly string[] }> = {
    nl: {
        document: [
            'In werking: op de datum van de laatste ondertekening',
            'Laatst bijgewerkt: januari 2026',
            'Status: concept, nog niet definitief (to be checked by a lawyer)',
            'maar wel in “Algemene Voorwaarden van Leverancier”, hebben de betekenis die “Algemene Voorwaarden van Leverancier” daaraan geeft, voor zover die niet afwijkt van de AVG',
            'Ondertekend te Utrecht.',
            '| Plaats | Utrecht |'
        ],
        parties: [
            'De Verwerkingsverantwoordelijke is de onderneming die de dienst bestelt; diens naam, adres en contactgegevens blijken uit de overeenkomst waarop deze voorwaarden van toepassing zijn',
            'handelend onder de naam Planwolk en Roosterwolk',
            // The contacts per purpose stand in the contacts annex, to which the articles refer.
            '| Verwerkingsverantwoordelijke | Algemeen contactpunt | A. Jansen | info@klant.example | — |',
            '| Verwerkingsverantwoordelijke | Beveiligingsincidenten en meldingen van Inbreuken | IT-servicedesk | security@klant.example | 030-1234567 |',
            '| Verwerkingsverantwoordelijke | Privacy: vragen, instructies, verzoeken van Betrokkenen en kennisgevingen over Subverwerkers | Privacyloket | privacy@klant.example | — |',
            '| Verwerker | Beveiligingsincidenten en meldingen van Inbreuken | CERT | cert@leverancier.example | — |',
            'De Verwerker doet de melding op de wijze en aan het contactpunt die artikel 16 aanwijst; de contactpunten van beide Partijen staan in Bijlage 4.',
            'aan de contactpersoon voor privacy van de Verwerkingsverantwoordelijke in Bijlage 4, op de wijze die artikel 16 aangeeft.',
            // Formed by signature: the signature table stays.
            'Aldus overeengekomen en ondertekend.'
        ]
    },
    en: {
        document: [
            'In force: on the date of the last signature',
            'Last updated: January 2026',
            'Status: concept, not yet final (to be checked by a lawyer)',
            'defined in “Algemene Voorwaarden van Leverancier” have the meaning given to them there, insofar as that meaning does not depart from the GDPR',
            'Signed at Utrecht.',
            '| Place | Utrecht |'
        ],
        parties: [
            'The Controller is de onderneming die de dienst bestelt; its name, address and contact details are those of the agreement to which these terms apply',
            'trading as Planwolk and Roosterwolk',
            '| Controller | Security incidents and notifications of Personal Data Breaches | IT-servicedesk | security@klant.example | 030-1234567 |',
            '| Controller | Privacy: questions, instructions, requests of Data Subjects and notices about Sub-processors | Privacyloket | privacy@klant.example | — |',
            '| Processor | Security incidents and notifications of Personal Data Breaches | CERT | cert@leverancier.example | — |',
            'The Processor gives the notification in the manner and to the contact point that Article 16 designates; the contact points of both Parties are set out in Annex 4.',
            "Controller's privacy contact person in Annex 4, in the manner set out in Article 16.",
            'Thus agreed and signed.'
        ]
    }
};

describe('the document: dates, status, definitions, place of signing', () => {
    for (const lang of ['nl', 'en'] as const) {
        test(`${lang}: in force on the last signature, the version's month, the concept status, the definitions, the place of signing`, async () => {
            const md = await markdown(DOCUMENT, lang);
            for (const expected of EXPECTED[lang].document) expect(md).toContain(expected);
            expect(md).not.toContain(lang === 'nl' ? 'Ingangsdatum' : 'Effective date');
        });
    }

    test('a version date left blank or shown as the day of viewing is not printed', async () => {
        for (const value of ['unfilled', 'on-view']) {
            const md = await markdown(minimalAgreement().replace('    version "1.0"\n', `    version "1.0"\n    revised ${value}\n`), 'nl');
            expect(md).not.toContain('Laatst bijgewerkt');
            expect(md).not.toContain(value);
        }
    });

    test('a final status is not shown; old syntax (`effective` with a date) unchanged', async () => {
        const text = minimalAgreement().replace('    version "1.0"\n', '    version "1.0"\n    status final\n');
        expect((await check(text)).diagnostics).toEqual([]);
        const md = await markdown(text, 'nl');
        expect(md).not.toContain('Status:');
        expect(md).toContain('Ingangsdatum: 6 januari 2025');
    });
});

describe('the parties: any customer, trade names, contacts per purpose', () => {
    for (const lang of ['nl', 'en'] as const) {
        test(`${lang}: the customer is described, not named; notices go to the contacts for their purpose`, async () => {
            const md = await markdown(PARTIES, lang);
            for (const expected of EXPECTED[lang].parties) expect(md).toContain(expected);
        });
    }

    test('a general contact only: the annex lists it as the general contact point, no article names a contact the model lacks', async () => {
        const md = await markdown(minimalAgreement(), 'nl');
        expect(md).not.toContain('contactpunt van de Verwerkingsverantwoordelijke voor beveiligingsincidenten:');
        expect(md).toContain('| Verwerkingsverantwoordelijke | Algemeen contactpunt | A. Jansen | privacy@klant.example | — |');
    });
});
