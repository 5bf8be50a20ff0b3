import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';

// every signatory of a party is named in the parties block and has a signature block of its
// own. A B.V. that its articles let only two directors represent jointly (art. 2:240 lid 2 BW), or
// a person signing under a power of attorney, is bound only when each of them signs; a document
// that names and lets sign only the first misstates who represents the party.
// examples/complete.dpa has one signatory for the controller and two for the processor.

const EXPECTED = {
    nl: {
        parties: 'te dezen rechtsgeldig vertegenwoordigd door R. van den Berg (Algemeen directeur) en I. Öztürk (Chief Information Security Officer), hierna:',
        header: '| | Namens de Verwerkingsverantwoordelijke: Hoveniersbedrijf De Linde B.V. | Namens de Verwerker: Loonwolk B.V. | Namens de Verwerker: Loonwolk B.V. |',
        rows: ['| Naam | M.J. de Linde | R. van den Berg | I. Öztürk |', '| Functie | Directeur | Algemeen directeur | Chief Information Security Officer |']
    },
    en: {
        parties: 'duly represented by R. van den Berg (Algemeen directeur) and I. Öztürk (Chief Information Security Officer), hereinafter',
        header: '| | For the Controller: Hoveniersbedrijf De Linde B.V. | For the Processor: Loonwolk B.V. | For the Processor: Loonwolk B.V. |',
        rows: ['| Name | M.J. de Linde | R. van den Berg | I. Öztürk |', '| Position | Directeur | Algemeen directeur | Chief Information Security Officer |']
    }
} as const;

describe('every signatory of a party (A-02)', () => {
    test.each(['nl', 'en'] as const)('%s Markdown: the parties block names both processor signatories, the signature table has a column each', async lang => {
        const md = generateAgreement(await agreementOf(readExample('complete.dpa')), { format: 'md', lang }).replace(/\\/g, '');
        const e = EXPECTED[lang];
        expect(md).toContain(e.parties);
        expect(md).toContain(e.header);
        for (const row of e.rows) expect(md).toContain(row);
    });

    test.each(['nl', 'en'] as const)('%s HTML: a signature section per signatory', async lang => {
        const html = generateAgreement(await agreementOf(readExample('complete.dpa')), { format: 'html', lang });
        const signatures = html.slice(html.indexOf('<div class="signatures">'), html.indexOf('</div>', html.indexOf('<div class="signatures">')));
        expect(signatures.match(/<section>/g)).toHaveLength(3);
        for (const name of ['M.J. de Linde', 'R. van den Berg', 'I. Öztürk']) expect(signatures).toContain(`<dd>${name}</dd>`);
        expect(html).toContain(EXPECTED[lang].parties.replace(/, hierna:|, hereinafter/, ''));
    });

    // the closing formula. "In tweevoud" (in duplicate) presupposes two paper originals; the
    // agreement may as well be signed electronically (Art. 28(9) AVG: in writing, including in
    // electronic form; art. 3:15a BW), so the formula does not say how many copies are signed.
    test.each([['nl', 'Aldus overeengekomen en ondertekend.', 'tweevoud'], ['en', 'Thus agreed and signed.', 'duplicate']] as const)('%s: the closing formula names no number of copies (A-38)', async (lang, formula, copies) => {
        const md = generateAgreement(await agreementOf(readExample('complete.dpa')), { format: 'md', lang });
        expect(md).toContain(formula);
        expect(md).not.toContain(copies);
    });

    // B-04: the English text keeps Dutch legal forms and court names in Dutch (they are proper
    // designations) and glosses them in English; the Dutch text has no gloss.
    test('en: Dutch legal forms and courts have an English gloss; nl has none (B-04)', async () => {
        const agreement = await agreementOf(readExample('complete.dpa'));
        const en = generateAgreement(agreement, { format: 'md', lang: 'en' });
        // the full statutory name of the form (art. 2:175 BW).
        expect(en).toContain('Loonwolk B.V., besloten vennootschap met beperkte aansprakelijkheid (private limited liability company), ');
        expect(en).toContain('Rechtbank Midden-Nederland (District Court of Midden-Nederland), locatie Utrecht');
        const nl = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(nl).not.toContain('(private limited liability company)');
        expect(nl).not.toContain('District Court');
        expect(nl).toContain('Loonwolk B.V., besloten vennootschap met beperkte aansprakelijkheid, ');
    });
});
