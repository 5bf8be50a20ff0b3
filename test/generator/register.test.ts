import { describe, expect, test } from 'vitest';
import { describeRetention, registerCsv, registerRecords, registerRow, REGISTER_COLUMNS, csvField } from '../../packages/generator/src/register.js';
import { parseCsv } from '../../packages/cli/src/data-rows.js';
import { check, minimalAgreement } from '../helpers.js';

/** The minimal agreement with a second activity abroad, a US sub-processor and one nobody names. */
const AGREEMENT = minimalAgreement(`
    data Health "Verzuimgegevens" health basis "art. 30 lid 1 UAVG"
    data Bsn "Burgerservicenummer" bsn basis "Wet op de loonbelasting 1964"
    subprocessor Tickets {
        name "Ticketflow Inc."
        service "Supporttickets"
        country US
        transfer dpf certified
    }
    subprocessor Mailer {
        name "Mailer Ltd"
        country GB
    }
    subprocessor Archive {
        name "Archief B.V."
        country DE
    }
    processing Support "Ondersteuning" {
        purpose "Beantwoorden van vragen"
        purpose "Verbeteren van de dienst, binnen de opdracht"
        data Contact, Health, Bsn
        subjects Staff
        operations "registreren van vragen"
        staff Support: "beantwoordt tickets", "escaleert"
        location NL, IN transfer scc module 2
        subprocessors Tickets
        retention agreement + 30 days or statutory 7 years "art. 52 AWR" if longer
    }
`);

describe('registerRecords: the Art. 30(2) record of one agreement', async () => {
    const result = await check(AGREEMENT);
    const records = registerRecords(result.agreement!, { source: 'minimal.dpa' });

    test('one record per processing activity, in source order, with the parties', () => {
        expect(records.map(r => r.activity.title)).toEqual(['Hosting', 'Ondersteuning']);
        const [hosting] = records;
        expect(hosting!.processor).toMatchObject({
            name: 'Leverancier B.V.',
            kvk: '87654321',
            address: 'Damrak 2, 1012 LG Amsterdam',
            contact: { person: 'Privacyteam', email: 'privacy@leverancier.example' },
            dpo: { person: 'C. Bakker', email: 'fg@leverancier.example' }
        });
        expect(hosting!.controller?.name).toBe('Klant B.V.');
        expect(hosting!.agreement).toEqual({ name: 'Minimal', title: 'Verwerkersovereenkomst', version: '1.0', effective: '2025-01-06', source: 'minimal.dpa' });
    });

    test('purposes, operations, data with their flags, subjects, retention', () => {
        const support = records[1]!;
        expect(support.purposes).toEqual(['Beantwoorden van vragen', 'Verbeteren van de dienst, binnen de opdracht']);
        expect(support.operations).toEqual(['registreren van vragen', 'Supportdesk: beantwoordt tickets, escaleert']);
        expect(support.dataCategories.map(d => d.label)).toEqual(['Contactgegevens', 'Verzuimgegevens', 'Burgerservicenummer']);
        expect(support.dataCategories[1]).toMatchObject({ special: ['health'], basis: 'art. 30 lid 1 UAVG' });
        expect(support.dataCategories[2]).toMatchObject({ bsn: true, special: [] });
        expect(support.dataSubjects).toEqual(['Medewerkers']);
        expect(support.retention).toBe('for the duration of the agreement + 30 calendar days, or the statutory period if longer (seven years, art. 52 AWR)');
        expect(records[0]!.retention).toBe('one month');
    });

    test('transfers: sub-processors outside the EEA, not the own places of a processor in the EEA (A-01); an unnamed sub-processor counts everywhere', () => {
        const [hosting, support] = records;
        // Mailer (GB, adequate) is named by no activity, so it is listed for both; Archive is in the EEA.
        expect(hosting!.transfers).toEqual([expect.objectContaining({ country: 'GB', recipient: 'Mailer Ltd', valid: true, status: 'adequate' })]);
        expect(hosting!.transfers[0]).not.toHaveProperty('mechanism');
        expect(support!.transfers.map(t => [t.country, t.recipient, t.mechanism, t.valid])).toEqual([
            ['US', 'Ticketflow Inc.', 'dpf', true],
            ['GB', 'Mailer Ltd', undefined, true]
        ]);
        // The processor (Amsterdam) processing in India itself is no recipient: India stays a location.
        expect(support!.transfers[0]).toMatchObject({ certified: true, recipientRole: 'subprocessor' });
        expect(support!.locations).toEqual(['NL', 'IN']);
    });

    test('measures: the activity\'s own, else all of the agreement', () => {
        expect(records[0]!.securityMeasures.map(m => m.kind)).toEqual(['encryption', 'access-control']);
        expect(records[1]!.securityMeasures.map(m => m.kind)).toEqual(['encryption', 'access-control', 'backup', 'restore-test', 'pentest']);
        expect(records[0]!.securityMeasures[0]).toEqual({ type: 'technical', kind: 'encryption', description: 'Versleuteling van opgeslagen gegevens met AES-256', standards: ['ISO27001'] });
    });

    test('as a row: every column as text; lists joined with " | "; "none" without transfers', async () => {
        const row = registerRow(records[1]!);
        expect(Object.keys(row)).toEqual([...REGISTER_COLUMNS]);
        expect(row.transfers).toBe(
            'United States (US), Ticketflow Inc.: adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR; Commission Implementing Decision (EU) 2023/1795 of 10 July 2023), certified | ' +
            'United Kingdom (GB), Mailer Ltd: adequacy decision of the European Commission (Art. 45 GDPR)'
        );
        expect(row.dataCategories).toBe('Contactgegevens | Verzuimgegevens [special category: health, basis: art. 30 lid 1 UAVG] | Burgerservicenummer [BSN, basis: Wet op de loonbelasting 1964]');
        expect(row.processorContact).toBe('Privacyteam <privacy@leverancier.example> | Damrak 2, 1012 LG Amsterdam');
        expect(row.processorDpo).toBe('C. Bakker <fg@leverancier.example>');
        const plain = registerRecords((await check(minimalAgreement())).agreement!);
        expect(registerRow(plain[0]!).transfers).toBe('none');
        expect(registerRow(plain[0]!, 'nl').transfers).toBe('geen');
    });

    test('Dutch labels with lang nl', () => {
        const nl = registerRecords(result.agreement!, { lang: 'nl' });
        expect(nl[1]!.transfers[0]!.countryName).toBe('Verenigde Staten');
        expect(nl[1]!.retention).toBe('gedurende de looptijd van de overeenkomst + 30 kalenderdagen, of de wettelijke termijn als die langer is (zeven jaar, art. 52 AWR)');
    });

    test('Dutch words in the cells with lang nl: data flags, transfer details, no mechanism, no retention', async () => {
        const row = registerRow(registerRecords(result.agreement!, { lang: 'nl' })[1]!, 'nl');
        expect(row.dataCategories).toBe('Contactgegevens | Verzuimgegevens [bijzonder persoonsgegeven: health, grondslag: art. 30 lid 1 UAVG] | Burgerservicenummer [BSN, grondslag: Wet op de loonbelasting 1964]');
        expect(row.transfers).toBe(
            'Verenigde Staten (US), Ticketflow Inc.: adequaatheidsbesluit EU-VS Data Privacy Framework (art. 45 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023), gecertificeerd | ' +
            'Verenigd Koninkrijk (GB), Mailer Ltd: adequaatheidsbesluit van de Europese Commissie (art. 45 AVG)'
        );
        const other = await check(minimalAgreement(`
            data Crim "Strafrecht" criminal credentials
            subprocessor Far {
                name "Far Ltd"
                country CN
            }
            processing Plain "Zonder termijn" {
                purpose "p"
                data Crim
                subjects Staff
                operations "o"
                subprocessors Far
            }
        `));
        const plain = registerRecords(other.agreement!, { lang: 'nl' }).find(r => r.activity.name === 'Plain')!;
        const plainRow = registerRow(plain, 'nl');
        expect(plainRow.dataCategories).toBe('Strafrecht [strafrechtelijk gegeven, inloggegevens]');
        expect(plainRow.transfers).toContain('China (CN), Far Ltd: geen doorgiftegrondslag vermeld');
        expect(plainRow.retention).toBe('niet vermeld');
        expect(registerRow(plain).retention).toBe('not stated');
        expect(registerRow(plain).dataCategories).toBe('Strafrecht [criminal data, credentials]');
    });

    test('CSV: header, RFC 4180 quoting, CRLF, deterministic', () => {
        const csv = registerCsv(records);
        expect(csv.endsWith('\r\n')).toBe(true);
        expect(csv).toBe(registerCsv(registerRecords(result.agreement!, { source: 'minimal.dpa' })));
        const parsed = parseCsv(csv, ',');
        expect(parsed[0]!.fields).toEqual([...REGISTER_COLUMNS]);
        expect(parsed).toHaveLength(3);
        expect(parsed.every(r => r.fields.length === REGISTER_COLUMNS.length)).toBe(true);
        expect(parsed[2]!.fields[REGISTER_COLUMNS.indexOf('purposes')]).toBe('Beantwoorden van vragen | Verbeteren van de dienst, binnen de opdracht');
        expect(csvField('a "b", c')).toBe('"a ""b"", c"');
        expect(csvField('two\nlines')).toBe('"two\nlines"');
        expect(csvField('plain')).toBe('plain');
    });
});

describe('describeRetention', () => {
    test('periods, statutory sources, events', async () => {
        const retention = async (line: string) => (await check(minimalAgreement('', line))).agreement!.processings[0]!.retention;
        expect(describeRetention(await retention('retention 7 years statutory "art. 52 AWR"'))).toBe('seven years (statutory: art. 52 AWR)');
        expect(describeRetention(await retention('retention until "einde procedure" + 4 weeks'), 'en')).toBe('until einde procedure + four weeks');
        expect(describeRetention(await retention('retention until "einde procedure" + 4 weeks'), 'nl')).toBe('tot einde procedure + vier weken');
        expect(describeRetention(await retention('retention 7 years statutory "art. 52 AWR"'), 'nl')).toBe('zeven jaar (wettelijk: art. 52 AWR)');
        expect(describeRetention(await retention('retention 1 hour'), 'nl')).toBe('één uur');
        expect(describeRetention(await retention('retention until "einde" + 2 working-days or statutory 3 months "x" if longer'), 'nl'))
            .toBe('tot einde + twee werkdagen, of de wettelijke termijn als die langer is (drie maanden, x)');
        expect(describeRetention(await retention('retention transient'), 'en')).toBe('not stored (only while processed)');
        expect(describeRetention(await retention('retention transient'), 'nl')).toBe('niet bewaard (alleen tijdens de verwerking)');
        expect(describeRetention(await retention(''))).toBeUndefined();
    });
});
