import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../packages/cli/src/data-rows.js';
import { REGISTER_COLUMNS, type RegisterRecord } from '../../packages/generator/src/register.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

function dpa(...args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CSV output as objects keyed by column, after checking the header. */
function rows(csv: string): Record<string, string>[] {
    const [header, ...records] = parseCsv(csv, ',');
    expect(header!.fields).toEqual([...REGISTER_COLUMNS]);
    return records.map(r => Object.fromEntries(REGISTER_COLUMNS.map((c, i) => [c, r.fields[i]!])));
}

describe('dpa register', () => {
    test('the ICTeam agreement as CSV: one row per processing activity, Apple (US) wherever it may be used', () => {
        const result = dpa('register', 'examples/icteam-imaging-people.dpa', '--format', 'csv');
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/\r\n$/);
        const register = rows(result.stdout);
        expect(register).toHaveLength(11);
        expect(register.map(r => r.activity)).toContain('Remote backup');
        for (const row of register) {
            expect(row.processor).toBe('ICTeam Zuid B.V.');
            expect(row.controller).toBe('Imaging People');
            expect(row.agreementVersion).toBe('2018/1');
            expect(row.source).toBe('examples/icteam-imaging-people.dpa');
            // Apple is named by no activity: engaged for the whole agreement, so listed for each.
            // Art. 4.2 of the seed waives even the controller's consent for Apple: no mechanism at all.
            expect(row.transfers).toBe('United States (US), Apple: no transfer mechanism stated');
            expect(row.securityMeasures).toContain('Versleuteling met 256-bit AES (encryption)');
        }
        expect(register.find(r => r.activity === 'Remote backup')!.retention).toBe('one month');
        expect(register.find(r => r.activity === 'Remote backup')!.locations).toBe('Netherlands (NL)');
        // The register records what is agreed, with a warning about the errors.
        expect(result.stderr).toMatch(/icteam-imaging-people\.dpa: warning: \d+ error\(s\) in the agreement; included as written/);
    });

    test('a folder: templates are skipped with a note; rows ordered by controller', () => {
        const result = dpa('register', 'examples/');
        expect(result.code).toBe(0);
        expect(result.stderr).toContain('examples/itzz-template.dpa: note: template agreement, skipped');
        const register = rows(result.stdout);
        const sources = new Set(register.map(r => r.source));
        expect(sources).not.toContain('examples/itzz-template.dpa');
        expect(sources).toContain('examples/complete.dpa');
        expect(sources).toContain('examples/icteam-imaging-people.dpa');
        const controllers = register.map(r => r.controller);
        expect(controllers).toEqual([...controllers].sort());
        expect(dpa('register', 'examples/').stdout).toBe(result.stdout);
    });

    test('JSON: an array of records; --out writes the file', () => {
        const result = dpa('register', 'examples/icteam-imaging-people.dpa', '--format', 'json');
        const records = JSON.parse(result.stdout) as RegisterRecord[];
        expect(records).toHaveLength(11);
        expect(records[0]!.activity.title).toBe('Interim systeembeheer');
        expect(records[0]!.transfers).toEqual([expect.objectContaining({ country: 'US', recipient: 'Apple', recipientRole: 'subprocessor', mechanismLabel: 'no transfer mechanism stated', valid: false })]);
        expect(records[0]!.processor).toMatchObject({ name: 'ICTeam Zuid B.V.', kvk: '17081230' });

        const dir = mkdtempSync(join(tmpdir(), 'dpa-register-'));
        const written = dpa('register', 'examples/icteam-imaging-people.dpa', '--format', 'json', '--out', join(dir, 'register.json'));
        expect(written.stdout).toBe('');
        expect(written.stderr).toContain('11 processing activities from 1 agreement(s)');
        expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(result.stdout);
        expect(readdirSync(dir)).toEqual(['register.json']);
    });

    test('Dutch labels with --lang nl', () => {
        const register = rows(dpa('register', 'examples/icteam-imaging-people.dpa', '--lang', 'nl').stdout);
        expect(register[0]!.transfers).toBe('Verenigde Staten (US), Apple: geen doorgiftegrondslag vermeld');
    });

    test('a file with syntax errors is skipped (exit 1); usage errors exit 2', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-register-'));
        writeFileSync(join(dir, 'broken.dpa'), 'agreement Broken {\n  processing P "x" {\n');
        const broken = dpa('register', join(dir, 'broken.dpa'), 'examples/complete.dpa');
        expect(broken.code).toBe(1);
        expect(broken.stderr).toMatch(/broken\.dpa: skipped: syntax errors/);
        expect(rows(broken.stdout).length).toBeGreaterThan(0);
        expect(dpa('register').code).toBe(2);
        expect(dpa('register', 'examples', '--format', 'xlsx').code).toBe(2);
        expect(dpa('register', 'nope').code).toBe(2);
        expect(dpa('register', '--help').stdout).toMatch(/Usage: dpa register/);
    });
});
