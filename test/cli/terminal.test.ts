import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { terminalSafe, terminalSafeJson } from '../../packages/cli/src/output.js';
import { minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout, stderr: result.stderr };
}

/** What a terminal would interpret: C0 controls but the line feed, DEL, C1 controls, bidi controls. */
// eslint-disable-next-line no-control-regex -- the characters under test
const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const TITLE = '\u001b]0;PWNED\u0007';
const CLEAR = '\u001b[2J';

describe('terminal escapes in user text reach the terminal escaped', () => {
    test('dpa validate: control characters in the .dpa text and in the file name', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-term-'));
        writeFileSync(join(dir, 'hostile.dpa'), `agreement X {\n  title "a"\n  ${TITLE} ${CLEAR} \u202e \u0085 }\n`);
        writeFileSync(join(dir, `name${CLEAR}.dpa`), minimalAgreement().replace('    instructions\n', ''));
        const result = dpa(['validate', '.'], dir);
        expect(result.code).toBe(1);
        expect(result.output).not.toMatch(RAW);
        expect(result.stdout).toContain('unexpected character: ->\\x1b<-');
        expect(result.stdout).toContain('->\\x07<-');
        expect(result.stdout).toContain('->\\u202e<-');
        expect(result.stdout).toContain('->\\x85<-');
        expect(result.stdout).toContain('name\\x1b[2J.dpa');
        // Line feeds between messages stay.
        expect(result.stdout.split('\n').length).toBeGreaterThan(3);
    });

    test('dpa validate --format json: the same data, with the dangerous characters as \\u escapes', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-term-'));
        writeFileSync(join(dir, 'hostile.dpa'), `agreement X {\n  title "a"\n  \u202e\u009b }\n`);
        const result = dpa(['validate', 'hostile.dpa', '--format', 'json'], dir);
        expect(result.output).not.toMatch(RAW);
        const diagnostics = JSON.parse(result.stdout) as { message: string }[];
        expect(diagnostics.map(d => d.message).join('\n')).toContain('->\u202e<-');
    });

    test('dpa batch: a hostile CSV header and cell values', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-term-'));
        const template = `template ${minimalAgreement('    parameter customerName "Naam"\n')}`.replace('name "Klant B.V."', 'name "{{customerName}}"');
        writeFileSync(join(dir, 'template.dpa'), template);
        writeFileSync(join(dir, 'rows.csv'), `customerName,note${TITLE}\u202e\nA B.V.,x\n"B ${CLEAR}",y\n`);
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out', '--progress', 'lines'], dir);
        expect(result.code).toBe(1);
        expect(result.output).not.toMatch(RAW);
        expect(result.stderr).toContain("rows.csv:1: note: 'note\\x1b]0;PWNED\\x07\\u202e' is not a parameter of the template; ignored");
        expect(result.stderr).toContain('rows.csv:3: customerName: contains a control character (U+001B); remove it');
    });

    test('usage errors echo the argument escaped', () => {
        const result = dpa(['generate', 'x.dpa', '--set', `${TITLE}`], ROOT);
        expect(result.code).toBe(2);
        expect(result.output).not.toMatch(RAW);
        expect(result.stderr).toContain("--set expects name=value, got '\\x1b]0;PWNED\\x07'.");
    });

    test('terminalSafe and terminalSafeJson', () => {
        expect(terminalSafe(`a${CLEAR}b\tc\r\nd\u007f\u009b\u202e\u2066`)).toBe('a\\x1b[2Jb\\tc\\r\nd\\x7f\\x9b\\u202e\\u2066');
        expect(terminalSafe('Zoë – 東京 🙂\n')).toBe('Zoë – 東京 🙂\n');
        const json = terminalSafeJson(JSON.stringify({ m: `x\u202e\u0085${CLEAR}` }));
        expect(json).not.toMatch(RAW);
        expect(JSON.parse(json)).toEqual({ m: `x\u202e\u0085${CLEAR}` });
    });
});
