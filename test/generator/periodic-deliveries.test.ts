import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import type { Lang } from '../../packages/language/src/index.js';
import { check, minimalAgreement, readExample, withCode } from '../helpers.js';

// Review D-02 and D-13 (seed 8.2: a yearly report on the measures to the controller by 31 December) and
// D-03 (seed 10.1: the controller may check at any time; a yearly statement of an independent
// external expert by 31 December), expressed natively: `security report every …`, `audit statement every …`.

async function markdown(text: string, lang: Lang): Promise<string> {
    const result = await check(text);
    expect(result.document.parseResult.parserErrors).toEqual([]);
    return generateAgreement(result.agreement!, { format: 'md', lang }).replace(/\s+/g, ' ');
}

const WITH_BOTH = minimalAgreement()
    .replace('\n    security\n', '\n    security report every 1 year by --12-31\n')
    .replace('audit every 1 year on-suspicion by controller-or-auditor', 'audit on-suspicion statement every 1 year by --12-31');

describe('D-02: the yearly security report', () => {
    test('nl and en: once a year, each time by 31 December, a report to the controller', async () => {
        expect(await markdown(WITH_BOTH, 'nl')).toContain(
            'De Verwerker brengt de Verwerkingsverantwoordelijke ten minste eenmaal per jaar, telkens uiterlijk op 31 december, verslag uit van de beveiligingsmaatregelen die hij heeft getroffen en van de punten daarin die aandacht vragen.');
        expect(await markdown(WITH_BOTH, 'en')).toContain(
            'At least once a year, each time no later than 31 December, the Processor reports to the Controller on the security measures it has taken and on any points in them that need attention.');
    });

    test('a period of two years without a day; no report without the parameter', async () => {
        const twoYears = minimalAgreement().replace('\n    security\n', '\n    security report every 2 years\n');
        expect(await markdown(twoYears, 'nl')).toContain('ten minste eenmaal per twee jaar verslag uit van de beveiligingsmaatregelen');
        expect(await markdown(twoYears, 'en')).toContain('At least once every two years the Processor reports to the Controller');
        expect(await markdown(minimalAgreement(), 'nl')).not.toContain('verslag uit van de beveiligingsmaatregelen');
    });
});

describe('D-03: the yearly statement of an independent external expert', () => {
    test('nl and en: the statement by 31 December, the audit right kept and not capped', async () => {
        const nl = await markdown(WITH_BOTH, 'nl');
        expect(nl).toContain(
            'De Verwerker verstrekt de Verwerkingsverantwoordelijke ten minste eenmaal per jaar, telkens uiterlijk op 31 december, een verklaring van een onafhankelijke externe deskundige met diens oordeel over de Verwerking en over de naleving door de Verwerker van de maatregelen van Bijlage 2. Deze verklaring laat het recht op een audit onverlet.');
        expect(nl).not.toMatch(/audit kan ten hoogste eenmaal/);
        // The generic "may in addition provide a statement" sentence gives way to the agreed one.
        expect(nl).not.toContain('De Verwerker kan daarnaast een recent certificaat');
        const en = await markdown(WITH_BOTH, 'en');
        expect(en).toContain(
            'At least once a year, each time no later than 31 December, the Processor provides the Controller with a statement by an independent external expert giving that expert\'s opinion on the Processing and on the Processor\'s compliance with the measures of Annex 2. This statement does not affect the right to an audit.');
        expect(en).not.toContain('The Processor may in addition provide');
    });

    test('no audit cap is read into the statement (no DPA-R35); a day that does not exist is reported', async () => {
        expect(withCode(await check(WITH_BOTH), 'DPA-R35')).toEqual([]);
        expect(withCode(await check(WITH_BOTH), 'invalid-date')).toEqual([]);
        const wrong = await check(WITH_BOTH.replace('statement every 1 year by --12-31', 'statement every 1 year by --02-30'));
        expect(withCode(wrong, 'invalid-date').map(d => d.message)).toEqual([expect.stringContaining('--02-30')]);
    });
});

describe('D-13: the staff guarantee of seed 9.3 and incidents of seed 3.9', () => {
    test('`confidentiality persons-guaranteed`: the processor answers for its persons, nl and en', async () => {
        const text = minimalAgreement().replace('confidentiality survives until-deletion', 'confidentiality persons-guaranteed survives until-deletion');
        expect(await markdown(text, 'nl')).toContain('De Verwerker staat er tegenover de Verwerkingsverantwoordelijke voor in dat deze personen hun geheimhoudingsplicht nakomen.');
        expect(await markdown(text, 'en')).toContain('The Processor warrants to the Controller that these persons comply with their duty of confidentiality.');
        expect(await markdown(minimalAgreement(), 'nl')).not.toContain('staat er tegenover de Verwerkingsverantwoordelijke voor in');
    });

    test('the itzz template keeps (attempted) incidents and the staff guarantee', () => {
        const itzz = readExample('itzz-template.dpa');
        expect(itzz).toContain('breach notification without-undue-delay including-incidents');
        expect(itzz).toContain('confidentiality persons-guaranteed survives 1 year');
    });
});
