import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeUtf8, decodeWindows1252, firstInvalidUtf8 } from '../../packages/cli/src/sources.js';
import { minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'dpa-files-'));
const latin1 = (text: string) => Buffer.from(text, 'latin1');

const TEMPLATE = `template ${minimalAgreement('    parameter customerName "Naam"\n')}`.replace('name "Klant B.V."', 'name "{{customerName}}"');
/** Raw system errors that must never reach the user without the file's name and advice. */
const RAW_ERROR = /^(Error: )?E[A-Z]+:|EISDIR|ENOENT|EACCES|ELOOP|illegal operation/m;

describe('encodings: never a silent U+FFFD', () => {
    /** The minimal agreement with a Latin-1 é on line 2 (the title). */
    const LATIN1_AGREEMENT = latin1(minimalAgreement().replace('title "Verwerkersovereenkomst"', 'title "Overeenkomst café"'));
    const LINE = minimalAgreement().split('\n').findIndex(l => l.includes('title "Verwerkersovereenkomst"')) + 1;
    const COLUMN = minimalAgreement().split('\n')[LINE - 1]!.indexOf('"') + 1 + 'Overeenkomst caf'.length + 1;

    test('a .dpa that is not UTF-8: an error at the first bad byte, for validate, generate, batch and register', () => {
        const dir = tmp();
        writeFileSync(join(dir, 'latin1.dpa'), LATIN1_AGREEMENT);
        writeFileSync(join(dir, 'template.dpa'), latin1(TEMPLATE.replace('title "Verwerkersovereenkomst"', 'title "Overeenkomst café"')));
        writeFileSync(join(dir, 'rows.csv'), 'customerName\nAlfa B.V.\n');
        const at = `latin1.dpa:${LINE}:${COLUMN} error invalid-encoding not valid UTF-8 (byte 0xE9); save the file as UTF-8`;

        const validate = dpa(['validate', 'latin1.dpa'], dir);
        expect(validate.code).toBe(1);
        expect(validate.stdout.trim()).toBe(at);
        expect(validate.stderr).toContain('1 file(s) checked: 1 error(s)');

        const generate = dpa(['generate', 'latin1.dpa', '--out', 'out'], dir);
        expect(generate.code).toBe(1);
        expect(generate.stderr).toContain(at);
        expect(existsSync(join(dir, 'out'))).toBe(false);

        const batch = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(batch.code).toBe(1);
        expect(batch.stderr).toContain(`template.dpa:${LINE}:${COLUMN} error invalid-encoding`);
        expect(existsSync(join(dir, 'out'))).toBe(false);

        const register = dpa(['register', 'latin1.dpa'], dir);
        expect(register.code).toBe(1);
        expect(register.stderr).toContain(at);
        expect(register.stderr).toContain('latin1.dpa: skipped: not a readable .dpa text file');
        expect(register.stdout).not.toContain('\uFFFD');
    });

    test('a CSV saved by Excel in Windows-1252 is read as such, with a note; one with a UTF-8 BOM as UTF-8', () => {
        const dir = tmp();
        writeFileSync(join(dir, 'template.dpa'), TEMPLATE);
        writeFileSync(join(dir, 'cp1252.csv'), Buffer.concat([latin1('customerName\r\nCaf'), Buffer.from([0xe9]), latin1(' De Ster '), Buffer.from([0x80]), latin1(' B.V.\r\n')]));
        const result = dpa(['batch', 'template.dpa', 'cp1252.csv', '--out', 'out'], dir);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).toContain('cp1252.csv: note: not valid UTF-8; read as Windows-1252 (as Excel saves CSV).');
        const text = readFileSync(join(dir, 'out', 'cafe-de-ster-b-v.md'), 'utf8');
        expect(text).toContain('Café De Ster € B.V.');
        expect(text).not.toContain('\uFFFD');

        writeFileSync(join(dir, 'bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('customerName\nZoë Ørsted B.V.\n', 'utf8')]));
        const bom = dpa(['batch', 'template.dpa', 'bom.csv', '--out', 'bom'], dir);
        expect(bom.code, bom.stderr).toBe(0);
        expect(bom.stderr).not.toContain('Windows-1252');
        expect(readFileSync(join(dir, 'bom', 'zoe-orsted-b-v.md'), 'utf8')).toContain('Zoë Ørsted B.V.');
    });

    test('a JSON data file that is not UTF-8: exit 2 with its line', () => {
        const dir = tmp();
        writeFileSync(join(dir, 'template.dpa'), TEMPLATE);
        writeFileSync(join(dir, 'rows.json'), latin1('[\n  {"customerName": "Café"}\n]\n'));
        const result = dpa(['batch', 'template.dpa', 'rows.json', '--out', 'out'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('rows.json:2: column 24: not valid UTF-8 (byte 0xE9); save the file as UTF-8');
    });

    test('firstInvalidUtf8 and decodeUtf8 find the first bad byte', () => {
        expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(3);
        expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0xa9, 0xe9, 0x62]))).toBe(3);
        expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
        expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // an overlong NUL
        expect(firstInvalidUtf8(Buffer.from([0x61, 0xf0, 0x9f, 0x99]))).toBe(1); // cut short
        expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0xa9, 0xff]))).toEqual({ line: 2, column: 3, byte: 0xff });
        expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
    });
});

describe('bad input: a clear message naming the file, never a raw system error', () => {
    test('a folder where a file is expected, a missing file, a binary file, a file too large', () => {
        const dir = tmp();
        mkdirSync(join(dir, 'folder.dpa'));
        writeFileSync(join(dir, 'template.dpa'), TEMPLATE);
        writeFileSync(join(dir, 'rows.csv'), 'customerName\nA\n');
        writeFileSync(join(dir, 'binary.dpa'), Buffer.from([0x61, 0x67, 0x72, 0x00, 0x01, 0x02]));
        writeFileSync(join(dir, 'big.dpa'), '');
        truncateSync(join(dir, 'big.dpa'), 11 * 1024 * 1024);

        const folder = dpa(['generate', 'folder.dpa'], dir);
        expect(folder.code).toBe(2);
        expect(folder.stderr.trim()).toBe('dpa generate: folder.dpa: is a folder; name the .dpa file in it');
        const folderData = dpa(['batch', 'template.dpa', 'folder.dpa'], dir);
        expect(folderData.code).toBe(2);
        expect(folderData.stderr.trim()).toBe('dpa batch: folder.dpa: is a folder; name the data file in it');
        const folderTemplate = dpa(['batch', 'folder.dpa', 'rows.csv'], dir);
        expect(folderTemplate.stderr.trim()).toBe('dpa batch: folder.dpa: is a folder; name the template file in it');

        const missing = dpa(['generate', 'nope.dpa'], dir);
        expect(missing.code).toBe(2);
        expect(missing.stderr.trim()).toBe('dpa generate: nope.dpa: no such file or folder; check the path');

        const binary = dpa(['validate', 'binary.dpa'], dir);
        expect(binary.code).toBe(1);
        expect(binary.stdout.trim()).toBe('binary.dpa:1:4 error binary-file contains a NUL byte: this is not a text file; name a .dpa text file');

        const big = dpa(['validate', 'big.dpa'], dir);
        expect(big.code).toBe(2);
        expect(big.stderr.trim()).toBe('dpa validate: big.dpa: is 11 MB; a .dpa file may be at most 10 MB');

        for (const result of [folder, folderData, folderTemplate, missing, binary, big]) expect(result.output).not.toMatch(RAW_ERROR);
    });

    test('an unreadable file and an output folder that cannot be written (as root: run as nobody)', () => {
        const dir = tmp();
        chmodSync(dir, 0o777);
        // Root reads and writes anything: the CLI then runs as the unprivileged user nobody.
        const asRoot = process.getuid?.() === 0;
        // A copy of the CLI (its starter, the loader and the shared bundle, as laid out in the clone)
        // in the test folder is readable by nobody wherever the clone is. Nobody has no home folder:
        // the loader finds no place for its code cache and loads the bundle without one.
        const cli = join(dir, 'app', 'packages/cli/dist/cli.cjs');
        for (const [from, to] of [[CLI, cli], ...['dist/dpa.cjs', 'dist/load.cjs'].map(file => [join(ROOT, file), join(dir, 'app', file)] as const)] as const) {
            mkdirSync(join(to, '..'), { recursive: true, mode: 0o755 });
            copyFileSync(from, to);
            chmodSync(to, 0o644);
        }
        const dpa = (args: string[], cwd: string) => {
            const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
            const result = spawnSync(command[0]!, [...command.slice(1), cli, ...args], { cwd, encoding: 'utf8' });
            return { code: result.status, stdout: result.stdout, stderr: result.stderr };
        };
        writeFileSync(join(dir, 'secret.dpa'), minimalAgreement());
        chmodSync(join(dir, 'secret.dpa'), 0o000);
        const unreadable = dpa(['validate', 'secret.dpa'], dir);
        expect(unreadable.code).toBe(2);
        expect(unreadable.stderr.trim()).toBe('dpa validate: secret.dpa: permission denied; check the permissions of the file or folder');
        writeFileSync(join(dir, 'ok.dpa'), minimalAgreement());
        mkdirSync(join(dir, 'locked'), { mode: 0o500 });
        const locked = dpa(['generate', 'ok.dpa', '--out', 'locked'], dir);
        expect(locked.code).toBe(2);
        expect(locked.stderr).toContain('dpa generate: locked: permission denied');
    });

    test('an output path that is a file: generate says so', () => {
        const dir = tmp();
        writeFileSync(join(dir, 'ok.dpa'), minimalAgreement());
        writeFileSync(join(dir, 'out'), 'a file');
        const result = dpa(['generate', 'ok.dpa', '--out', 'out'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr.trim()).toBe('dpa generate: out: is a file, not a folder; choose another output folder');
    });

    test('a folder with a symbolic link loop, a link to itself and a broken link is walked once', () => {
        const dir = tmp();
        mkdirSync(join(dir, 'agreements', 'sub'), { recursive: true });
        writeFileSync(join(dir, 'agreements', 'a.dpa'), minimalAgreement());
        writeFileSync(join(dir, 'agreements', 'sub', 'b.dpa'), minimalAgreement().replace('    instructions\n', ''));
        symlinkSync('..', join(dir, 'agreements', 'sub', 'up'));
        symlinkSync('self.dpa', join(dir, 'agreements', 'self.dpa'));
        symlinkSync('nowhere.dpa', join(dir, 'agreements', 'broken.dpa'));
        const result = dpa(['validate', 'agreements'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^2 file\(s\) checked: [1-9]\d* error\(s\)/);
        const lines = result.stdout.trim().split('\n');
        expect(lines.some(line => /^agreements\/sub\/b\.dpa:\d+:\d+ error DPA-R03 /.test(line))).toBe(true);
        for (const line of lines) expect(line).toMatch(/^agreements\/sub\/b\.dpa:/);
        expect(readdirSync(join(dir, 'agreements'))).toHaveLength(4);
    }, 30_000);

    test('unknown rules, unknown levels and conflicting flags are usage errors', () => {
        const dir = tmp();
        writeFileSync(join(dir, 'ok.dpa'), minimalAgreement());
        const unknownRule = dpa(['validate', 'ok.dpa', '--rule', 'DPA-R99=off'], dir);
        expect(unknownRule.code).toBe(2);
        expect(unknownRule.stderr).toMatch(/^--rule DPA-R99=off: unknown rule 'DPA-R99' \(the rules are DPA-R01 … DPA-R65; see docs\/rules\.md\)\./);
        const unknownLevel = dpa(['validate', 'ok.dpa', '--rule', 'DPA-R01=loud'], dir);
        expect(unknownLevel.code).toBe(2);
        expect(unknownLevel.stderr).toMatch(/^--rule DPA-R01=loud: unknown level 'loud'; use off, info, warning or error\./);
        const twice = dpa(['validate', 'ok.dpa', '--rule', 'DPA-R01=off', '--rule', 'DPA-R01=error'], dir);
        expect(twice.code).toBe(2);
        expect(twice.stderr).toMatch(/^--rule DPA-R01 is given twice, as off and as error; give it once\./);
        const setOnAgreement = dpa(['generate', 'ok.dpa', '--set', 'x=1'], dir);
        expect(setOnAgreement.code).toBe(2);
        expect(setOnAgreement.stderr).toMatch(/^--set applies only to a template agreement\./);
    });
});

describe('decodeWindows1252', () => {
    test('0x80-0x9F are the Windows-1252 characters, the rest Latin-1', () => {
        expect(decodeWindows1252(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x93, 0x94, 0x96, 0x81, 0xff]))).toBe('Café €“”–\u0081ÿ');
    });
});
