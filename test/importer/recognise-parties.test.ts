import { describe, expect, it } from 'vitest';
import { imported } from './imported.js';

// The parties as Dutch agreements introduce them (wording written for the test).

describe('the parties\' introduction', () => {
    it('reads the role after "hierna:" with the article before the quotes (hierna: de "Verwerker")', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Partijen

Stichting Sportclub Oost, gevestigd te Enschede, ingeschreven bij de Kamer van Koophandel onder nummer 40012345, hierna: de "Verwerkingsverantwoordelijke";

en

Ledenbeheer Online B.V., gevestigd te Hengelo, Marktstraat 5, 7551 AA Hengelo, KvK 08123456, hierna: de “Verwerker”;

Artikel 1 Onderwerp

1.1 De Verwerker verwerkt persoonsgegevens voor de Verwerkingsverantwoordelijke.
`);
        expect(agreement.parties.map(p => [p.role, p.legalName, p.legalForm, p.kvk, p.address?.city])).toEqual([
            ['controller', 'Stichting Sportclub Oost', 'stichting', '40012345', 'Enschede'],
            ['processor', 'Ledenbeheer Online B.V.', 'besloten vennootschap', '08123456', 'Hengelo']
        ]);
    });

    it('reads a postcode written after the street without the city beside it', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Partijen:

1. De besloten vennootschap Boekhoud Online B.V., gevestigd en kantoorhoudende te Zwolle aan de Havenstraat 12 (8011 AA), ingeschreven in het Handelsregister onder nummer 55123456, hierna te noemen: "Verwerker";

Artikel 1 Onderwerp

1.1 Verwerker verwerkt persoonsgegevens.
`);
        expect(agreement.parties.map(p => [p.legalName, p.address?.street, p.address?.postcode, p.address?.city, p.kvk])).toEqual([
            ['Boekhoud Online B.V.', 'Havenstraat 12', '8011 AA', 'Zwolle', '55123456']
        ]);
    });

    it('takes no party from a sentence that names no role after "hierna"', async () => {
        const { agreement } = await imported(`Verwerkersovereenkomst

Artikel 1 Begrippen

1.1 De overeenkomst die Partijen hebben gesloten, gevestigd op de algemene voorwaarden, hierna: de "Overeenkomst".
`);
        expect(agreement.parties).toEqual([]);
    });
});
