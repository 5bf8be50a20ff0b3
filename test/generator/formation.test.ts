import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// Published terms accepted when ordering (`formed by acceptance`): the generated agreement does not
// name the customer and has no signature table, but says how it is formed (Art. 28(9) AVG).

const ACCEPTED = minimalAgreement().replace('court processor-seat', 'court processor-seat\n    formed by acceptance');

describe('formed by acceptance', () => {
    test('Dutch: the customer is whoever accepts; a formation section instead of signatures', async () => {
        const result = await check(ACCEPTED);
        expect(result.diagnostics).toEqual([]);
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'nl' });
        expect(md).toContain('is degene die deze voorwaarden aanvaardt');
        expect(md).toContain('komt tot stand doordat de Verwerkingsverantwoordelijke deze voorwaarden aanvaardt');
        expect(md).toContain('artikel 28, lid 9, AVG');
        expect(md).not.toContain('Aldus overeengekomen en ondertekend.');
    });

    test('English: the same in English', async () => {
        const result = await check(ACCEPTED);
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'en' });
        expect(md).toContain("is formed by the Controller's acceptance of these terms");
        expect(md).toContain('Article 28(9) GDPR');
        expect(md).not.toContain('Thus agreed and signed.');
    });

    test('without the declaration the signature table stays', async () => {
        const result = await check(minimalAgreement());
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'nl' });
        expect(md).toContain('Aldus overeengekomen en ondertekend.');
        expect(md).not.toContain('Totstandkoming');
    });
});
