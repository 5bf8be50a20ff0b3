import { describe, expect, test } from 'vitest';
import { ART28_DATA, CLAUSE_READING_DATA } from '../../packages/language/src/data/index.js';
import { LANGUAGE_MESSAGES } from '../../packages/language/src/i18n/texts.js';
import { readsIn } from '../../packages/language/src/validation/rules/custom-clauses/reading.js';
import { check, minimalAgreement, withCode } from '../helpers.js';

// The reading of custom clauses (clause-reading.json): every part and flag is tested on its
// example sentences, in Dutch and English, that it must and must not find; and what a custom
// clause that claims an element but falls short of it does to the agreement.

const families = Object.values(CLAUSE_READING_DATA.elements).flatMap(e => [...(e?.parts ?? []), ...(e?.flags ?? []), ...(e?.conditions ?? [])]).map(v => v.id);

describe('clause-reading.json: each part and flag on its example sentences', () => {
    test('every part and flag has examples in both languages, both ways, and every example set a family', () => {
        for (const id of families) {
            const examples = CLAUSE_READING_DATA.examples[id];
            expect(examples, id).toBeDefined();
            for (const lang of ['nl', 'en'] as const) {
                expect(examples![lang].match.length, `${id} ${lang} match`).toBeGreaterThan(0);
                expect(examples![lang].noMatch.length, `${id} ${lang} noMatch`).toBeGreaterThan(0);
            }
        }
        expect(Object.keys(CLAUSE_READING_DATA.examples).sort()).toEqual([...families].sort());
    });

    for (const id of families) {
        for (const lang of ['nl', 'en'] as const) {
            const examples = CLAUSE_READING_DATA.examples[id]?.[lang];
            test.each(examples?.match ?? [])(`${id} (${lang}) finds: %s`, sentence => expect(readsIn(id, sentence)).toBe(true));
            test.each(examples?.noMatch ?? [])(`${id} (${lang}) does not find: %s`, sentence => expect(readsIn(id, sentence)).toBe(false));
        }
    }
});

describe('clause-reading.json: the messages of a shortfall', () => {
    test('every element read has its absence rule\'s `read` message, and with flags its `contradicts` message, in both languages', () => {
        for (const [id, data] of Object.entries(CLAUSE_READING_DATA.elements)) {
            const rule = ART28_DATA.elements.find(e => e.id === id)!.rule;
            for (const lang of ['nl', 'en'] as const) {
                const messages: Record<string, string | undefined> = { ...LANGUAGE_MESSAGES.messages(lang) };
                expect(messages[`${rule}.read`], `${rule}.read (${lang})`).toBeDefined();
                if (data?.flags?.length) expect(messages[`${rule}.contradicts`], `${rule}.contradicts (${lang})`).toBeDefined();
            }
        }
    });
});

const withoutAudit = minimalAgreement().replace('    audit every 1 year on-suspicion by controller-or-auditor\n', '');
const withClause = (clause: string) => withoutAudit.replace('    precedence dpa\n', `    precedence dpa\n    ${clause}\n`);

describe('a custom clause is read, not trusted', () => {
    test('`covers audit` with a text that has none of the audit\'s parts does not provide it', async () => {
        const result = await check(withClause('clause Audit "Audit" covers audit { text "Partijen werken goed samen." }'));
        expect(withCode(result, 'art28-coverage')[0]!.message).toContain('16/17');
        expect(withCode(result, 'DPA-R16')[0]!.message).toContain('not found in its text');
    });

    test('`covers audit` with part of the audit in its text provides it, and says what to check by hand', async () => {
        const result = await check(withClause('clause Audit "Audit" covers audit { text "De Verwerkingsverantwoordelijke mag de naleving jaarlijks laten controleren." }'));
        expect(withCode(result, 'art28-coverage')).toEqual([]);
        expect(withCode(result, 'DPA-R16')).toEqual([]);
        const info = withCode(result, 'custom-clause-unverified');
        expect(info).toHaveLength(1);
        expect(info[0]!.severity).toBe(3);
        expect(info[0]!.message).toContain('all information necessary to demonstrate compliance');
    });

    test('a clause without `covers` whose title names an element provides it when its text has every part', async () => {
        const result = await check(withClause('clause Audit "Audit" { text "Verwerker stelt alle informatie ter beschikking die nodig is om de naleving aan te tonen en maakt audits, waaronder inspecties, door de Verwerkingsverantwoordelijke mogelijk." }'));
        expect(withCode(result, 'art28-coverage')).toEqual([]);
        expect(result.diagnostics).toEqual([]);
    });

    test('a clause without `covers` whose text lacks a part does not provide the element', async () => {
        const result = await check(withClause('clause Audit "Audit" { text "De Verwerkingsverantwoordelijke mag de naleving jaarlijks laten controleren." }'));
        expect(withCode(result, 'art28-coverage')[0]!.message).toContain('16/17');
        expect(withCode(result, 'DPA-R16')).toHaveLength(1);
    });

    test('a clause without `covers` whose title names nothing is read as the element its text is clearly about', async () => {
        const nl = await check(withClause('clause Artikel9 "Artikel 9" { text "Verwerker stelt alle informatie ter beschikking die nodig is om de naleving aan te tonen en maakt audits, waaronder inspecties, door de Verwerkingsverantwoordelijke mogelijk." }'));
        expect(nl.diagnostics).toEqual([]);
        const en = await check(withClause('clause Clause9 "Clause 9" { text "The processor makes available all information necessary to demonstrate compliance. The processor allows for audits, including inspections, by the controller or an auditor it mandates." }'));
        expect(en.diagnostics).toEqual([]);
    });

    test('a clause whose title names nothing and whose text has no clearly dominant topic is read as nothing', async () => {
        const result = await check(withClause('clause Artikel9 "Artikel 9" { text "Verwerker stelt alle informatie ter beschikking die nodig is om de naleving aan te tonen en maakt audits mogelijk. Medewerkers zijn tot geheimhouding verplicht en houden de gegevens vertrouwelijk." }'));
        expect(withCode(result, 'art28-coverage')[0]!.message).toContain('16/17');
        expect(withCode(result, 'DPA-R16')).toHaveLength(1);
    });

    test('a standard clause makes a weaker custom clause on the same element no absence', async () => {
        const result = await check(minimalAgreement().replace('    precedence dpa\n', '    precedence dpa\n    clause Audit "Audit" covers audit { text "Partijen werken goed samen." }\n'));
        expect(withCode(result, 'DPA-R16')).toEqual([]);
        expect(withCode(result, 'custom-clause-unverified')).toEqual([]);
    });
});

const withoutAssistance = minimalAgreement().replace('    assistance security, breach, dpia, prior-consultation\n', '');
const withAssistanceClause = (clause: string) => withoutAssistance.replace('    precedence dpa\n', `    precedence dpa\n    ${clause}\n`);

describe('assistance with Art. 32-36 in prose (Art. 28(3)(f))', () => {
    test('`covers assistance` naming all four duties provides it, nl and en', async () => {
        for (const text of [
            'Verwerker verleent bijstand bij de beveiliging, bij het melden van datalekken, bij een gegevensbeschermingseffectbeoordeling en bij een voorafgaande raadpleging van de Autoriteit Persoonsgegevens.',
            'The processor assists the controller with the security of processing, the notification of personal data breaches, data protection impact assessments and the prior consultation of the supervisory authority.'
        ]) {
            const result = await check(withAssistanceClause(`clause Bijstand "Bijstand" covers assistance { text "${text}" }`));
            expect(result.diagnostics, text).toEqual([]);
        }
    });

    test('`covers assistance` with only breaches names the other duties as not found (check by hand), nl and en', async () => {
        for (const text of ['Verwerker helpt de klant bij het melden van een datalek.', 'The processor assists the customer with the notification of a breach.']) {
            const result = await check(withAssistanceClause(`clause Bijstand "Bijstand" covers assistance { text "${text}" }`));
            expect(withCode(result, 'DPA-R12')).toEqual([]);
            const info = withCode(result, 'custom-clause-unverified');
            expect(info, text).toHaveLength(1);
            expect(info[0]!.message).toContain('data protection impact assessment');
            expect(info[0]!.message).not.toContain('breach notification (Art. 33-34');
        }
    });

    test('`covers assistance` whose text names none of the duties (or negates them) does not provide it', async () => {
        for (const text of ['Partijen werken goed samen.', 'The processor does not assist with impact assessments, breaches or security.']) {
            const result = await check(withAssistanceClause(`clause Bijstand "Bijstand" covers assistance { text "${text}" }`));
            expect(withCode(result, 'DPA-R12')[0]?.message, text).toContain('does not give the controller assistance with Art. 32-36');
        }
    });
});

const withoutInstructions = minimalAgreement().replace('    instructions\n', '');
const withInstructionsClause = (clause: string) => withoutInstructions.replace('    precedence dpa\n', `    precedence dpa\n    ${clause}\n`);

describe('instructions in prose: notice of a legal requirement to process otherwise (Art. 28(3)(a))', () => {
    test('`covers instructions` with documented instructions and the notice: nothing to check by hand, nl and en', async () => {
        for (const text of [
            'Verwerker verwerkt de persoonsgegevens uitsluitend op gedocumenteerde instructies van Klant, ook wat doorgiften naar derde landen betreft. Verplicht een Unierechtelijke of lidstatelijke bepaling hem anders te verwerken, dan stelt hij Klant daarvan vooraf in kennis, tenzij die wetgeving dat verbiedt.',
            'The processor processes the personal data only on documented instructions from the controller, including with regard to transfers to third countries. Where Union or Member State law requires it to process otherwise, it informs the controller of that legal requirement before processing, unless that law prohibits it.'
        ]) {
            const result = await check(withInstructionsClause(`clause Instructies "Instructies" covers instructions { text "${text}" }`));
            expect(withCode(result, 'custom-clause-unverified'), text).toEqual([]);
            expect(withCode(result, 'DPA-R03'), text).toEqual([]);
        }
    });

    test('`covers instructions` without the notice names it as not found (check by hand), nl and en', async () => {
        for (const text of [
            'Verwerker verwerkt de persoonsgegevens uitsluitend op gedocumenteerde instructies van Klant, ook wat doorgiften naar derde landen betreft.',
            'The processor processes the personal data only on documented instructions from the controller, including with regard to transfers to third countries.'
        ]) {
            const result = await check(withInstructionsClause(`clause Instructies "Instructies" covers instructions { text "${text}" }`));
            const info = withCode(result, 'custom-clause-unverified');
            expect(info, text).toHaveLength(1);
            expect(info[0]!.message).toContain('prior notice of a legal requirement');
        }
    });
});
