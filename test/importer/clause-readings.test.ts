import { describe, expect, it } from 'vitest';
import type * as ast from '../../packages/language/src/generated/ast.js';
import { providedElements } from '../../packages/language/src/index.js';
import { importAgreement, readSource } from '../../packages/importer/src/index.js';
import { lawIn } from '../../packages/importer/src/recognise/clauses.js';
import { check, services } from '../helpers.js';

// How the recogniser reads the Art. 28(3) elements of an article's wording (written for the test,
// in the manner of real agreements, never copied from them): each reading fires on its wording
// and stays quiet on the near-misses.

async function imported(text: string): Promise<{ text: string; agreement: ast.Agreement; provided: ReadonlySet<string> }> {
    const result = importAgreement(await readSource('test.txt', new TextEncoder().encode(text)), { services });
    const checked = await check(result.text);
    expect(checked.document.parseResult.parserErrors).toEqual([]);
    const agreement = checked.agreement!;
    return { text: result.text, agreement, provided: new Set(providedElements(agreement).keys()) };
}

/** The import's `instructions` clause, if any. */
function instructionsLine(text: string): string | undefined {
    return /^ {4}(instructions(?: [^\n]*)?)$/mu.exec(text)?.[1];
}

const HEAD = `Verwerkersovereenkomst

Tussen Voorbeeld B.V. (verwerker) en Stichting Klant (verwerkingsverantwoordelijke).
`;

describe('governing law: only a choice of law', () => {
    it('reads the law the agreement chooses', () => {
        expect(lawIn('Op deze overeenkomst is Nederlands recht van toepassing.')).toBe('NL');
        expect(lawIn('Deze overeenkomst wordt beheerst door Nederlands recht.')).toBe('NL');
        expect(lawIn('This agreement is governed by Dutch law.')).toBe('NL');
    });

    it('not a law named as the source of a legal requirement', () => {
        expect(lawIn('Is de verwerker op grond van Unie- of Nederlands recht tot een andere verwerking verplicht, dan meldt hij dat vooraf.')).toBeUndefined();
        expect(lawIn('Partijen houden het datalek geheim, behoudens verplichtingen ingevolge het Unierecht of Nederlands recht.')).toBeUndefined();
    });

    it('the sentence on a legal requirement stays in its article', async () => {
        const { text, agreement } = await imported(`${HEAD}
1. Verplichtingen

1.1 De verwerker verwerkt de persoonsgegevens uitsluitend op gedocumenteerde instructies van de klant. Is de verwerker op grond van Unie- of Nederlands recht tot een andere verwerking verplicht, dan stelt hij de klant daarvan vooraf in kennis.
`);
        expect(agreement.law).toBeUndefined();
        expect(text).toMatch(/text "[^"]*Unie- of Nederlands recht/u);
    });
});

describe('documented instructions completed by a later article', () => {
    const ROLES = `${HEAD}
1. Rollen

De verwerker handelt op grond van de gedocumenteerde instructies van de klant zoals vastgelegd in deze overeenkomst.
`;

    it('the notice of a legal requirement in the article on duties completes the instructions clause', async () => {
        const { text, provided } = await imported(`${ROLES}
2. Verplichtingen

2.1 Instructies. De verwerker volgt de instructies van de klant. Is de verwerker wettelijk verplicht anders te verwerken, dan informeert hij de klant daarover vooraf.

2.2 Is een instructie naar het oordeel van de verwerker in strijd met de AVG, dan meldt hij dat onmiddellijk aan de klant.
`);
        // The text says nothing of transfers: that part stays out.
        expect(instructionsLine(text)).toBe('instructions without transfers');
        expect(provided.has('infringing-instructions')).toBe(true);
    });

    it('a breach article\'s "wettelijke plicht … op de hoogte" does not complete it', async () => {
        const { text, provided } = await imported(`${ROLES}
2. Datalekken

2.1 Opdat de klant aan zijn wettelijke plicht kan voldoen, stelt de verwerker hem van elk incident op de hoogte.
`);
        expect(instructionsLine(text)).toBe('instructions without transfers, legal-requirement-notice, infringement-notice');
        expect(provided.has('infringing-instructions')).toBe(false);
    });

    it('processing only for the purposes of an annex is processing on documented instructions', async () => {
        const { text } = await imported(`${HEAD}
1. Doeleinden

1.1 De verwerking vindt uitsluitend plaats voor de in bijlage 1 omschreven doeleinden.
`);
        expect(instructionsLine(text)).toBe('instructions without transfers, legal-requirement-notice, infringement-notice');
    });

    it('not processing for the processor\'s own purposes', async () => {
        const { text } = await imported(`${HEAD}
1. Doeleinden

1.1 De verwerker gebruikt de gegevens uitsluitend voor eigen doeleinden van de verwerker.
`);
        expect(instructionsLine(text)).toBeUndefined();
    });
});

/** The line of a standard clause of the import, by keyword. */
function clauseLine(text: string, keyword: string): string | undefined {
    return new RegExp(`^ {4}(${keyword}(?: [^\\n]*)?)$`, 'mu').exec(text)?.[1];
}

describe('confidentiality of the persons authorised (Art. 28(3)(b))', () => {
    const EXTENSION = `
2. Verplichtingen van de verwerker

2.1 De verplichtingen die voor de verwerker uit deze overeenkomst volgen, gelden eveneens voor allen die onder zijn gezag persoonsgegevens verwerken.
`;
    const SECRECY = `
3. Geheimhouding

3.1 De verwerker is tot geheimhouding verplicht van alle persoonsgegevens die hij in het kader van deze overeenkomst ontvangt.
`;

    it('a duty of the processor binds its staff when another article extends its obligations to them', async () => {
        const { text, provided } = await imported(HEAD + EXTENSION + SECRECY);
        expect(clauseLine(text, 'confidentiality')).toBe('confidentiality');
        expect(text).toContain('with the article that extends the processor\'s obligations to the persons under its authority');
        expect(provided.has('confidentiality')).toBe(true);
    });

    it('a duty of the processor as a company alone is not the confidentiality of the persons', async () => {
        const { text, provided } = await imported(HEAD + SECRECY);
        expect(clauseLine(text, 'confidentiality')).toBeUndefined();
        expect(provided.has('confidentiality')).toBe(false);
    });

    it('the confidentiality of Art. 32 (confidentiality, integrity, availability) is no duty of secrecy', async () => {
        const { text } = await imported(`${HEAD}${EXTENSION}
3. Beveiliging

3.1 De vertrouwelijkheid, integriteit en beschikbaarheid van de gegevens worden door passende maatregelen gewaarborgd.
`);
        expect(clauseLine(text, 'confidentiality')).toBeUndefined();
    });

    it('staff bound by their contracts, with an article number in between ("artikel 3.1 en 3.2")', async () => {
        const { text } = await imported(`${HEAD}
3. Geheimhouding

3.1 De verwerker neemt in de arbeidsovereenkomsten met zijn personeel op dat die personen, zoals bepaald in artikel 3.1 en 3.2, geheimhouding betrachten over alle gegevens.
`);
        expect(clauseLine(text, 'confidentiality')).toBe('confidentiality');
    });
});

describe('assistance with Art. 32-36 undertaken in a sentence of another article (Art. 28(3)(f))', () => {
    it('cooperation with informing the supervisory authority, in the breach article', async () => {
        const { text, provided } = await imported(`${HEAD}
2. Datalekken

2.1 De verwerker meldt een datalek binnen 24 uur aan de klant.

2.2 De verwerker werkt mee aan het onderzoek en aan het informeren van de toezichthouder en van betrokkenen.
`);
        expect(clauseLine(text, 'assistance')).toBe('assistance breach');
        expect(provided.has('assistance')).toBe(true);
        // Informing data subjects of a breach is no assistance with their requests (Art. 28(3)(e)).
        expect(clauseLine(text, 'data-subject-requests')).toBeUndefined();
    });

    it('a range of articles ("artikelen 32 tot en met 36") names each of them', async () => {
        const { text } = await imported(`${HEAD}
2. Bijstand

2.1 De verwerker verleent de klant bijstand bij het nakomen van de verplichtingen uit de artikelen 32 tot en met 36 AVG.
`);
        expect(clauseLine(text, 'assistance')).toBe('assistance security, breach, dpia, prior-consultation');
    });

    it('the processor informing the controller of a breach is not assistance', async () => {
        const { text } = await imported(`${HEAD}
2. Datalekken

2.1 De verwerker informeert de klant onverwijld over een datalek, zodat de klant een melding kan doen.
`);
        expect(clauseLine(text, 'assistance')).toBeUndefined();
    });

    it('only the sentence that undertakes it is read: the security of a long article is not assistance with it', async () => {
        const { text } = await imported(`${HEAD}
2. Verplichtingen

2.1 De verwerker neemt de nodige beveiligingsmaatregelen.

2.2 De verwerker verleent volledige medewerking aan het informeren van betrokkenen in het kader van de meldplicht datalekken.
`);
        expect(clauseLine(text, 'assistance')).toBe('assistance breach');
    });
});

describe('requests of data subjects (Art. 28(3)(e))', () => {
    it('requests handled by the parties together: `jointly`', async () => {
        const { text } = await imported(`${HEAD}
2. Verzoeken van betrokkenen

2.1 Richt een betrokkene een verzoek aan de verwerker, dan handelen partijen het verzoek in onderling overleg af.
`);
        expect(clauseLine(text, 'data-subject-requests')).toBe('data-subject-requests jointly');
    });

    it('"doorgezonden" in a definition of a breach is no forwarding of requests', async () => {
        const { text } = await imported(`${HEAD}
1. Definities

1.1 Betrokkene: de persoon op wie een persoonsgegeven betrekking heeft.

1.2 Datalek: een inbreuk die leidt tot de ongeoorloofde toegang tot doorgezonden of opgeslagen gegevens.
`);
        expect(clauseLine(text, 'data-subject-requests')).toBeUndefined();
    });
});

describe('audits (Art. 28(3)(h))', () => {
    it('cooperation with audits by the controller or an auditor it mandates, and who pays', async () => {
        const { text } = await imported(`${HEAD}
2. Naleving

2.1 De verwerker stelt de klant alle informatie ter beschikking die nodig is om de naleving aan te tonen. Daartoe verleent de verwerker medewerking aan audits, waaronder inspecties, door de klant of een door de klant gemachtigde controleur. De kosten van dergelijke audits worden gedragen door de klant.
`);
        expect(clauseLine(text, 'audit')).toBe('audit by controller-or-auditor costs controller');
    });

    it('inspections of the supervisory authority are not the controller\'s audit', async () => {
        const { text } = await imported(`${HEAD}
2. Toezicht

2.1 De verwerker werkt mee aan inspecties van de toezichthouder.
`);
        expect(clauseLine(text, 'audit')).toBeUndefined();
    });
});
