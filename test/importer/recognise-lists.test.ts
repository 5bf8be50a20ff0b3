import { describe, expect, it } from 'vitest';
import { imported } from './imported.js';

// The annex lists as agreements write them, on wording of the kind Dutch agreements use (written
// for the test): what is read into the model, and the near-misses that are not.

describe('data subjects named by a processing activity', () => {
    const CHECKLIST = `Verwerkersovereenkomst

Bijlage 1 De verwerking van persoonsgegevens

Verwerkingen:

· Hosting en beheer van persoonsgegevens van leden van Opdrachtgever

· Naam- en adresgegevens
· Lidmaatschapsgegevens

· Opslag en back-up van persoonsgegevens van (vrijwilligers van) Opdrachtgever

· Naam- en adresgegevens
· Telefoonnummer
`;

    it('reads "… van persoonsgegevens van X" as the activity on X\'s data', async () => {
        const { agreement } = await imported(CHECKLIST);
        expect(agreement.subjectCategories.map(s => s.label)).toEqual(['leden van Opdrachtgever', '(vrijwilligers van) Opdrachtgever']);
        expect(agreement.processings.map(p => [p.title, p.subjects.map(s => s.ref?.label)])).toEqual([
            ['Hosting en beheer van persoonsgegevens van leden van Opdrachtgever', ['leden van Opdrachtgever']],
            ['Opslag en back-up van persoonsgegevens van (vrijwilligers van) Opdrachtgever', ['(vrijwilligers van) Opdrachtgever']]
        ]);
    });

    it('names no data subject for an activity on data that are not said to be of persons', async () => {
        const { agreement } = await imported(CHECKLIST.replace('van persoonsgegevens van leden van Opdrachtgever', 'van persoonsgegevens').replace('van persoonsgegevens van (vrijwilligers van) Opdrachtgever', 'door persoonsgegevens'));
        expect(agreement.subjectCategories).toEqual([]);
    });
});

describe('data and data subjects stated in an article\'s sentence', () => {
    const ARTICLE = `Verwerkersovereenkomst

Artikel 1 Onderwerp

1.1 De Verwerker verwerkt in opdracht van de Verwerkingsverantwoordelijke persoonsgegevens voor het beheer van de ledenadministratie.

1.2 De betrokkenen zijn leden, ouders van jeugdleden en vrijwilligers.

1.3 De Verwerker verwerkt de volgende categorieën persoonsgegevens: naam, adres, geboortedatum en e-mailadres.
`;

    it('reads "De betrokkenen zijn a, b en c" and "… verwerkt de volgende categorieën persoonsgegevens: a, b en c"', async () => {
        const { agreement } = await imported(ARTICLE);
        expect(agreement.subjectCategories.map(s => s.label)).toEqual(['leden', 'ouders van jeugdleden', 'vrijwilligers']);
        expect(agreement.dataCategories.map(d => d.label)).toEqual(['naam', 'adres', 'geboortedatum', 'e-mailadres']);
        expect(agreement.processings.map(p => p.purposes)).toEqual([['het beheer van de ledenadministratie']]);
    });

    it('takes nothing from "De betrokkenen zijn geïnformeerd …" or from "verwerkt in opdracht van X persoonsgegevens"', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 1 Onderwerp

1.1 De Verwerker verwerkt in opdracht van de Verwerkingsverantwoordelijke persoonsgegevens voor de Verwerkingsverantwoordelijke.

1.2 De betrokkenen zijn geïnformeerd over de verwerking.
`);
        expect(agreement.subjectCategories).toEqual([]);
        expect(agreement.dataCategories).toEqual([]);
        expect(agreement.processings.flatMap(p => p.purposes)).toEqual([]);
    });
});

describe('tables of processing activities', () => {
    it('gives each row of a table titled by its purposes that purpose', async () => {
        const { agreement } = await imported(`# Verwerkersovereenkomst

## Bijlage 1 Verwerkingen

| Doel | Categorieën betrokkenen | Categorieën persoonsgegevens |
|---|---|---|
| Klantenservice via chat | Klanten van de Klant | Naam, e-mailadres, chatberichten |
| Verzenden van nieuwsbrieven | Abonnees | Naam, e-mailadres |
`);
        expect(agreement.processings.map(p => [p.title, p.purposes, p.operations, p.subjects.map(s => s.ref?.label)])).toEqual([
            ['Klantenservice via chat', ['Klantenservice via chat'], [], ['Klanten van de Klant']],
            ['Verzenden van nieuwsbrieven', ['Verzenden van nieuwsbrieven'], ['Verzenden van nieuwsbrieven'], ['Abonnees']]
        ]);
    });

    it('reads a slash that stands apart as joining two data items, and one within a word as one item', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Bijlage 1 Overzicht van de verwerkingen

| Verwerking | Doel verwerking | Soort persoonsgegevens | Type betrokkene |
|---|---|---|---|
| Helpdesk | Afhandelen van storingen | - Naam contactpersoon (klant)/ telefoonnummer - Inloggegevens computer/netwerk | - Medewerkers van klant |
| Facturatie | Versturen van facturen | - Naam contactpersoon (klant) / Factuuradres | - Medewerkers van klant |
`);
        expect(agreement.dataCategories.map(d => d.label)).toEqual(['Naam contactpersoon (klant)', 'telefoonnummer', 'Inloggegevens computer/netwerk', 'Factuuradres']);
        expect(agreement.processings.map(p => p.data.map(d => d.ref?.label))).toEqual([
            ['Naam contactpersoon (klant)', 'telefoonnummer', 'Inloggegevens computer/netwerk'], ['Naam contactpersoon (klant)', 'Factuuradres']
        ]);
    });
});

describe('annex tables of a category per row', () => {
    const ANNEX = `Verwerkersovereenkomst

Bijlage 1 Persoonsgegevens en betrokkenen

| Categorie persoonsgegevens | Voorbeelden | Bewaartermijn |
|---|---|---|
| Identificatiegegevens | naam, geboortedatum | 15 jaar |
| Contactgegevens | e-mailadres, telefoonnummer | duur van de overeenkomst |

| Categorie persoonsgegevens | Bewaartermijn |
|---|---|
| Afspraakgegevens | 2 jaar |

Bijlage 2 Technische en organisatorische maatregelen

| Maatregel | Omschrijving |
|---|---|
| Versleuteling | Alle gegevens worden versleuteld opgeslagen (AES-256) |
| Logging | Alle toegang tot dossiers wordt gelogd |

Bijlage 3 Subverwerkers

| Naam | Adres | Land van vestiging | Locatie van de verwerking | Verwerkingsactiviteit |
|---|---|---|---|---|
| Wolkhosting Ltd | Harbour Road 1, Dublin | Ierland | Nederland | Hosting |
| Berichtdienst Inc. | Main Street 5, Seattle | Verenigde Staten | Verenigde Staten | Versturen van sms-berichten |
`;

    it('keeps a category\'s examples beside it, not its retention term', async () => {
        const { agreement, text } = await imported(ANNEX);
        expect(agreement.dataCategories.map(d => d.label)).toEqual(['Identificatiegegevens (naam, geboortedatum)', 'Contactgegevens (e-mailadres, telefoonnummer)', 'Afspraakgegevens']);
        // The retention column is not in the model: the table stays prose as well.
        expect(text).toContain('15 jaar');
    });

    it('reads a measure per row with its description', async () => {
        const { agreement } = await imported(ANNEX);
        expect(agreement.measures.map(m => m.description)).toEqual(['Versleuteling: Alle gegevens worden versleuteld opgeslagen (AES-256)', 'Logging: Alle toegang tot dossiers wordt gelogd']);
    });

    it('tells a sub-processor\'s seat from where it processes, and its activity from the place of processing', async () => {
        const { agreement } = await imported(ANNEX);
        expect(agreement.subprocessors.map(s => [s.legalName, s.service, s.seat, s.locations.join(',')])).toEqual([
            ['Wolkhosting Ltd', 'Hosting', 'IE', 'NL'], ['Berichtdienst Inc.', 'Versturen van sms-berichten', 'US', 'US']
        ]);
    });
});

describe('sub-processor lists', () => {
    it('reads a list item that names a party, not a sentence about something under the list', async () => {
        const { agreement, text } = await imported(`Verwerkersovereenkomst

Bijlage 3 Sub-verwerkers

- Hosting Nord GmbH — serverhosting (Duitsland)
- The Mail Company — e-mailverzending (Ierland)

Toelichting bij de doorgifte

- De klantgegevens (database, bestanden) worden gehost bij Hosting Nord GmbH in Frankfurt. De gegevens blijven in de EER.
- Alle leveranciers hebben een verwerkersovereenkomst getekend.
`);
        expect(agreement.subprocessors.map(s => [s.legalName, s.locations.join(',')])).toEqual([['Hosting Nord GmbH', 'DE'], ['The Mail Company', 'IE']]);
        expect(text).toContain('De klantgegevens (database, bestanden) worden gehost bij Hosting Nord GmbH in Frankfurt.');
    });
});

describe('sub-processors listed with their service and country in parentheses', () => {
    it('reads "Name (service, country)": the parts that name no country are the service', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 5 Subverwerkers

5.1 De Verwerker maakt gebruik van de volgende subverwerkers:
- Hostingbedrijf Twente B.V. (hosting, Nederland)
- Mailgun Technologies Inc. (e-mailverzending, Verenigde Staten)
`);
        expect(agreement.subprocessors.map(s => [s.legalName, s.service, s.locations.join(',')])).toEqual([
            ['Hostingbedrijf Twente B.V.', 'hosting', 'NL'], ['Mailgun Technologies Inc.', 'e-mailverzending', 'US']
        ]);
    });
});

describe('sub-processor tables', () => {
    it('knows the column of names by "Bedrijf" too, with the country as the place when no other column gives it', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Bijlage 2 Subverwerkers

| Bedrijf | Vestigingsland | Doel |
|---|---|---|
| Hostingbedrijf Twente B.V. | Nederland | Hosting |
| Mailservice GmbH | Duitsland | E-mail |
`);
        expect(agreement.subprocessors.map(s => [s.legalName, s.service, s.locations.join(',')])).toEqual([['Hostingbedrijf Twente B.V.', 'Hosting', 'NL'], ['Mailservice GmbH', 'E-mail', 'DE']]);
    });
});

describe('sub-processors written as "Naam: / Land: / Dienst:" lines', () => {
    const RECORDS = `Verwerkersovereenkomst

Artikel 6 Subverwerkers

6.1 Verwerkingsverantwoordelijke geeft toestemming voor de inschakeling van de volgende subverwerkers:

Naam: DataCenter Zwolle B.V.
Land: Nederland
Dienst: hosting

Naam: Scan Services GmbH
Land: Oostenrijk
Dienst: herkenning van bonnen
`;

    it('reads one sub-processor per record, under a line or heading about sub-processors', async () => {
        const { agreement } = await imported(RECORDS);
        expect(agreement.subprocessors.map(s => [s.legalName, s.service, s.locations.join(',')])).toEqual([
            ['DataCenter Zwolle B.V.', 'hosting', 'NL'], ['Scan Services GmbH', 'herkenning van bonnen', 'AT']
        ]);
    });

    it('takes no sub-processor from such lines elsewhere (a signature block, a contact)', async () => {
        const { agreement } = await imported(RECORDS.replace('Artikel 6 Subverwerkers', 'Artikel 6 Contactpersonen').replace('de inschakeling van de volgende subverwerkers:', 'de volgende contactpersonen:'));
        expect(agreement.subprocessors).toEqual([]);
    });
});

describe('providers the text says are no sub-processor', () => {
    it('declares them as recipients with role not-subprocessor and the country the text names', async () => {
        const { agreement, text } = await imported(`Verwerkersovereenkomst

Bijlage 3 Sub-verwerkers

| Sub-verwerker | Dienst | Locatie |
|---|---|---|
| Hosting Nord GmbH | Serverhosting | Duitsland |

Domeinnamen (Registro, Italië): Registro beheert de domeinnaam. Daarbij worden geen persoonsgegevens verwerkt en treedt Registro niet op als sub-verwerker.

Statistiek: Teller BV is geen subverwerker, omdat zij alleen geanonimiseerde tellingen ontvangt.
`);
        expect(agreement.subprocessors.map(s => [s.legalName, s.role, s.country])).toEqual([
            ['Hosting Nord GmbH', undefined, undefined], ['Registro', 'not-subprocessor', 'IT'], ['Teller BV', 'not-subprocessor', undefined]
        ]);
        expect(text).toContain('treedt Registro niet op als sub-verwerker.');
    });

    it('leaves alone a sentence about the processor or about sub-processors in general', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 6 Sub-verwerkers

Verwerker treedt niet op als sub-verwerker van een andere verwerker. De Verwerker is geen sub-verwerker in de zin van deze overeenkomst. Een partij die alleen domeinnamen beheert is geen subverwerker.
`);
        expect(agreement.subprocessors).toEqual([]);
    });
});

describe('measures', () => {
    it('reads the measures a sentence names, not a reference to an annex or a clause after "onder meer"', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 5 Beveiliging

5.1 Verwerker treft passende technische en organisatorische maatregelen, waaronder versleuteling van opslag, tweefactorauthenticatie en dagelijkse back-ups.

5.2 Verwerker neemt de maatregelen zoals beschreven in Bijlage 2.

5.3 Op verzoek treft Verwerker aanvullende maatregelen, welke maatregelen onder meer kunnen inhouden het vernietigen van gegevens zodra die niet meer nodig zijn.
`);
        expect(agreement.measures.map(m => m.description)).toEqual(['versleuteling van opslag', 'tweefactorauthenticatie', 'dagelijkse back-ups']);
    });

    it('reads an item that introduces deeper items as one measure with them; items at its own depth stay apart', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Bijlage 2 Beveiligingsmaatregelen

Wachtwoorden
 • Alle wachtwoorden voldoen aan:

    ◦ minimaal 12 tekens;

    ◦ een cijfer en een leesteken.

 • Wachtwoorden worden versleuteld opgeslagen.
`);
        expect(agreement.measures.map(m => m.description)).toEqual(['Alle wachtwoorden voldoen aan: minimaal 12 tekens; een cijfer en een leesteken', 'Wachtwoorden worden versleuteld opgeslagen']);
    });

    it('does not take a data category that a measures list repeats for a measure', async () => {
        const { agreement, text } = await imported(`Verwerkersovereenkomst

Bijlage 1 Persoonsgegevens

Categorieën van persoonsgegevens:

- Contactgegevens
- Medische gegevens

Bijlage 2 Beveiligingsmaatregelen

- Versleutelde verbindingen
- Medische gegevens
`);
        expect(agreement.measures.map(m => m.description)).toEqual(['Versleutelde verbindingen']);
        expect(agreement.dataCategories.map(d => d.label)).toEqual(['Contactgegevens', 'Medische gegevens']);
        // The repeated item stays in the output as prose.
        expect(text).toMatch(/text "Medische gegevens"/u);
    });
});
