import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { slugify, uniqueNames } from '../../packages/cli/src/batch/naming.js';
import { batchSummary } from '../../packages/cli/src/batch/run.js';
import { DataFileError, jsonErrorOffset, parseCsv, parseCsvRows, parseJsonRows } from '../../packages/cli/src/data-rows.js';
import { createProgress, renderBar } from '../../packages/cli/src/progress.js';
import { minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

/** Runs the bundled `dpa` binary in `cwd` (default: the repository root); stderr is a pipe, not a TTY. */
function dpa(args: string[], cwd = ROOT) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'dpa-batch-'));

/** A clean template: name, KvK number, a date and a country are fields; the e-mail has a default. */
const TEMPLATE = `template ${minimalAgreement(`
    parameter customerName "Naam van de klant"
    parameter customerKvk "KvK-nummer van de klant"
    parameter startDate "Ingangsdatum"
    parameter hostingCountry "Land van de hosting"
    parameter privacyEmail "E-mailadres voor privacyvragen" default "privacy@klant.example"
`)}`
    .replace('name "Klant B.V."', 'name "{{customerName}}"')
    .replace('kvk "12345678"', 'kvk "{{customerKvk}}"')
    .replace('effective 2025-01-06', 'effective {{startDate}}')
    .replace('location NL', 'location {{hostingCountry}}')
    .replace('email "privacy@klant.example"', 'email "{{privacyEmail}}"');

/** A folder with template.dpa and the given data files. */
function workspace(files: Record<string, string>): string {
    const dir = tmp();
    writeFileSync(join(dir, 'template.dpa'), TEMPLATE);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
}

const HEADER = 'customerName,customerKvk,startDate,hostingCountry';

describe('dpa batch', () => {
    test('3 good rows and 2 bad ones: 3 files, the bad rows reported by line and field, exit 1', () => {
        const dir = workspace({
            'rows.csv': [
                HEADER,
                'Bakkerij De Korst B.V.,12345678,2025-01-06,NL',
                // A quoted name with a doubled quote, a comma and a line break: lines 3-4.
                '"Slagerij ""Van Dam"",\nUtrecht",23456789,2025-02-01,DE',
                'Kapsalon Knip,123,2025-03-01,NL',
                'Bakkerij De Korst B.V.,34567890,2025-03-03,BE',
                ',45678901,2025-04-01,XX',
                ''
            ].join('\n')
        });
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(result.code).toBe(1);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['bakkerij-de-korst-b-v-2.md', 'bakkerij-de-korst-b-v.md', 'slagerij-van-dam-utrecht.md']);
        const lines = result.stderr.trim().split('\n');
        expect(lines).toContain("rows.csv:5: customerKvk: a KvK number has 8 digits, got '123'");
        expect(lines).toContain('rows.csv:7: customerName: empty, but required (Naam van de klant)');
        expect(lines).toContain("rows.csv:7: hostingCountry: unknown country code 'XX' (ISO 3166-1 alpha-2, e.g. NL, DE, US)");
        expect(lines.at(-1)).toBe('3 generated, 2 failed (rows 5, 7)');
        expect(readFileSync(join(dir, 'out', 'slagerij-van-dam-utrecht.md'), 'utf8')).toContain('Slagerij "Van Dam", Utrecht');
        expect(readFileSync(join(dir, 'out', 'bakkerij-de-korst-b-v-2.md'), 'utf8')).toContain('België');
        expect(readFileSync(join(dir, 'out', 'bakkerij-de-korst-b-v.md'), 'utf8')).not.toContain('CONCEPT');
    });

    test('no temporary or partial files; no progress bar when stderr is not a terminal', () => {
        const dir = workspace({ 'rows.csv': `${HEADER}\nA B.V.,12345678,2025-01-06,NL\nB B.V.,1234,2025-01-06,NL\n` });
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(readdirSync(join(dir, 'out'))).toEqual(['a-b-v.md']);
        expect(result.stderr).not.toMatch(/\r|\[#|\[-/);
        expect(result.stderr.trim().split('\n')).toEqual(["rows.csv:3: customerKvk: a KvK number has 8 digits, got '1234'", '1 generated, 1 failed (row 3)']);
    });

    test('invalid dates and country-code mistakes; messages in Dutch with --lang nl', () => {
        const dir = workspace({ 'rows.csv': `${HEADER}\nA B.V.,12345678,2025-02-30,uk\nB B.V.,12345678,6-1-2025,nl\n` });
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(result.stderr).toContain("rows.csv:2: startDate: no such date: '2025-02-30'");
        expect(result.stderr).toContain("rows.csv:2: hostingCountry: 'uk' is not an ISO 3166-1 code; use GB");
        expect(result.stderr).toContain("rows.csv:3: startDate: not a date: '6-1-2025' (write YYYY-MM-DD, e.g. 2025-03-01)");
        expect(result.stderr).toContain("rows.csv:3: hostingCountry: country code 'nl' must be in capitals: NL");
        expect(result.code).toBe(1);
        const nl = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out', '--lang', 'nl'], dir);
        expect(nl.stderr).toContain("rows.csv:2: startDate: deze datum bestaat niet: '2025-02-30'");
    });

    test('examples/customers.csv with the itzz template: 5 drafts (the template has errors), exit 0', () => {
        const out = tmp();
        const refused = dpa(['batch', 'examples/itzz-template.dpa', 'examples/customers.csv', '--out', out]);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('--draft');
        expect(readdirSync(out)).toEqual([]);

        const result = dpa(['batch', 'examples/itzz-template.dpa', 'examples/customers.csv', '--out', out, '--draft']);
        expect(result.code).toBe(0);
        expect(result.stderr.trim().split('\n').at(-1)).toBe('5 generated, 0 failed');
        const files = readdirSync(out).sort();
        expect(files).toHaveLength(5);
        expect(files).toContain('bakkerij-de-korst-b-v.md');
        const text = readFileSync(join(out, 'bakkerij-de-korst-b-v.md'), 'utf8');
        expect(text).toContain('Bakkerij De Korst B.V.');
        expect(text).toContain('CONCEPT');
        expect(text).not.toMatch(/\{\{/);
    });

    test('JSON input: an array of objects, rows numbered from 1; --format html; --name-column', () => {
        const dir = workspace({
            'rows.json': JSON.stringify([
                { customerName: 'Alfa B.V.', customerKvk: 12345678, startDate: '2025-01-06', hostingCountry: 'NL', slug: 'klant alfa' },
                { customerName: 'Beta B.V.', customerKvk: '87654321', startDate: '2025-01-06', hostingCountry: ['NL'], slug: 'klant beta' },
                { customerName: 'Gamma B.V.', customerKvk: '11223344', startDate: '2025-01-06', hostingCountry: 'BE', slug: 'klant gamma' }
            ], null, 2)
        });
        const result = dpa(['batch', 'template.dpa', 'rows.json', '--out', 'out', '--format', 'html', '--name-column', 'slug'], dir);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['klant-alfa.html', 'klant-gamma.html']);
        expect(result.stderr).toContain('rows.json:2: hostingCountry: expected text, got an array');
        expect(result.stderr).toContain('1 failed (row 2)');
        expect(readFileSync(join(dir, 'out', 'klant-alfa.html'), 'utf8')).toContain('<html');
        expect(result.code).toBe(1);
    });

    test('semicolon-separated CSV with a byte order mark (Excel, Dutch settings)', () => {
        const dir = workspace({ 'rows.csv': `\uFEFFcustomerName;customerKvk;startDate;hostingCountry\r\n"Delta; Zonen B.V.";12345678;2025-01-06;NL\r\n` });
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(result.code).toBe(0);
        expect(readdirSync(join(dir, 'out'))).toEqual(['delta-zonen-b-v.md']);
    });

    test('malformed CSV: exit 2 with the line, nothing written', () => {
        const dir = workspace({ 'rows.csv': `${HEADER}\nA B.V.,12345678,2025-01-06,NL\n"B B.V.,12345678,2025-01-06,NL\nC B.V.,12345678,2025-01-06,NL\n` });
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('rows.csv:3: unterminated quoted field');
        expect(readdirSync(dir)).not.toContain('out');

        const ragged = workspace({ 'rows.csv': `${HEADER}\nA B.V.,12345678,2025-01-06\n` });
        expect(dpa(['batch', 'template.dpa', 'rows.csv'], ragged).stderr).toContain('rows.csv:2: 3 field(s), but the header has 4');
        const json = workspace({ 'rows.json': '[\n  {"customerName": "A"},\n  {"customerName": }\n]' });
        const badJson = dpa(['batch', 'template.dpa', 'rows.json'], json);
        expect(badJson.code).toBe(2);
        expect(badJson.stderr).toMatch(/^rows\.json:3: not valid JSON/);
    });

    test('usage errors: exit 2', () => {
        const dir = workspace({ 'rows.csv': `${HEADER}\n`, 'partial.csv': 'customerName\nA B.V.\n' });
        expect(dpa(['batch', 'template.dpa'], dir).code).toBe(2);
        const missing = dpa(['batch', 'template.dpa', 'nope.csv'], dir);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('No such data file: nope.csv');
        expect(dpa(['batch', 'nope.dpa', 'rows.csv'], dir).code).toBe(2);
        expect(dpa(['batch', 'template.dpa', 'rows.csv', '--format', 'pdf'], dir).code).toBe(2);
        expect(dpa(['batch', 'template.dpa', 'rows.csv'], dir).stderr).toContain('no rows');
        const columns = dpa(['batch', 'template.dpa', 'partial.csv'], dir);
        expect(columns.code).toBe(2);
        expect(columns.stderr).toContain('partial.csv:1: missing column(s) for required field(s): customerKvk, startDate, hostingCountry');
        expect(dpa(['batch', 'examples/complete.dpa', 'examples/customers.csv']).stderr).toContain('is not a template');
        expect(dpa(['batch', '--help']).stdout).toMatch(/Usage: dpa batch/);
    });
});

describe('CSV and JSON reading', () => {
    test('RFC 4180: quotes, separators, line breaks and doubled quotes inside fields; record lines', () => {
        const records = parseCsv('a,b\r\n"x, ""y""","1\n2"\n\nplain,\n');
        expect(records).toEqual([
            { line: 1, fields: ['a', 'b'] },
            { line: 2, fields: ['x, "y"', '1\n2'] },
            { line: 5, fields: ['plain', ''] }
        ]);
        expect(parseCsvRows('\uFEFFa;b\n1;2').rows).toEqual([{ number: 2, values: { a: '1', b: '2' } }]);
        expect(parseCsvRows('a,b;c\n1,2;3').columns).toEqual(['a', 'b;c']);
    });

    test('malformed CSV names the line', () => {
        const error = (text: string) => {
            try {
                parseCsvRows(text);
            } catch (e) {
                return e instanceof DataFileError ? e.message : 'other';
            }
            return 'none';
        };
        expect(error('a\n"open\n\n')).toMatch(/^line 2: unterminated quoted field/);
        expect(error('a,b\nx"y,1')).toMatch(/^line 2: a quote inside an unquoted field/);
        expect(error('a,b\n"x"y,1')).toMatch(/^line 2: text after the closing quote/);
        expect(error('a,a\n1,2')).toMatch(/^line 1: column 'a' appears twice/);
        expect(error('')).toMatch(/empty/);
    });

    test('JSON rows', () => {
        expect(parseJsonRows('[{"a": "1"}, {"b": 2}]')).toEqual({ kind: 'json', columns: ['a', 'b'], rows: [{ number: 1, values: { a: '1' } }, { number: 2, values: { b: 2 } }] });
        expect(() => parseJsonRows('{"a": 1}')).toThrow(/array of objects/);
        expect(() => parseJsonRows('[1]')).toThrow(/element 1/);
        expect(() => parseJsonRows('[\n {"a": }\n]')).toThrow(/^line 2: not valid JSON \(Unexpected token/);
        expect(() => parseJsonRows('[\n {"a": "x\\"y"},\n {"a": 1\n]')).toThrow(/^line 4: not valid JSON/);
        expect(() => parseJsonRows('[{"a": 1}]\n\nx')).toThrow(/^line 3: /);
        expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    });
});

describe('file names, summary, progress', () => {
    test('slugs: lowercase ASCII with dashes; duplicates numbered', () => {
        expect(slugify('Bakkerij "De Korst" B.V.')).toBe('bakkerij-de-korst-b-v');
        expect(slugify('Café Ærø & Straße')).toBe('cafe-aero-strasse');
        expect(slugify('???')).toBe('');
        expect(uniqueNames(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-2', 'a-3', 'a-2-2']);
    });

    test('summary', () => {
        expect(batchSummary({ written: ['x', 'y', 'z'], failed: [4, 6] })).toBe('3 generated, 2 failed (rows 4, 6)');
        expect(batchSummary({ written: ['x'], failed: [] })).toBe('1 generated, 0 failed');
        expect(batchSummary({ written: [], failed: Array.from({ length: 25 }, (_, i) => i + 2) })).toMatch(/\(rows 2, 3, .*, 21, … 5 more\)$/);
    });

    test('the bar is drawn in place on a terminal, throttled, and removed at the end', () => {
        expect(renderBar(42, 100, 10)).toBe('[####------] 42/100');
        expect(renderBar(100, 100, 10)).toBe('[##########] 100/100');
        let clock = 0;
        const written: string[] = [];
        const progress = createProgress(3, { isTTY: true, write: text => written.push(text) }, { width: 10, intervalMs: 100, now: () => clock });
        progress.tick(); // within 100 ms of the first draw: not redrawn
        clock = 150;
        progress.tick();
        progress.interrupt(() => written.push('message\n'));
        progress.tick(); // the last item always redraws
        progress.done();
        expect(written).toEqual([
            '\r\x1b[K[----------] 0/3',
            '\r\x1b[K[######----] 2/3',
            '\r\x1b[K', 'message\n', '\r\x1b[K[######----] 2/3',
            '\r\x1b[K[##########] 3/3',
            '\r\x1b[K'
        ]);
        const silent: string[] = [];
        const off = createProgress(3, { isTTY: false, write: text => silent.push(text) });
        off.tick();
        off.interrupt(() => silent.push('message'));
        off.done();
        expect(silent).toEqual(['message']);
    });
});
