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
            'De Verwerker richt de melding aan het contactpunt van de Verwerkingsverantwoordelijke voor beveiligingsincidenten: IT-servicedesk (security@klant.example, 030-1234567).',
            'Het contactpunt van de Verwerker voor Inbreuken is CERT (cert@leverancier.example).',
            'contactpunt van de Verwerkingsverantwoordelijke voor privacy: Privacyloket (privacy@klant.example).',
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
            "The Processor addresses the notification to the Controller's contact point for security incidents: IT-servicedesk (security@klant.example, 030-1234567).",
            "The Processor's contact point for Personal Data Breaches is CERT (cert@leverancier.example).",
            "the Controller's contact point for privacy: Privacyloket (privacy@klant.example).",
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

    test('a general contact only: no addressee sentences (the templates name one only where declared)', async () => {
        expect(await markdown(minimalAgreement(), 'nl')).not.toContain('contactpunt van de Verwerkingsverantwoordelijke');
    });
});
