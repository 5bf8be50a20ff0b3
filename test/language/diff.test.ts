import { describe, expect, test } from 'vitest';
import { describeChange, diffAgreements, type AgreementChange } from '../../packages/language/src/diff/index.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, readExample } from '../helpers.js';

/**
 * The semantic diff (issue 14): examples/complete.dpa against edited copies, one kind of change
 * each, compared as models (a reformatted or re-commented file has no change) and read for what
 * each change means for the parties' positions.
 */
const COMPLETE = readExample('complete.dpa');

async function agreementOf(text: string): Promise<Agreement> {
    const result = await check(text);
    if (!result.agreement) throw new Error('no agreement');
    return result.agreement;
}

async function changesAfter(edit: (text: string) => string): Promise<AgreementChange[]> {
    const edited = edit(COMPLETE);
    expect(edited, 'the edit applies').not.toBe(COMPLETE);
    return diffAgreements(await agreementOf(COMPLETE), await agreementOf(edited));
}

const lines = (changes: readonly AgreementChange[], lang: 'nl' | 'en' = 'en') => changes.map(change => describeChange(change, lang));

describe('dpa diff: the models compared', () => {
    test('the same agreement, reformatted and with its comments changed, has no change', async () => {
        const reformatted = COMPLETE.replace(/\n {4}(\w)/g, '\n  $1').replace(/\/\/ Parties/, '// De partijen');
        expect(diffAgreements(await agreementOf(COMPLETE), await agreementOf(reformatted))).toEqual([]);
    });

    test('a longer breach-notification deadline is looser for the processor', async () => {
        const changes = await changesAfter(text => text.replace('breach notification within 24 hours', 'breach notification within 48 hours'));
        expect(lines(changes)).toEqual(['Breach notification: deadline: 24 hours → 48 hours (looser for the processor, longer)']);
        expect(lines(changes, 'nl')).toEqual(['Melding van datalekken: termijn: 24 uur → 48 uur (soepeler voor de verwerker, langer)']);
    });

    test('a sub-processor added in the United States is looser for the processor and a new transfer', async () => {
        const changes = await changesAfter(text => text.replace('    subprocessor Mailhuis {', '    subprocessor Analytix {\n        name "Analytix Inc."\n        service "Gebruiksstatistieken"\n        country US\n        transfer dpf certified\n    }\n\n    subprocessor Mailhuis {'));
        expect(lines(changes)).toEqual(['Sub-processor Analytix added (looser for the processor, new transfer outside the EEA)']);
    });

    test('a sub-processor moved from the Netherlands to the United States is a new transfer', async () => {
        const changes = await changesAfter(text => text.replace('Nederland"\n        country NL', 'Nederland"\n        country US\n        transfer dpf certified'));
        const country = changes.find(change => change.property === 'country');
        expect(country && describeChange(country, 'en')).toBe('Sub-processor Nedhost: country: NL → US (looser for the processor, new transfer outside the EEA)');
    });

    test('a measure removed is looser for the processor; one added, stricter', async () => {
        const removed = await changesAfter(text => text.replace(/\n {4}measure Pentest [^\n]*/, ''));
        expect(lines(removed)).toEqual(['Measure Pentest removed (looser for the processor)']);
        const added = await changesAfter(text => text.replace('    measure Pentest ', '    measure RedTeam organisational pentest "Jaarlijkse red-teamoefening door een externe partij"\n    measure Pentest '));
        expect(lines(added)).toEqual(['Measure RedTeam added (stricter for the processor)']);
    });

    test('a longer retention period is said as longer, without taking a side', async () => {
        const changes = await changesAfter(text => text.replace('retention 7 years statutory', 'retention 10 years statutory'));
        expect(lines(changes)).toEqual(['Processing activity Payroll · Retention: period: 7 years → 10 years (neutral, longer)']);
    });

    test('a lower liability cap is looser for the processor; audits less often too', async () => {
        const cap = await changesAfter(text => text.replace('liability cap 250000 EUR', 'liability cap 100000 EUR'));
        expect(lines(cap)).toEqual(['Liability: cap: 250000 → 100000 (looser for the processor, lower)']);
        const audit = await changesAfter(text => text.replace('audit every 1 year', 'audit every 2 years'));
        expect(lines(audit)).toEqual(['Audit: frequency: 1 year → 2 years (looser for the processor, longer)']);
    });

    test('a purpose added to a processing activity is listed as added', async () => {
        const changes = await changesAfter(text => text.replace('        purpose "Berekenen en uitbetalen van salarissen en vergoedingen"', '        purpose "Berekenen en uitbetalen van salarissen en vergoedingen"\n        purpose "Benchmarken van salarissen"'));
        expect(lines(changes)).toEqual(['Processing activity Payroll: purposes: + Benchmarken van salarissen (neutral)']);
    });

    test('a sub-processor removed from a processing activity\'s list, and the clause removed, are each a change', async () => {
        const changes = await changesAfter(text => text.replace('    audit every 1 year on-suspicion by controller-or-auditor notice 14 days costs controller-unless-fault\n', ''));
        expect(lines(changes)).toEqual(['Audit removed (looser for the processor)']);
    });
});

describe('dpa diff: every kind of element', () => {
    test('a party\'s legal name and KvK number, a signatory added (named by the person, in its party)', async () => {
        expect(lines(await changesAfter(t => t.replace('name "Hoveniersbedrijf De Linde B.V."', 'name "De Linde Groen B.V."').replace('kvk "71234568"', 'kvk "71234569"')))).toEqual([
            'Party DeLinde: KvK number: 71234568 → 71234569 (neutral)',
            'Party DeLinde: legal name: Hoveniersbedrijf De Linde B.V. → De Linde Groen B.V. (neutral)'
        ]);
        const signed = 'signatory "M.J. de Linde" as "Directeur" at "Zwolle" on 2025-03-03';
        expect(lines(await changesAfter(t => t.replace(signed, `${signed}\n        signatory "P. de Linde" as "Financieel directeur" at "Zwolle" on 2025-03-04`))))
            .toEqual(['Party DeLinde · Signatory P. de Linde added (neutral)']);
        expect(lines(await changesAfter(t => t.replace(signed, signed.replace('Directeur', 'Statutair directeur')))))
            .toEqual(['Party DeLinde · Signatory M.J. de Linde: function: Directeur → Statutair directeur (neutral)']);
    });

    test('a data category flagged as criminal data, data subjects added, a processing activity removed', async () => {
        expect(lines(await changesAfter(t => t.replace('data Salary "Salaris- en betaalgegevens (brutoloon, toeslagen, IBAN, loonheffingen)"', '$& criminal basis "art. 33 UAVG"')))).toEqual([
            'Data category Salary: legal basis: (none) → art. 33 UAVG (neutral)',
            'Data category Salary: criminal offence data: (none) → yes (neutral)'
        ]);
        expect(lines(await changesAfter(t => t.replace('subjects Applicants', 'subjects Applicants, Employees'))))
            .toEqual(['Processing activity Recruitment: data subjects: + Employees (neutral)']);
        expect(lines(await changesAfter(t => t.replace(/\n {4}processing Recruitment[\s\S]*?\n {4}}\n/, '\n'))))
            .toEqual(['Processing activity Recruitment removed (neutral)']);
    });

    test('a sub-processor\'s transfer mechanism, and a template field added', async () => {
        expect(lines(await changesAfter(t => t.replace('transfer scc module 3', 'transfer bcr')))).toEqual([
            'Sub-processor Mailhuis · Transfer: mechanism: scc → bcr (neutral)',
            'Sub-processor Mailhuis · Transfer: SCC module: 3 → (none) (neutral)'
        ]);
        expect(lines(await changesAfter(t => t.replace('    law NL', '    parameter customer "Klantnaam"\n    law NL'))))
            .toEqual(['Template field customer added (neutral)']);
    });
});

describe('dpa diff: texts word by word, and a template against its filled agreement', () => {
    const ICTEAM = readExample('icteam-imaging-people.dpa');

    test('a custom clause\'s paragraph edited: the words removed and added, the rest shortened', async () => {
        const edited = ICTEAM.replace('Verwerkersovereenkomsten van Verwerkingsverantwoordelijke zijn uitdrukkelijk niet van toepassing.', 'Verwerkersovereenkomsten van Verwerkingsverantwoordelijke zijn alleen van toepassing als Verwerker ze schriftelijk aanvaardt.');
        const changes = diffAgreements(await agreementOf(ICTEAM), await agreementOf(edited));
        expect(changes).toHaveLength(1);
        const [change] = changes;
        expect(change!.words!.filter(w => w.kind !== 'same').map(w => `${w.kind}:${w.text}`)).toEqual([
            'removed:uitdrukkelijk', 'added:alleen', 'removed:niet ', 'added: als Verwerker ze schriftelijk aanvaardt'
        ]);
        // Every word of the old text is kept or removed, every word of the new text kept or added.
        const old = change!.words!.filter(w => w.kind !== 'added').map(w => w.text).join('');
        const now = change!.words!.filter(w => w.kind !== 'removed').map(w => w.text).join('');
        expect(old.endsWith('uitdrukkelijk niet van toepassing.\n\nMet deze overeenkomst en haar bijlagen, die samen één geheel vormen, geeft Verwerker uitvoering aan de AVG.')).toBe(true);
        expect(now).toContain('zijn alleen van toepassing als Verwerker ze schriftelijk aanvaardt.');
        const line = describeChange(change!, 'en');
        expect(line).toMatch(/^Clause Applicability: paragraphs: …/);
        expect(line).toContain('zijn [−uitdrukkelijk][+alleen] [−niet ]van toepassing[+ als Verwerker ze schriftelijk aanvaardt].');
        expect(line).toContain('(neutral)');
    });

    test('the itzz template against an agreement filled from it: the filled fields, nothing else', async () => {
        const { instantiateTemplate } = await import('../../packages/language/src/index.js');
        const template = readExample('itzz-template.dpa');
        const checked = await check(template);
        const row = { customerName: 'Bakkerij De Korst B.V.', customerCity: 'Delft', customerRepresentative: 'J.P. van Leeuwen', customerRepresentativeFunction: 'Directeur', signingPlace: 'Delft', signingDate: '2025-03-03', mainAgreementDate: '2025-02-17', mainAgreementReference: 'ITZZ-2025-0031', processorSigningDate: '2025-03-04', categories: 'AddressPhone; Financial; ThirdPartyLogins', careProvider: 'nee' };
        const filled = instantiateTemplate(checked.document, row);
        const changes = diffAgreements(checked.agreement!, await agreementOf(filled));
        const said = lines(changes);
        // The fields filled in, each where it is ...
        expect(said).toContain('Party Customer: legal name: {{customerName}} → Bakkerij De Korst B.V. (neutral)');
        expect(said).toContain('Party Customer · Signatory: person: {{customerRepresentative}} → J.P. van Leeuwen (neutral)');
        expect(said).toContain('Main agreement: reference: {{mainAgreementReference}} → ITZZ-2025-0031 (neutral)');
        // ... and the customer's choices: no care provider, so no patients and no care measures.
        expect(said).toContain('Processing activity PatientData removed (neutral)');
        expect(said).toContain('Measure CareSecurity removed (looser for the processor)');
        expect(said).toContain('Agreement ItzzTemplate: template: yes → (none) (neutral)');
        expect(said.every(line => !/undefined|\[object/.test(line))).toBe(true);
    });
});

describe('dpa diff: the table of meanings (data/diff.json)', () => {
    test('names only properties and types the grammar has', async () => {
        const table = (await import('../../packages/language/src/data/diff.json')).default as {
            periods: { at: string }[]; amounts: { at: string }[]; flags: { at: string }[]; lists: { at: string }[]; elements: { type: string }[]; transfers: { at: string }[]; texts: string[];
        };
        const ast = await import('../../packages/language/src/generated/ast.js') as unknown as Record<string, Record<string, string> | undefined>;
        const paths = [...table.periods, ...table.amounts, ...table.flags, ...table.lists, ...table.transfers].map(entry => entry.at).concat(table.texts);
        const unknown = paths.filter(path => {
            const [type, property] = path.split('.') as [string, string];
            return ast[type]?.[property] !== property;
        });
        expect(unknown).toEqual([]);
        expect(table.elements.map(entry => entry.type).filter(type => ast[type]?.['$type'] !== type)).toEqual([]);
        expect(paths.length).toBeGreaterThan(50);
    });

    test('clause parameters read from the table: evidence instead of an audit, a topic of assistance dropped, another transfer mechanism, a warranty of the controller', async () => {
        const evidence = await changesAfter(text => text.replace('audit every 1 year on-suspicion', 'audit every 1 year'));
        expect(lines(evidence)).toEqual(['Audit: on suspicion: yes → (none) (looser for the processor)']);
        const assistance = await changesAfter(text => text.replace('assistance security, breach, dpia, prior-consultation', 'assistance security, breach, dpia'));
        expect(lines(assistance)).toEqual(['Assistance: topics: − prior-consultation (looser for the processor)']);
        const warranties = await changesAfter(text => text.replace('controller-warranties lawfulness, final-responsibility, indemnity', 'controller-warranties lawfulness, final-responsibility'));
        expect(lines(warranties)).toEqual(['Controller\'s warranties: warranties: − indemnity (looser for the controller)']);
    });
});

test('dpa diff speaks nl and en alike: the same messages, with the same placeholders', async () => {
    const en = (await import('../../packages/language/src/diff/i18n/en.json')).default as Record<string, string>;
    const nl = (await import('../../packages/language/src/diff/i18n/nl.json')).default as Record<string, string>;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
    for (const key of Object.keys(en)) expect(placeholders(nl[key]!), key).toEqual(placeholders(en[key]!));
});
