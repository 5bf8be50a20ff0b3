import { describe, expect, test } from 'vitest';
import { generateAgreement, type GenerateOptions } from '../../packages/generator/src/index.js';
import { minimalAgreement } from '../helpers.js';
import { agreementOf } from './helpers.js';

// The parameters of the sub-processing, transfers, liability, duration, amendments and precedence
// clauses, as the generated agreement says them (nl and en).

/** The minimal agreement with its standard clauses replaced (`from` → `to`). */
function withClauses(replacements: Readonly<Record<string, string>>): string {
    let text = minimalAgreement();
    for (const [from, to] of Object.entries(replacements)) text = text.replace(`\n    ${from}\n`, `\n    ${to}\n`);
    return text;
}

async function markdown(text: string, lang: GenerateOptions['lang']): Promise<string> {
    return generateAgreement(await agreementOf(text), { format: 'md', lang }).replace(/\s+/g, ' ');
}

describe('subprocessing parameters', () => {
    const objection = withClauses({
        'subprocessing specific': 'subprocessing general notice in-advance objection allowed within reasonable-period on-reasonable-grounds then good-faith, controller-may-terminate flow-down equivalent'
    });

    test('Dutch: objection within a reasonable period, good faith, then termination; equivalent flow-down', async () => {
        const md = await markdown(objection, 'nl');
        expect(md).toContain('binnen een redelijke termijn na de kennisgeving op redelijke gronden schriftelijk bezwaar maken');
        expect(md).toContain('zoeken Partijen te goeder trouw in overleg naar een oplossing');
        expect(md).toContain('Komen Partijen niet tot een oplossing, dan kan de Verwerkingsverantwoordelijke');
        expect(md).toContain('dezelfde of gelijkwaardige verplichtingen inzake gegevensbescherming');
        expect(md).not.toContain('zolang Partijen in overleg geen oplossing hebben gevonden');
    });

    test('English: the same', async () => {
        const md = await markdown(objection, 'en');
        expect(md).toContain('on reasonable grounds within a reasonable period after the notice');
        expect(md).toContain('the Parties seek a solution in good faith');
        expect(md).toContain('If the Parties do not reach a solution, the Controller may terminate');
        expect(md).toContain('the same or equivalent data protection obligations');
    });

    const defective = withClauses({ 'subprocessing specific': 'subprocessing without-authorisation list-on-request flow-down none' });

    test('a text without authorisation and without flow-down says so (nl, en)', async () => {
        const nl = await markdown(defective, 'nl');
        expect(nl).toContain('mag Subverwerkers inschakelen zonder voorafgaande schriftelijke toestemming');
        expect(nl).toContain('op diens verzoek een overzicht van de Subverwerkers');
        expect(nl).not.toContain('legt iedere Subverwerker bij schriftelijke overeenkomst');
        expect(nl).toContain('blijft de Verwerker jegens de Verwerkingsverantwoordelijke volledig aansprakelijk');
        const en = await markdown(defective, 'en');
        expect(en).toContain('may engage Sub-processors without the prior written authorisation');
        expect(en).not.toContain('imposes on each Sub-processor');
    });

    test('an objection that lets the processor end the main agreement; classes authorised in general', async () => {
        const text = withClauses({ 'subprocessing specific': 'subprocessing specific general-for "hosting", "technische ondersteuning" objection allowed then processor-may-terminate' });
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('voor de volgende diensten: hosting en technische ondersteuning');
        expect(nl).toContain('Na een bezwaar kan de Verwerker de Hoofdovereenkomst opzeggen of de uitvoering ervan opschorten');
        const en = await markdown(text, 'en');
        expect(en).toContain('the Processor may terminate or suspend the Main Agreement');
    });

    test('an objection without consequence says nothing after it', async () => {
        const text = withClauses({ 'subprocessing specific': 'subprocessing general notice in-advance objection allowed then no-consequence' });
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('vóór de inschakeling schriftelijk bezwaar maken tegen de voorgenomen wijziging.');
        expect(nl).not.toContain('Na een tijdig bezwaar');
        expect(await markdown(text, 'en')).not.toContain('Following a timely objection');
    });

    test('the old form keeps its text', async () => {
        const text = withClauses({ 'subprocessing specific': 'subprocessing general notice 4 weeks objection allowed' });
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('ten minste vier weken vooraf schriftelijk in kennis');
        expect(nl).toContain('zolang Partijen in overleg geen oplossing hebben gevonden');
        expect(nl).toContain('dezelfde verplichtingen inzake gegevensbescherming op als die welke');
    });
});

describe('transfers parameters', () => {
    test('EEA only unless agreed, an open list of mechanisms (nl, en)', async () => {
        const text = withClauses({ transfers: 'transfers eea-only unless-agreed mechanisms dpf, scc or-equivalent' });
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('uitsluitend op binnen de Europese Economische Ruimte (EER) en verwerkt ze uitsluitend daar, tenzij Partijen schriftelijk anders zijn overeengekomen');
        expect(nl).toContain('een van de volgende grondslagen: adequaatheidsbesluit EU-VS Data Privacy Framework');
        expect(nl).toContain('of een andere passende waarborg in de zin van artikel 46 AVG');
        const en = await markdown(text, 'en');
        expect(en).toContain('only within the European Economic Area (EEA), unless the Parties have agreed otherwise in writing');
        expect(en).toContain('one of the following grounds: adequacy decision on the EU-US Data Privacy Framework');
    });

    test('transfers without the controller\'s instruction', async () => {
        const text = withClauses({ transfers: 'transfers without-instruction' });
        expect(await markdown(text, 'nl')).toContain('zonder daartoe opdracht van de Verwerkingsverantwoordelijke te hebben gekregen');
        expect(await markdown(text, 'en')).toContain('without an instruction of the Controller');
    });
});

describe('liability, duration, amendments, precedence', () => {
    const text = withClauses({
        'duration main-agreement': 'duration while-processing survives by-nature (breach, audit)\n    liability main-agreement',
        amendments: 'amendments main-agreement',
        'precedence dpa': 'precedence articles-over-annexes'
    });

    test('Dutch', async () => {
        const md = await markdown(text, 'nl');
        expect(md).toContain('wordt beheerst door de bepalingen over aansprakelijkheid van de Hoofdovereenkomst');
        expect(md).toContain('artikel 82 AVG');
        expect(md).toContain('geldt zolang de Verwerker Persoonsgegevens ten behoeve van de Verwerkingsverantwoordelijke verwerkt');
        expect(md).toContain('Daartoe behoren in ieder geval de bepalingen over Inbreuken en informatie en audits');
        expect(md).toContain('wordt gewijzigd op de wijze die de Hoofdovereenkomst voor haar eigen wijziging bepaalt');
        expect(md).toContain('De Bijlagen maken deel uit van deze verwerkersovereenkomst');
        expect(md).not.toContain('gaan de bepalingen van deze verwerkersovereenkomst voor');
    });

    test('English', async () => {
        const md = await markdown(text, 'en');
        expect(md).toContain('governed by the liability provisions of the Main Agreement');
        expect(md).toContain('remains in force for as long as the Processor processes Personal Data');
        expect(md).toContain('These include in any event the provisions on Personal Data Breaches and information and audits');
        expect(md).toContain('amended in the way that the Main Agreement provides for its own amendment');
        expect(md).toContain('The Annexes form part of this data processing agreement');
    });

    test('named provisions only', async () => {
        const named = withClauses({ 'duration main-agreement': 'duration main-agreement while-processing survives (confidentiality, termination)' });
        expect(await markdown(named, 'nl')).toContain('Na het einde van deze verwerkersovereenkomst blijven de bepalingen over geheimhouding en teruggave en verwijdering van Persoonsgegevens van kracht');
        expect(await markdown(named, 'en')).toContain('The provisions on confidentiality and return and deletion of Personal Data remain in force');
    });
});

describe('evidence', () => {
    test('the processor\'s records as rebuttable or conclusive evidence (nl, en)', async () => {
        const rebuttable = minimalAgreement('evidence processor-records rebuttable');
        expect(await markdown(rebuttable, 'nl')).toContain('## Artikel 16 – Bewijs');
        expect(await markdown(rebuttable, 'nl')).toContain('behoudens tegenbewijs door de Verwerkingsverantwoordelijke');
        expect(await markdown(rebuttable, 'en')).toContain('subject to proof to the contrary by the Controller');
        const conclusive = minimalAgreement('evidence processor-records conclusive');
        expect(await markdown(conclusive, 'nl')).toContain('dwingend bewijs van wat zij vastlegt; tegenbewijs is niet toegelaten');
        expect(await markdown(conclusive, 'en')).toContain('conclusive evidence of what they record; proof to the contrary is not admitted');
    });
});
