import { describe, expect, it } from 'vitest';
import { imported } from './imported.js';

// The signature block: who signs for each party and as what, in the ways Dutch agreements write
// it (wording written for the test); blanks to fill in are no signatory.

const PARTIES = `Verwerkersovereenkomst

Artikel 1 Partijen

Verwerker: Ritplan B.V., KvK 12345678, Stationsweg 4, Utrecht

Verwerkingsverantwoordelijke: Taxi Oost B.V., KvK 87654321, Markt 1, Deventer

Artikel 2 Slot

Deze overeenkomst treedt in werking bij ondertekening.
`;

async function signatories(signatureBlock: string): Promise<[string, string | undefined, string | undefined][]> {
    const { agreement } = await imported(`${PARTIES}\n${signatureBlock}`);
    return agreement.parties.map(p => [p.role, p.signatories[0]?.person, p.signatories[0]?.function]);
}

describe('signature blocks', () => {
    it('reads "Naam en handtekening <partij>: X" lines, leaving a blank line blank', async () => {
        expect(await signatories('Naam en handtekening Verwerker: J. de Vries\nNaam en handtekening Verwerkingsverantwoordelijke: ____________________\n'))
            .toEqual([['controller', undefined, undefined], ['processor', 'J. de Vries', undefined]]);
    });

    it('reads a block per party: "Namens <partij>", then "Naam:" and "Functie:"', async () => {
        expect(await signatories(`Namens Verwerkingsverantwoordelijke

Naam: Mevr. A. Bakker
Functie: Directeur

Namens Verwerker

Naam: Dhr. P. Smit
Functie: Eigenaar
`)).toEqual([['controller', 'A. Bakker', 'Directeur'], ['processor', 'P. Smit', 'Eigenaar']]);
    });

    it('reads the place and the day of signing in the block ("Plaats:", "Datum:"), a blank or a month alone left out', async () => {
        const { agreement } = await imported(`${PARTIES}
Namens Verwerkingsverantwoordelijke

Naam: Mevr. A. Bakker
Functie: Directeur
Datum: 3-2-2025
Plaats: Deventer

Namens Verwerker

Naam: Dhr. P. Smit
Datum: februari 2025
Plaats: ____________
`);
        expect(agreement.parties.map(p => [p.role, p.signatories[0]?.place, p.signatories[0]?.date])).toEqual([
            ['controller', 'Deventer', '2025-02-03'], ['processor', undefined, undefined]
        ]);
    });

    it('takes no signatory from a placeholder or from a party\'s own "Naam verwerker:" line', async () => {
        expect(await signatories(`Namens Verwerker

Naam: [INVULLEN]
Functie: [INVULLEN]

Naam verwerker: Ritplan B.V.
`)).toEqual([['controller', undefined, undefined], ['processor', undefined, undefined]]);
    });

    it('reads the function written after the representative\'s name in the parties\' sentence, not the next clause', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

De ondergetekenden:

1. Gemeente Voorbeeldstad, gevestigd aan het Raadhuisplein 1, 1234 AB Voorbeeldstad, hierna te noemen: "Verwerkingsverantwoordelijke", rechtsgeldig vertegenwoordigd door mevrouw drs. P. de Groot, gemeentesecretaris;

2. Delta B.V., statutair gevestigd te Utrecht, hierna te noemen: "Verwerker", rechtsgeldig vertegenwoordigd door de heer K. Bakker, en

Artikel 1 Onderwerp

1.1 Verwerker verwerkt persoonsgegevens voor Verwerkingsverantwoordelijke.
`);
        expect(agreement.parties.map(p => [p.role, p.signatories[0]?.person, p.signatories[0]?.function])).toEqual([
            ['controller', 'P. de Groot', 'gemeentesecretaris'], ['processor', 'K. Bakker', undefined]
        ]);
    });
});
