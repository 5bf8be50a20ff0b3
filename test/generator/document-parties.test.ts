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

describe('the document: dates, status, definitions, place of signing', () => {
    test('Dutch', async () => {
        const result = await check(DOCUMENT);
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'nl' }).replace(/\\/g, '');
        expect(md).toContain('In werking: op de datum van de laatste ondertekening');
        expect(md).toContain('Laatst bijgewerkt: januari 2026');
        expect(md).toContain('Status: concept, nog niet definitief (to be checked by a lawyer)');
        expect(md).toContain('maar wel in Algemene Voorwaarden van Leverancier, hebben de betekenis die Algemene Voorwaarden van Leverancier daaraan geeft, voor zover die niet afwijkt van de AVG');
        expect(md).toContain('Ondertekend te Utrecht.');
        expect(md).not.toContain('Ingangsdatum');
        // The place of signing stands in each signatory's row.
        expect(md.match(/\| Plaats \| Utrecht \|/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    });

    test('English', async () => {
        const result = await check(DOCUMENT);
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'en' }).replace(/\\/g, '');
        expect(md).toContain('In force: on the date of the last signature');
        expect(md).toContain('Last updated: January 2026');
        expect(md).toContain('Status: concept, not yet final (to be checked by a lawyer)');
        expect(md).toContain('defined in Algemene Voorwaarden van Leverancier have the meaning given to them there');
        expect(md).toContain('Signed at Utrecht.');
    });

    test('a version date left blank or shown as the day of viewing is not printed', async () => {
        for (const value of ['unfilled', 'on-view']) {
            const result = await check(minimalAgreement().replace('    version "1.0"\n', `    version "1.0"\n    revised ${value}\n`));
            const md = generateAgreement(result.agreement!, { format: 'md', lang: 'nl' }).replace(/\\/g, '');
            expect(md).not.toContain('Laatst bijgewerkt');
            expect(md).not.toContain(value);
        }
    });

    test('a final status is not shown; old syntax (`effective` with a date) unchanged', async () => {
        const result = await check(minimalAgreement().replace('    version "1.0"\n', '    version "1.0"\n    status final\n'));
        expect(result.diagnostics).toEqual([]);
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'nl' }).replace(/\\/g, '');
        expect(md).not.toContain('Status:');
        expect(md).toContain('Ingangsdatum: 6 januari 2025');
    });
});

describe('the parties: any customer, trade names, contacts per purpose', () => {
    test('Dutch: the customer is described, not named; notices go to the contacts for their purpose', async () => {
        const result = await check(PARTIES);
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'nl' }).replace(/\\/g, '');
        expect(md).toContain('De Verwerkingsverantwoordelijke is de onderneming die de dienst bestelt, de klant die met de Verwerker de overeenkomst aangaat');
        expect(md).toContain('handelend onder de naam Planwolk en Roosterwolk');
        expect(md).toContain('De Verwerker richt de melding aan het contactpunt van de Verwerkingsverantwoordelijke voor beveiligingsincidenten: IT-servicedesk (security@klant.example, 030-1234567).');
        expect(md).toContain('Het contactpunt van de Verwerker voor Inbreuken in verband met persoonsgegevens is CERT (cert@leverancier.example).');
        expect(md).toContain('contactpunt van de Verwerkingsverantwoordelijke voor privacy: Privacyloket (privacy@klant.example).');
        // Formed by signature: the signature table stays.
        expect(md).toContain('in tweevoud ondertekend');
    });

    test('English', async () => {
        const result = await check(PARTIES);
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'en' }).replace(/\\/g, '');
        expect(md).toContain('The Controller is de onderneming die de dienst bestelt, the customer that enters with the Processor into the agreement');
        expect(md).toContain("The Processor addresses the notification to the Controller's contact point for security incidents: IT-servicedesk (security@klant.example, 030-1234567).");
        expect(md).toContain("The Processor's contact point for Personal Data Breaches is CERT (cert@leverancier.example).");
        expect(md).toContain("the Controller's contact point for privacy: Privacyloket (privacy@klant.example).");
    });

    test('a general contact only: no addressee sentences (the templates name one only where declared)', async () => {
        const result = await check(minimalAgreement());
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'nl' }).replace(/\\/g, '');
        expect(md).not.toContain('contactpunt van de Verwerkingsverantwoordelijke');
    });
});
