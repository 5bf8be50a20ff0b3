import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers.js';
import { docxPart as zipPart } from '../generator/docx-text.js';

// Review D-05 and D-04 on the batch itself: examples/itzz-template.dpa with examples/customers.csv,
// each customer's Word document with only its own choices (word/document.xml).

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A part of a zip (a .docx), inflated. */

/** The visible text of word/document.xml, one line per paragraph. */
function documentText(file: string): string {
    const xml = zipPart(readFileSync(file), 'word/document.xml');
    return xml.split('</w:p>').map(p => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')).join('\n')
        .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-choices-'));
    copyFileSync(join(EXAMPLES, 'itzz-template.dpa'), join(dir, 'itzz-template.dpa'));
    copyFileSync(join(EXAMPLES, 'customers.csv'), join(dir, 'customers.csv'));
    return dir;
}

describe('dpa batch with choices per customer (itzz template, customers.csv)', () => {
    const dir = workspace();
    const result = dpa(['batch', 'itzz-template.dpa', 'customers.csv', '--out', 'out', '--format', 'docx', '--draft'], dir);

    test('every customer is generated', () => {
        expect(result.stderr).toContain('5 generated, 0 failed');
        expect(result.code).toBe(0);
    });

    test('the bakery: no medical data, no BSN, no patients, no care norms (D-05)', () => {
        const text = documentText(join(dir, 'out', 'bakkerij-de-korst-b-v.docx'));
        expect(text).toContain('Adres- en telefoongegevens');
        expect(text).toContain('Klanten van de opdrachtgever');
        for (const absent of ['Medische gegevens', 'Burgerservicenummer', 'Patiënten', 'NEN 7510', 'Inloggegevens voor diensten van de opdrachtgever']) {
            expect(text).not.toContain(absent);
        }
    });

    test('the community centre ticks only addresses', () => {
        const text = documentText(join(dir, 'out', 'stichting-buurthuis-de-vlonder.docx'));
        expect(text).toContain('Adres- en telefoongegevens');
        expect(text).not.toContain('Financiële gegevens');
        expect(text).not.toContain('Inloggegevens');
    });

    test('the dental practice: patients, medical data, the BSN and NEN 7510/7512/7513 (D-04)', () => {
        const text = documentText(join(dir, 'out', 'tandartspraktijk-zuidwal.docx'));
        expect(text).toContain('Patiënten van de opdrachtgever');
        expect(text).not.toContain('Klanten van de opdrachtgever');
        expect(text).toContain('Medische gegevens');
        expect(text).toContain('Burgerservicenummer');
        expect(text).toContain('(NEN 7510, NEN 7512 en NEN 7513)');
        expect(text).toContain('Vastlegging van de toegang tot patiëntgegevens volgens NEN 7513');
    });

    test('every customer: the yearly security report and expert statement by 31 December (D-02, D-03, D-13)', () => {
        const text = documentText(join(dir, 'out', 'van-der-meer-zonen-installatietechniek-b-v.docx'));
        expect(text).toContain('ten minste eenmaal per jaar, telkens uiterlijk op 31 december, verslag uit van de beveiligingsmaatregelen');
        expect(text).toContain('een verklaring van een onafhankelijke externe deskundige');
        expect(text).not.toMatch(/audit kan ten hoogste eenmaal/);
        // D-13: seed 9.3 (the processor answers for its staff) and 3.9 ((attempted) incidents).
        expect(text).toContain('De Verwerker staat er tegenover de Verwerkingsverantwoordelijke voor in dat deze personen hun geheimhoudingsplicht nakomen.');
        expect(text).toContain('beveiligingsincident dat tot een Inbreuk heeft geleid of redelijkerwijs kan leiden');
    });

    test('the same rows give the same bytes (deterministic)', () => {
        const again = dpa(['batch', 'itzz-template.dpa', 'customers.csv', '--out', 'out2', '--format', 'docx', '--draft'], dir);
        expect(again.code).toBe(0);
        for (const name of ['tandartspraktijk-zuidwal.docx', 'bakkerij-de-korst-b-v.docx']) {
            expect(readFileSync(join(dir, 'out2', name)).equals(readFileSync(join(dir, 'out', name)))).toBe(true);
        }
    });

    test('a name that is not a choice, or a flag that is not yes/no, fails its row naming line and column', () => {
        const rows = readFileSync(join(EXAMPLES, 'customers.csv'), 'utf8').split('\n');
        rows[1] = rows[1]!.replace('"AddressPhone; Financial; ThirdPartyLogins",nee', '"AddressPhone; Medisch",nee');
        rows[2] = rows[2]!.replace(',ja', ',misschien');
        writeFileSync(join(dir, 'bad.csv'), rows.join('\n'));
        const bad = dpa(['batch', 'itzz-template.dpa', 'bad.csv', '--out', 'out3', '--draft'], dir);
        expect(bad.code).toBe(1);
        expect(bad.stderr).toContain("bad.csv:2: categories: 'Medisch' is not among the choices (names separated by ';'): AddressPhone; Financial; Medical; ThirdPartyLogins; CustomerServiceLogins");
        expect(bad.stderr).toContain("bad.csv:3: careProvider: not a flag: 'misschien'");
        expect(bad.stderr).toContain('3 generated, 2 failed');
    });

    test('medical data ticked by a customer that is no care provider: the row\'s own warnings are reported (D-04)', () => {
        const rows = readFileSync(join(EXAMPLES, 'customers.csv'), 'utf8').split('\n');
        rows[1] = rows[1]!.replace('"AddressPhone; Financial; ThirdPartyLogins",nee', '"AddressPhone; Medical",nee');
        writeFileSync(join(dir, 'medical.csv'), rows.slice(0, 2).join('\n'));
        const medical = dpa(['batch', 'itzz-template.dpa', 'medical.csv', '--out', 'out4', '--draft'], dir);
        expect(medical.stderr).toMatch(/medical\.csv:2: warning DPA-R27: .*\(itzz-template\.dpa:\d+:\d+\)/);
        expect(medical.stderr).toMatch(/medical\.csv:2: warning DPA-R26: /);
        // The examples' rows add no warning on special data of their own.
        expect(result.stderr).not.toMatch(/customers\.csv:2: warning/);
        expect(result.stderr).not.toMatch(/customers\.csv:\d+: warning DPA-R2[5-7]/);
    });
});
