import { describe, expect, test } from 'vitest';
import { compilePattern } from '@dpa/language';
import { MEASURES_DATA, RECIPIENTS_DATA, SPECIAL_DATA } from '../../packages/language/src/data/index.js';
import { lookupCountry } from '../../packages/language/src/countries.js';

// The pattern families of the data, recipient and measure rules, each with positive and negative
// wording in Dutch and English (paraphrased from real agreements): an advertising pixel (DPA-R10),
// a company form of outside the EEA (DPA-R21), a context that reveals an Art. 9 category (DPA-R61),
// a promise about use listed as a measure (DPA-R53).

const PIXELS = compilePattern(RECIPIENTS_DATA.pixels, 'iu', 'pixels');
const FORMS = RECIPIENTS_DATA.foreignLegalForms.map(p => compilePattern(p, 'iu', 'forms'));
const USE = compilePattern(MEASURES_DATA.unverifiable.use, 'iu', 'use');
const context = (flag: string) => compilePattern(SPECIAL_DATA.context.find(c => c.flag === flag)!.words, 'iu', flag);

describe('recipients.json pixels', () => {
    test.each(['Advertentie pixel', 'Advertentiepixel op de vacaturesite', 'Insight Tag / advertenties', 'Meta Pixel voor conversies', 'tracking pixel', 'conversion pixel for campaigns', 'Remarketingtag'])('fires: %s', text => {
        expect(PIXELS.test(text)).toBe(true);
    });
    test.each(['Website analytics', 'Hosting van afbeeldingen (pixels per inch)', 'Advertentiebeheer door de klant zelf', 'E-mailverzending', 'Tag management of the help centre'])('quiet: %s', text => {
        expect(PIXELS.test(text)).toBe(false);
    });
});

describe('recipients.json foreignLegalForms', () => {
    test.each(['Supabase Inc.', 'Upstash, Inc.', 'Cloud Services LLC', 'Example Corp.', 'Atlassian Pty Ltd', 'Vercel Inc'])('fires: %s', name => {
        expect(FORMS.some(p => p.test(name))).toBe(true);
    });
    test.each(['Mollie B.V.', 'Combell NV', 'Hetzner Online GmbH', 'Incentro B.V.', 'Corporate Services SE', 'Meta Platforms Ireland Limited'])('quiet: %s', name => {
        expect(FORMS.some(p => p.test(name))).toBe(false);
    });
});

describe('special-data.json context', () => {
    test.each([
        ['religious', 'Naam van de moskee/vzw (de School)'],
        ['religious', 'Stichting Islamitisch Onderwijs'],
        ['religious', 'Parish administration of St. Mary'],
        ['religious', 'MasjidConnect'],
        ['trade-union', 'Ledenadministratie van de vakbond'],
        ['trade-union', 'Membership of the trade union'],
        ['health', 'Fysiotherapiepraktijk De Brug'],
        ['health', 'Software for dental clinics and hospitals']
    ])('fires (%s): %s', (flag, text) => {
        expect(context(flag).test(text)).toBe(true);
    });
    test.each([
        ['religious', 'Kerkstraat 12 is geen naam maar een adres: kerkstraat'],
        ['religious', 'Kinderopvang De Regenboog'],
        ['trade-union', 'Vakantieplanning van medewerkers'],
        ['health', 'Restaurantreserveringen'],
        ['health', 'Klinkerbestrating B.V.']
    ])('quiet (%s): %s', (flag, text) => {
        expect(context(flag).test(text)).toBe(false);
    });
});

describe('special-data.json reveals', () => {
    const reveals = compilePattern(SPECIAL_DATA.reveals[0]!.words, 'iu', 'reveals');
    test.each(['Reserveringsgegevens (datum, tijd, dieetwensen)', 'Booking details (dietary requirements)', 'Voorkeur voor halal maaltijden', 'Kosher meals on request'])('fires: %s', text => {
        expect(reveals.test(text)).toBe(true);
    });
    test.each(['Reserveringsgegevens (datum, tijd, groepsgrootte)', 'Dieetadvies van de diëtist is geen onderdeel', 'Menu and prices of the dishes'])('quiet: %s', text => {
        expect(reveals.test(text)).toBe(false);
    });
});

describe('measures.json unverifiable.use', () => {
    test.each(['Geen verkoop van data aan derden', 'Gegevens worden nooit verkocht', 'We never sell your data', 'Data are not sold to third parties', 'We do not sell personal data'])('fires: %s', text => {
        expect(USE.test(text)).toBe(true);
    });
    test.each(['Verkoopcijfers in een gescheiden omgeving', 'Versleuteling van verkoopgegevens', 'Encryption of sales records', 'Toegang op basis van rollen'])('quiet: %s', text => {
        expect(USE.test(text)).toBe(false);
    });
});

describe('recipients.json knownCompanies', () => {
    const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    test('every entry has a known country and a source, and no name belongs to two entries', () => {
        const seen = new Set<string>();
        for (const c of RECIPIENTS_DATA.knownCompanies) {
            expect(lookupCountry(c.country), c.entity).toBeDefined();
            expect(c.source, c.entity).toMatch(/https?:\/\//u);
            for (const n of new Set(c.names.map(key))) {
                expect(seen.has(n), n).toBe(false);
                seen.add(n);
            }
        }
    });
    test('an EEA subsidiary is listed with its EEA seat', () => {
        const irish = RECIPIENTS_DATA.knownCompanies.find(c => c.names.includes('Google Ireland Limited'));
        expect(lookupCountry(irish!.country)?.status).toBe('eea');
    });
});
