import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

/** Runs the bundled `dpa` binary in the repository root. */
function dpa(...args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'dpa-cli-'));

describe('dpa --help', () => {
    test.each([[[]], [['--help']], [['validate', '--help']], [['generate', '--help']]])('%j', args => {
        const result = dpa(...args);
        expect(result.stdout).toMatch(/Usage: dpa/);
        expect(result.code).toBe(args.length === 0 ? 2 : 0);
    });

    test('an unknown command is a usage error', () => {
        const result = dpa('frobnicate');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("Unknown command 'frobnicate'");
    });
});

describe('dpa validate', () => {
    test('a clean agreement: exit 0, nothing reported', () => {
        const result = dpa('validate', 'examples/complete.dpa');
        expect(result.stdout).toBe('');
        expect(result.code).toBe(0);
    });

    test('the ICTeam seed: exit 1, file:line:col severity code message', () => {
        const result = dpa('validate', 'examples/icteam-imaging-people.dpa');
        expect(result.code).toBe(1);
        const lines = result.stdout.trim().split('\n');
        for (const line of lines) expect(line).toMatch(/^examples\/icteam-imaging-people\.dpa:\d+:\d+ (error|warning|info) \S+ .+/);
        expect(lines.some(l => / error DPA-R23 .*not a transfer mechanism/.test(l))).toBe(true);
    });

    test('a folder is searched for .dpa files; --format json', () => {
        const result = dpa('validate', 'examples', '--format', 'json');
        const diagnostics = JSON.parse(result.stdout) as { file: string; code: string; line: number }[];
        expect(new Set(diagnostics.map(d => d.file))).toContain('examples/icteam-imaging-people.dpa');
        expect(diagnostics.every(d => d.line >= 1)).toBe(true);
        expect(result.code).toBe(1);
    });

    test('messages in Dutch with --lang nl', () => {
        expect(dpa('validate', 'examples/icteam-imaging-people.dpa', '--lang', 'nl').stdout).toContain('geen doorgiftegrondslag');
    });

    test('--rule re-grades or silences a rule', () => {
        const relaxed = dpa('validate', 'examples/icteam-imaging-people.dpa', '--rule', 'DPA-R36=off');
        expect(relaxed.stdout).not.toContain('DPA-R36');
        expect(dpa('validate', 'examples/complete.dpa', '--rule', 'DPA-R36=loud').code).toBe(2);
    });

    test('broken input: a clear message with a location, no crash', () => {
        const dir = tmp();
        writeFileSync(join(dir, 'broken.dpa'), 'agreement Broken {\n  processing P "x" {\n    retention 3 fortnights\n');
        const result = dpa('validate', join(dir, 'broken.dpa'));
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/broken\.dpa:3:\d+ error /);
        expect(result.stderr).not.toMatch(/TypeError|at .*\.cjs/);
    });

    test('a missing file is a usage error', () => {
        const result = dpa('validate', 'nope.dpa');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('No such file or folder: nope.dpa');
    });
});

describe('dpa generate', () => {
    test('writes Markdown and HTML for a clean agreement', () => {
        const dir = tmp();
        for (const format of ['md', 'html']) {
            const result = dpa('generate', 'examples/complete.dpa', '--format', format, '--out', dir);
            expect(result.code).toBe(0);
            expect(readFileSync(join(dir, `complete.${format}`), 'utf8')).toContain('Verwerkersovereenkomst');
        }
    });

    test('refuses an agreement with errors and writes nothing', () => {
        const dir = tmp();
        const result = dpa('generate', 'examples/icteam-imaging-people.dpa', '--out', dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('DPA-R23');
        expect(result.stderr).toContain('--draft');
        expect(readdirSync(dir)).toEqual([]);
    });

    test('--draft generates it anyway, marked as a draft', () => {
        const dir = tmp();
        const result = dpa('generate', 'examples/icteam-imaging-people.dpa', '--out', dir, '--draft');
        expect(result.code).toBe(0);
        expect(readFileSync(join(dir, 'icteam-imaging-people.md'), 'utf8')).toContain('CONCEPT');
    });

    test('a template needs its fields: refused without them, filled with --set', () => {
        const dir = tmp();
        const file = join(dir, 'template.dpa');
        writeFileSync(file, `template ${minimalAgreement('parameter customer "Naam van de klant"').replace('name "Klant B.V."', 'name "{{customer}}"')}`);
        const refused = dpa('generate', file, '--out', dir);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('DPA-R01');
        const filled = dpa('generate', file, '--out', dir, '--set', 'customer=Bakkerij "De Korst" B.V.');
        expect(filled.code).toBe(0);
        expect(readFileSync(join(dir, 'template.md'), 'utf8')).toContain('Bakkerij "De Korst" B.V.');
        expect(existsSync(join(dir, 'template.md.tmp'))).toBe(false);
    });

    test('usage errors', () => {
        expect(dpa('generate').code).toBe(2);
        expect(dpa('generate', 'examples/complete.dpa', '--format', 'rtf').code).toBe(2);
        expect(dpa('generate', 'examples/complete.dpa', '--set', 'x=y').code).toBe(2);
    });
});
