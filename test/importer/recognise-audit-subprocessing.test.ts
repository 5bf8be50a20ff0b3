import { describe, expect, it } from 'vitest';
import { imported } from './imported.js';

// Sentences of an audit or sub-processing article that complete its standard clause (wording
// written for the test): read into the clause as its parameters, so that the text is not kept a
// second time as prose that restates the clause; near-misses stay prose.

const article = (title: string, ...paragraphs: string[]): string =>
    `Verwerkersovereenkomst\n\nArtikel 1 ${title}\n\n${paragraphs.map((p, i) => `1.${i + 1} ${p}`).join('\n\n')}\n`;

function clauseLine(text: string, keyword: string): string | undefined {
    return text.split('\n').map(line => line.trim()).find(line => line === keyword || line.startsWith(`${keyword} `));
}

describe('an audit article', () => {
    it('reads an audit also on a concrete suspicion, and findings the parties assess together', async () => {
        const { text } = await imported(article('Controle',
            'De Opdrachtgever mag eenmaal per jaar een audit laten uitvoeren door een onafhankelijke deskundige, en daarnaast bij een gegrond vermoeden van misbruik.',
            'De bevindingen van de audit worden in onderling overleg besproken en daarna al dan niet uitgevoerd.'));
        expect(clauseLine(text, 'audit')).toBe('audit every 1 year on-suspicion of-misuse by independent-auditor findings joint-decision');
        expect(text).not.toMatch(/text "De bevindingen/u);
    });

    it('reads no suspicion and no joint decision where the text has neither: findings the processor remedies stay prose', async () => {
        const { text } = await imported(article('Controle',
            'De Opdrachtgever mag eenmaal per jaar een audit laten uitvoeren.',
            'Verwerker herstelt de bevindingen van de audit binnen een redelijke termijn.'));
        expect(clauseLine(text, 'audit')).toBe('audit every 1 year');
    });
});

describe('a sub-processing article', () => {
    it('reads the same obligations imposed on the sub-processor and the processor\'s liability for it into the clause', async () => {
        const { text } = await imported(article('Subverwerkers',
            'De Opdrachtgever geeft algemene toestemming voor het inschakelen van subverwerkers.',
            'Verwerker legt iedere subverwerker schriftelijk dezelfde verplichtingen op als in deze overeenkomst, en blijft jegens de Opdrachtgever volledig aansprakelijk voor die subverwerker.'));
        expect(clauseLine(text, 'subprocessing')).toBe('subprocessing general');
        expect(text).not.toMatch(/text "Verwerker legt iedere subverwerker/u);
    });

    it('reads obligations no less protective as an equivalent flow-down', async () => {
        const { text } = await imported(article('Subverwerkers',
            'De Opdrachtgever geeft algemene toestemming voor het inschakelen van subverwerkers.',
            'Verwerker legt elke subverwerker verplichtingen op die niet minder beschermend zijn dan die van deze overeenkomst.'));
        expect(clauseLine(text, 'subprocessing')).toBe('subprocessing general flow-down equivalent');
    });

    it('keeps a liability sentence with a cap as prose: the cap is the liability clause\'s matter', async () => {
        const { text } = await imported(article('Subverwerkers',
            'De Opdrachtgever geeft algemene toestemming voor het inschakelen van subverwerkers.',
            'Verwerker blijft aansprakelijk voor de subverwerker, beperkt tot het bedrag dat de verzekeraar uitkeert.'));
        expect(text).toMatch(/text "Verwerker blijft aansprakelijk voor de subverwerker, beperkt/u);
    });
});

describe('a termination article', () => {
    it('reads deletion or return at the controller\'s choice also when the verb of returning is split ("bezorgt … terug")', async () => {
        const { text } = await imported(article('Einde',
            'Na afloop van de overeenkomst verwijdert Verwerker, naar keuze van de Opdrachtgever, alle persoonsgegevens of bezorgt zij deze terug aan de Opdrachtgever.'));
        expect(clauseLine(text, 'termination')).toBe('termination return-or-delete');
    });

    it('reads deletion alone where nothing is given back', async () => {
        const { text } = await imported(article('Einde', 'Na afloop van de overeenkomst verwijdert Verwerker alle persoonsgegevens binnen 30 dagen.'));
        expect(clauseLine(text, 'termination')).toBe('termination delete within 30 days');
    });
});
