import { describe, expect, it } from 'vitest';
import * as ast from '../../packages/language/src/generated/ast.js';
import { imported } from './imported.js';

// The recogniser on small documents written for the test (not the corpus): what it makes of
// each kind of sentence, and the output for awkward input.

const AGREEMENT = `Verwerkersovereenkomst

Versie 2.1 — geldig vanaf 1 maart 2027

De ondergetekenden:

1. Voorbeeld Zorg B.V., gevestigd te (1234 AB) Utrecht, aan de Stationsstraat 12, ingeschreven bij de Kamer van Koophandel onder nummer 12345678, hierna te noemen: Verwerker, ten deze vertegenwoordigd door de heer J. Jansen,

2. Stichting Huisartsen Oost, gevestigd te Zwolle, hierna te noemen: Verwerkingsverantwoordelijke,

Artikel 1 Meldplicht

1.1 Verwerker informeert Verwerkingsverantwoordelijke binnen 24 uur nadat hij een datalek heeft ontdekt.

Artikel 2 Audit

2.1 Verwerkingsverantwoordelijke mag eens per jaar een audit laten uitvoeren, met een aankondiging van ten minste 14 dagen van tevoren.

Artikel 3 Subverwerkers

3.1 Verwerkingsverantwoordelijke geeft Verwerker algemene schriftelijke toestemming om subverwerkers in te schakelen; Verwerker meldt een nieuwe subverwerker 4 weken van tevoren en Verwerkingsverantwoordelijke kan daartegen bezwaar maken. Verwerker legt iedere subverwerker dezelfde verplichtingen op.

Artikel 4 Einde

4.1 Na beëindiging van de overeenkomst verwijdert Verwerker alle persoonsgegevens binnen 60 dagen.

4.2 De aansprakelijkheid van Verwerker is beperkt tot maximaal € 10.000,- per jaar.

4.3 Op deze overeenkomst is Nederlands recht van toepassing.

Bijlage 1 Subverwerkers

| Naam | Dienst | Locatie |
|---|---|---|
| Hosting Nord GmbH | Hosting | Duitsland |
| Mailer Inc. | E-mail | Verenigde Staten |
`;

describe('a small agreement', () => {
    it('has its parties, version, date and law as model elements', async () => {
        const { agreement } = await imported(AGREEMENT);
        expect(agreement.version).toBe('2.1');
        expect(agreement.effective).toBe('2027-03-01');
        expect(agreement.law).toBe('NL');
        const processor = agreement.parties.find(p => p.role === 'processor')!;
        expect(processor.legalName).toBe('Voorbeeld Zorg B.V.');
        expect(processor.legalForm).toBe('besloten vennootschap');
        expect(processor.kvk).toBe('12345678');
        expect(processor.address).toMatchObject({ street: 'Stationsstraat 12', postcode: '1234 AB', city: 'Utrecht' });
        expect(processor.signatories.map(s => s.person)).toEqual(['J. Jansen']);
        const controller = agreement.parties.find(p => p.role === 'controller')!;
        expect(controller.legalName).toBe('Stichting Huisartsen Oost');
        expect(controller.address?.city).toBe('Zwolle');
    });

    it('states each article as its standard clause with the parameters of its text', async () => {
        const { text } = await imported(AGREEMENT);
        expect(text).toMatch(/^ {4}breach notification within 24 hours$/mu);
        expect(text).toMatch(/^ {4}audit every 1 year notice 14 days$/mu);
        expect(text).toMatch(/^ {4}subprocessing general notice 4 weeks objection allowed$/mu);
        expect(text).toMatch(/^ {4}termination delete within 60 days$/mu);
        expect(text).toMatch(/^ {4}liability cap 10000 EUR per year$/mu);
    });

    it('reads the sub-processor table with the countries', async () => {
        const { agreement } = await imported(AGREEMENT);
        expect(agreement.subprocessors.map(s => [s.legalName, s.locations.join(',')])).toEqual([['Hosting Nord GmbH', 'DE'], ['Mailer Inc.', 'US']]);
    });

    it('names the sub-processors in the one processing activity the agreement describes, and in none of several', async () => {
        const one = `${AGREEMENT}\nBijlage 2 Verwerkingen\n\nDoel van de verwerking: het hosten van het patiëntendossier.\n\nCategorieën persoonsgegevens: naam, adres, geboortedatum.\n`;
        const { agreement } = await imported(one);
        expect(agreement.processings).toHaveLength(1);
        expect(agreement.processings[0]!.subprocessors.map(ref => ref.ref?.legalName)).toEqual(['Hosting Nord GmbH', 'Mailer Inc.']);
        const several = `${AGREEMENT}\nBijlage 2 Verwerkingen\n\n| Verwerking | Doel | Persoonsgegevens |\n|---|---|---|\n| Hosting | het hosten van het dossier | naam |\n| Facturatie | het versturen van facturen | adres |\n`;
        const two = (await imported(several)).agreement;
        expect(two.processings.length).toBeGreaterThan(1);
        expect(two.processings.flatMap(p => p.subprocessors)).toEqual([]);
    });
});

describe('awkward input', () => {
    it('keeps quotes, backslashes and braces of the source as they are, escaped in the .dpa strings', async () => {
        const source = 'Artikel 1 Overig\n\nDe partijen noemen dit "het Platform" (pad C:\\data\\{klant}); zie ook {{veld}}.\n';
        const { agreement } = await imported(source);
        const clause = agreement.clauses.find(ast.isCustomClause)!;
        expect(clause.paragraphs).toEqual(['De partijen noemen dit "het Platform" (pad C:\\data\\{klant}); zie ook {{veld}}.']);
    });

    it('imports an empty document as an empty agreement, and a text without articles as one clause', async () => {
        expect((await imported('')).agreement.clauses).toEqual([]);
        const { agreement } = await imported('Dit is geen overeenkomst, maar een losse zin.\n');
        expect(agreement.clauses.filter(ast.isCustomClause).map(c => c.paragraphs)).toEqual([['Dit is geen overeenkomst, maar een losse zin.']]);
    });
});
