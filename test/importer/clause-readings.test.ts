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
});
