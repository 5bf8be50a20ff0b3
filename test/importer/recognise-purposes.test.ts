import { describe, expect, it } from 'vitest';
import { announcedOperations, operationsOf, purposeItems, scopeIn } from '../../packages/importer/src/recognise/purposes.js';
import { imported } from './imported.js';

// The purposes and operations of the processing as agreements state them, on wording of the kind
// Dutch agreements use (written for the test), with the near-misses left alone.

describe('purposes', () => {
    it('splits a list of purposes on its semicolons, without the "en" before the last', () => {
        expect(purposeItems('het plannen van ritten; het factureren van klanten; en in geanonimiseerde vorm het verbeteren van de app')).toEqual([
            'het plannen van ritten', 'het factureren van klanten', 'in geanonimiseerde vorm het verbeteren van de app'
        ]);
        // A comma or "of" inside a purpose does not split it.
        expect(purposeItems('het versturen van facturen per e-mail of per post, aan de klant')).toEqual(['het versturen van facturen per e-mail of per post, aan de klant']);
    });

    it('reads the operation a purpose names, also after an adverbial phrase', () => {
        expect(operationsOf(['het aannemen en beheren van boekingen', 'in geanonimiseerde vorm het verbeteren van de app', 'uitsluitend het opslaan van facturen']))
            .toEqual(['aannemen en beheren van boekingen', 'verbeteren van de app', 'opslaan van facturen']);
        // No operation: a noun, a scope, a phrase without "het" before the verb.
        expect(operationsOf(['klantbeheer', 'in het kader van de Overeenkomst', 'in overleg verbeteren van de app'])).toEqual([]);
    });

    it('takes the scope a sentence gives the processing to the end of its clause, never cutting a parenthesis', () => {
        expect(scopeIn('Verwerking vindt uitsluitend plaats in het kader van de Overeenkomst, en niet voor andere doelen.')).toBe('de Overeenkomst');
        expect(scopeIn('Wij verwerken spraakberichten uitsluitend voor het maken van verslagen (notulen, actielijsten, samenvattingen).'))
            .toBe('het maken van verslagen (notulen, actielijsten, samenvattingen)');
        expect(scopeIn('De Verwerker verstuurt de nieuwsbrief.')).toBeUndefined();
        // An enumeration after the comma belongs to the scope; a clause after it does not.
        expect(scopeIn('Omzetter verwerkt facturen uitsluitend voor omzetting naar PDF, UBL en CSV bestanden.')).toBe('omzetting naar PDF, UBL en CSV bestanden');
        expect(scopeIn('Verwerking vindt uitsluitend plaats in het kader van de dienst, plus de doeleinden die daarmee redelijkerwijs samenhangen.')).toBe('de dienst');
        // A line that introduces a list: the scope ends before the object it announces.
        expect(scopeIn('Verwerker verwerkt in het kader van de Overeenkomst de volgende persoonsgegevens:')).toBe('de Overeenkomst');
    });

    it('leaves out a lead-in that only announces the purpose after its colon', () => {
        expect(scopeIn('Notulist verwerkt spraakberichten uitsluitend voor het doel waarvoor de klant de dienst gebruikt: het opstellen van verslagen (notulen, actielijsten).'))
            .toBe('het opstellen van verslagen (notulen, actielijsten)');
    });

    it('reads the operations a scope announces after a colon, and only when each item names one', () => {
        const scope = scopeIn('Planr verwerkt persoonsgegevens in het kader van het leveren van de planningsdienst: het inplannen van afspraken, het versturen van herinneringen en het bijhouden van een wachtlijst.')!;
        expect(announcedOperations(scope)).toEqual({
            purpose: 'het leveren van de planningsdienst',
            operations: ['inplannen van afspraken', 'versturen van herinneringen', 'bijhouden van een wachtlijst']
        });
        expect(announcedOperations('het leveren van de planningsdienst: afspraken, herinneringen en een wachtlijst')).toBeUndefined();
        expect(announcedOperations('het leveren van de planningsdienst')).toBeUndefined();
    });
});

describe('processing activities from the purposes', () => {
    it('makes one activity per purpose when each purpose names an operation', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 1 Onderwerp

Ritplan verwerkt persoonsgegevens uitsluitend om de dienst te leveren. Doeleinden zijn: het plannen van ritten; het factureren van klanten; en in geanonimiseerde vorm het verbeteren van de app.

Artikel 2 Categorieën van persoonsgegevens

- naam en adres;
- telefoonnummer.
`);
        expect(agreement.processings.map(p => p.title)).toEqual(['Plannen van ritten', 'Factureren van klanten', 'In geanonimiseerde vorm het verbeteren van de app']);
        expect(agreement.processings[2]!.operations).toEqual(['verbeteren van de app']);
    });

    it('titles the one activity of a scope sentence that names the data: "Verwerking van <gegevens> voor <doel>"', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

1 Doel van verwerking

Omzetter verwerkt facturen (PDF) uitsluitend voor omzetting naar UBL, CSV en XML formaten. De verwerking is geautomatiseerd.
`);
        expect(agreement.processings.map(p => [p.title, p.purposes, p.data.map(d => d.ref?.label)])).toEqual([
            ['Verwerking van facturen (PDF) voor omzetting naar UBL, CSV en XML formaten', ['omzetting naar UBL, CSV en XML formaten'], ['facturen (PDF)']]
        ]);
    });

    it('keeps purposes that name no operation together in one activity', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 1 Onderwerp

Doeleinden zijn: klantbeheer; facturatie.

Artikel 2 Categorieën van persoonsgegevens

- naam en adres.
`);
        expect(agreement.processings.map(p => p.purposes)).toEqual([['klantbeheer', 'facturatie']]);
    });

    it('splits a table cell of purposes on its semicolons', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Bijlage 1 Beschrijving van de verwerking

| Onderdeel | Invulling |
|---|---|
| Doeleinden | Beheer van leden; verzending van de nieuwsbrief; ledenadministratie. |
| Categorieën van persoonsgegevens | naam, e-mailadres |
`);
        expect(agreement.processings.flatMap(p => p.purposes)).toEqual(['Beheer van leden', 'verzending van de nieuwsbrief', 'ledenadministratie']);
    });

    it('takes the first sentence of a "Doel: …" line as the purpose, and the operations a scope sentence announces', async () => {
        const { agreement, text } = await imported(`Verwerkersovereenkomst

Artikel 1 Onderwerp

1.1 Planr verwerkt persoonsgegevens in het kader van het leveren van de planningsdienst: het inplannen van afspraken, het versturen van herinneringen en het bijhouden van een wachtlijst.

1.2 Doel van de verwerking: het uitvoeren van de planningsdienst zoals overeengekomen. Planr gebruikt de gegevens niet voor eigen doeleinden.

1.3 Categorieën van persoonsgegevens: naam, telefoonnummer.
`);
        expect(agreement.processings.map(p => [p.purposes, p.operations])).toEqual([[
            ['het uitvoeren van de planningsdienst zoals overeengekomen'],
            ['inplannen van afspraken', 'versturen van herinneringen', 'bijhouden van een wachtlijst']
        ]]);
        // The line with a second sentence stays prose as well.
        expect(text).toContain('Planr gebruikt de gegevens niet voor eigen doeleinden.');
    });

    it('does not take a sentence that refers to an annex for a purpose', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 3 Verwerkingsdoeleinden

Verwerker verwerkt de persoonsgegevens enkel voor de in Bijlage 1 omschreven doeleinden.

Bijlage 1 Beschrijving

Doel: beheer van leden.

Categorieën van persoonsgegevens: naam, e-mailadres.
`);
        expect(agreement.processings.flatMap(p => p.purposes)).toEqual(['beheer van leden']);
    });
});
