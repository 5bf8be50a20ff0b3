import { describe, expect, test } from 'vitest';
import { generateAgreement, generateAgreementFile } from '../../packages/generator/src/index.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, minimalAgreement, readExample } from '../helpers.js';
import { docxText } from './docx-text.js';
import { agreementOf } from './helpers.js';

// Issue 11 (legal review 2026-11), round 2: regenerated records of real agreements assert only
// what the model says about sub-processors and transfers (C-01, C-02, C-07, C-08, D-07).

const icteam = (): Promise<Agreement> => agreementOf(readExample('icteam-imaging-people.dpa'));

describe('C-01: no transfer basis for Apple that contradicts the Apple exception', () => {
    test('Dutch and English: Apple is listed without a mechanism, not on the controller\'s consent', async () => {
        const agreement = await icteam();
        const nl = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(nl).toContain('- Apple (Verenigde Staten): geen doorgiftegrondslag vastgelegd');
        expect(nl).not.toMatch(/- Apple \(Verenigde Staten\): toestemming/u);
        const en = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(en).toContain('- Apple (United States): no transfer mechanism recorded');
        expect(en).not.toMatch(/- Apple \(United States\): consent/u);
    });

    test('the seed\'s general rule (art. 4.1: transfers on the controller\'s consent) stays in the transfers article', async () => {
        const nl = generateAgreement(await icteam(), { format: 'md', lang: 'nl' });
        expect(nl).toMatch(/volgende grondslagen: toestemming van de verwerkingsverantwoordelijke/u);
    });
});

describe('C-02: no consent to listed sub-processors the model does not give', () => {
    const CONSENT_NL = 'De Verwerkingsverantwoordelijke stemt met de inschakeling daarvan in.';
    const CONSENT_EN = 'The Controller consents to their engagement.';

    test('icteam (`listed noted`): Apple is listed, the consent is not stated, in Dutch, English and Word', async () => {
        const agreement = await icteam();
        const nl = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(nl).toContain('inschakelt (Apple), met de dienst die hij verleent en het land waar hij de Persoonsgegevens verwerkt.');
        expect(nl).not.toContain(CONSENT_NL);
        const en = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(en).toContain('(Apple), with the service it provides');
        expect(en).not.toContain(CONSENT_EN);
        const word = docxText(await generateAgreementFile(agreement, { format: 'docx', lang: 'nl' }));
        expect(word).toContain('inschakelt (Apple)');
        expect(word).not.toContain(CONSENT_NL);
    });

    test('a new agreement consents by default, and `listed approved` states it explicitly', async () => {
        const sub = 'subprocessor Host { name "Host B.V." service "Hosting" country NL }';
        for (const clause of ['subprocessing general notice 4 weeks objection allowed', 'subprocessing general notice 4 weeks objection allowed listed approved']) {
            const agreement = await agreementOf(minimalAgreement(sub).replace('subprocessing specific', clause));
            expect(generateAgreement(agreement, { format: 'md', lang: 'nl' })).toContain(CONSENT_NL);
            expect(generateAgreement(agreement, { format: 'md', lang: 'en' })).toContain(CONSENT_EN);
        }
        const noted = await agreementOf(minimalAgreement(sub).replace('subprocessing specific', 'subprocessing general notice 4 weeks objection allowed listed noted'));
        expect(generateAgreement(noted, { format: 'md', lang: 'nl' })).not.toContain(CONSENT_NL);
        expect(generateAgreement(noted, { format: 'md', lang: 'en' })).not.toContain(CONSENT_EN);
    });
});

describe('C-07: the seed\'s "artikel 4.1" is a reference by name to the transfers article', () => {
    test('Dutch and English: the Apple exception names the article the transfers clause has', async () => {
        const agreement = await icteam();
        const nl = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        const transfers = /## Artikel (\d+) – Doorgifte/u.exec(nl)?.[1];
        expect(transfers).toBeDefined();
        expect(nl).toContain(`Het vereiste van artikel ${transfers} dat Verwerkingsverantwoordelijke met een doorgifte instemt`);
        expect(nl).not.toContain('artikel 4.1');
        const en = generateAgreement(agreement, { format: 'md', lang: 'en' });
        // Untranslated Dutch text names the article as the English document numbers it (issue 10's choice).
        expect(en).toContain(`Het vereiste van Article ${transfers} dat`);
    });

    test('a literal paragraph number in custom text is reported with the fix to refer by name (DPA-R48)', async () => {
        const text = minimalAgreement(`
    clause Exception "Uitzondering" {
        text "De eis van artikel 4.1 geldt niet voor de helpdesk."
    }`);
        const r48 = (await check(text)).diagnostics.filter(d => d.code === 'DPA-R48');
        expect(r48).toHaveLength(1);
        expect(r48[0]!.message).toContain('“artikel 4.1” is a fixed number');
    });
});

describe('C-08: no consequence of an objection the model does not state', () => {
    test('icteam (`then no-consequence`): the objection is rendered without the standard consequence', async () => {
        const agreement = await icteam();
        const nl = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(nl).toMatch(/kan vóór de inschakeling schriftelijk bezwaar maken tegen de voorgenomen wijziging\.\n/u);
        expect(nl).not.toContain('Na een tijdig bezwaar');
        expect(nl).not.toMatch(/zonder tot schadevergoeding gehouden te zijn[^\n]*Subverwerker/u);
        const en = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(en).toMatch(/may object in writing to the intended change before the engagement\.\n/u);
        expect(en).not.toContain('Following a timely objection');
    });
});

describe('D-07: itzz engages third parties without authorisation and flows down only the relevant obligations', () => {
    test('Dutch Markdown and Word, English: no general authorisation, no notice, no "same obligations"', async () => {
        const agreement = await agreementOf(readExample('itzz-template.dpa'));
        const nl = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        const word = docxText(await generateAgreementFile(agreement, { format: 'docx', lang: 'nl' }));
        for (const text of [nl, word]) {
            expect(text).toContain('De Verwerker mag Subverwerkers inschakelen zonder voorafgaande schriftelijke toestemming van de Verwerkingsverantwoordelijke.');
            expect(text).toMatch(/de verplichtingen uit\s+deze verwerkersovereenkomst op die relevant zijn voor de bescherming en de beveiliging/u);
            expect(text).not.toContain('algemene schriftelijke toestemming');
            expect(text).not.toContain('vooraf schriftelijk in kennis');
            expect(text).not.toContain('dezelfde verplichtingen inzake gegevensbescherming op');
        }
        const en = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(en).toContain('The Processor may engage Sub-processors without the prior written authorisation of the Controller.');
        expect(en).toContain('those obligations of this data processing agreement that are relevant to the protection and security of the Personal Data');
        expect(en).not.toContain('general written authorisation');
    });

    test('the validator flags it: DPA-R07 and DPA-R09 (relevant obligations only, a warning)', async () => {
        const result = await check(readExample('itzz-template.dpa'));
        expect(result.diagnostics.filter(d => d.code === 'DPA-R07')).toHaveLength(1);
        const r09 = result.diagnostics.filter(d => d.code === 'DPA-R09');
        expect(r09.map(d => d.severity)).toEqual([2]);
        expect(r09[0]!.message).toContain('relevant');
    });
});
