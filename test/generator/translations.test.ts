import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// B-01 (legal review 2026-11): the English output must not show a custom clause in Dutch as if it
// were English. A custom clause carries its English version (`en "…"`, `text en "…"`); without
// it the English document reproduces the Dutch text, marked as not translated, and says so on top.
// B-02: an annex whose cells hold the model's (Dutch) text says so in its English heading.

const TRANSLATED = minimalAgreement(`clause Costs "Kosten van bijstand" en "Costs of assistance" {
        text "Bijstand wordt vergoed tegen het uurtarief van de hoofdovereenkomst."
        text en "Assistance is paid for at the hourly rate of the main agreement."
        text "Een audit komt voor rekening van de Verwerkingsverantwoordelijke."
        text en "An audit is at the Controller's expense."
    }`);
const UNTRANSLATED = minimalAgreement(`clause Costs "Kosten van bijstand" {
        text "Bijstand wordt vergoed tegen het uurtarief van de hoofdovereenkomst."
    }`);

async function generate(text: string, lang: 'nl' | 'en'): Promise<string> {
    const result = await check(text);
    expect(result.agreement).toBeDefined();
    return generateAgreement(result.agreement!, { format: 'md', lang });
}

describe('custom clauses in English (B-01)', () => {
    test('English: a translated clause uses its English title and paragraphs, in order', async () => {
        const md = await generate(TRANSLATED, 'en');
        expect(md).toMatch(/## Article \d+ – Costs of assistance\n/);
        expect(md).toMatch(/\*\*\d+\.1\*\* Assistance is paid for at the hourly rate of the main agreement\./);
        expect(md).toMatch(/\*\*\d+\.2\*\* An audit is at the Controller's expense\./);
        expect(md).not.toContain('Kosten van bijstand');
        expect(md).not.toContain('uurtarief');
        expect(md).not.toContain('not translated');
    });

    test('Dutch: the same clause keeps its Dutch text only', async () => {
        const md = await generate(TRANSLATED, 'nl');
        expect(md).toMatch(/## Artikel \d+ – Kosten van bijstand\n/);
        expect(md).toContain('Bijstand wordt vergoed tegen het uurtarief van de hoofdovereenkomst.');
        expect(md).not.toContain('Costs of assistance');
        expect(md).not.toContain('hourly rate');
    });

    test('English: an untranslated clause is marked in its heading, each paragraph and a notice on top', async () => {
        const md = await generate(UNTRANSLATED, 'en');
        const article = /## (Article (\d+)) – Kosten van bijstand \(Dutch text, not translated\)\n/.exec(md);
        expect(article).not.toBeNull();
        expect(md).toContain(`**${article![2]}.1** (Dutch text, not translated) Bijstand wordt vergoed`);
        expect(md).toContain(`Not translated: the text of ${article![1]} has no English version`);
        expect(md.indexOf('Not translated:')).toBeLessThan(md.indexOf('## Parties'));
    });

    test('a partial translation counts as none: the Dutch text is shown, marked', async () => {
        const md = await generate(TRANSLATED.replace(`text en "An audit is at the Controller's expense."`, ''), 'en');
        expect(md).toContain('Kosten van bijstand (Dutch text, not translated)');
        expect(md).not.toContain('Assistance is paid for');
    });

    test('Dutch: an untranslated clause gets no mark and no notice', async () => {
        const md = await generate(UNTRANSLATED, 'nl');
        expect(md).toMatch(/## Artikel \d+ – Kosten van bijstand\n/);
        expect(md).not.toContain('not translated');
        expect(md).not.toContain('Not translated');
    });
});

describe('annexes with model text (B-02)', () => {
    test('English: the annexes that list model text say it is in Dutch', async () => {
        const md = await generate(TRANSLATED, 'en');
        expect(md).toMatch(/## Annex 1 – [^\n]* \(descriptions in Dutch\)\n/);
        expect(md).toMatch(/## Annex 2 – [^\n]* \(descriptions in Dutch\)\n/);
    });

    test('Dutch: no such note', async () => {
        const md = await generate(TRANSLATED, 'nl');
        expect(md).not.toContain('in Dutch');
    });
});

// an agreement in two language versions says which one prevails; the clause is generated in
// both versions, each saying the same.
describe('the language clause (A-14)', () => {
    test('Dutch: the Dutch version prevails', async () => {
        const md = await generate(minimalAgreement('language dutch-prevails'), 'nl');
        expect(md).toMatch(/## Artikel \d+ – Taalversies\n/);
        expect(md).toContain('bestaat in een Nederlandse en een Engelse versie');
        expect(md).toMatch(/dan gaat de Nederlandse\s+versie voor\./);
    });

    test('English: the same clause, the Dutch version prevails', async () => {
        const md = await generate(minimalAgreement('language dutch-prevails'), 'en');
        expect(md).toMatch(/## Article \d+ – Language versions\n/);
        expect(md).toContain('exists in a Dutch and an English version');
        expect(md).toMatch(/the Dutch version\s+prevails\./);
    });

    test('english-prevails names the English version in both', async () => {
        expect(await generate(minimalAgreement('language english-prevails'), 'nl')).toMatch(/dan gaat de Engelse\s+versie voor\./);
        expect(await generate(minimalAgreement('language english-prevails'), 'en')).toMatch(/the English version\s+prevails\./);
    });

    test('without the clause there is none', async () => {
        expect(await generate(minimalAgreement(), 'en')).not.toContain('Language versions');
    });
});
