import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { uniqueNames } from '../../packages/cli/src/batch/naming.js';
import { minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TEMPLATE = `template ${minimalAgreement('    parameter customerName "Naam"\n')}`.replace('name "Klant B.V."', 'name "{{customerName}}"');

function workspace(rows: readonly string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-writes-'));
    writeFileSync(join(dir, 'template.dpa'), TEMPLATE);
    writeFileSync(join(dir, 'rows.csv'), `customerName\n${rows.map(r => `"${r.replace(/"/g, '""')}"`).join('\n')}\n`);
    return dir;
}

const temporaries = (folder: string) => readdirSync(folder).filter(name => name.includes('dpa-tmp') || name.endsWith('.tmp'));

/** The pid of a process that has ended. */
function deadPid(): number {
    return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('dpa batch writes safely', () => {
    test('an existing file is not overwritten without --force: nothing written, exit 2; --force overwrites', () => {
        const dir = workspace(['Alfa B.V.', 'Beta B.V.', 'Gamma B.V.']);
        mkdirSync(join(dir, 'out'));
        writeFileSync(join(dir, 'out', 'beta-b-v.md'), 'my own edits');
        const refused = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('Not generated: 1 of the 3 files already exist in out (beta-b-v.md); nothing was written. Use --force to overwrite them');
        expect(readdirSync(join(dir, 'out'))).toEqual(['beta-b-v.md']);
        expect(readFileSync(join(dir, 'out', 'beta-b-v.md'), 'utf8')).toBe('my own edits');

        const forced = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out', '--force'], dir);
        expect(forced.code).toBe(0);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['alfa-b-v.md', 'beta-b-v.md', 'gamma-b-v.md']);
        expect(readFileSync(join(dir, 'out', 'beta-b-v.md'), 'utf8')).toContain('Beta B.V.');
    });

    test('names Windows reserves, names empty after slugging and duplicates get a suffix', () => {
        const dir = workspace(['CON', 'con', 'Nul', 'PRN.txt', 'aux', 'COM1', 'lpt9', 'Com¹', '!!!', '日本', 'Alfa', 'alfa']);
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(result.code, result.stderr).toBe(0);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual([
            'alfa-2.md', 'alfa.md', 'aux-2.md', 'com1-2.md', 'com1-3.md', 'con-2.md', 'con-3.md', 'lpt9-2.md', 'nul-2.md', 'prn-txt.md', 'row-10.md', 'row-11.md'
        ]);
        expect(uniqueNames(['con', 'CON', 'x', 'X'])).toEqual(['con-2', 'CON-3', 'x', 'X-2']);
    });

    test('leftover temporary files of a process that is gone are removed by the next run; a running one\'s are kept', () => {
        const dir = workspace(['Alfa B.V.']);
        mkdirSync(join(dir, 'out'));
        const dead = `.alfa-b-v.md.dpa-tmp-${deadPid()}`;
        const live = `.other.md.dpa-tmp-${process.pid}`;
        writeFileSync(join(dir, 'out', dead), 'half a docu');
        writeFileSync(join(dir, 'out', live), 'being written');
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(result.code, result.stderr).toBe(0);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual([live, 'alfa-b-v.md']);
    });

    /** Runs a batch of `rows` rows and sends `signal` once `after` documents are done. */
    function interrupted(dir: string, signal: NodeJS.Signals, after: number, threads = '0'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
        return new Promise(resolve => {
            const child = spawn(process.execPath, [CLI, 'batch', 'template.dpa', 'rows.csv', '--out', 'out', '--progress', 'lines', '--format', 'docx'], {
                cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DPA_BATCH_THREADS: threads }
            });
            let sent = false;
            child.stderr.setEncoding('utf8');
            child.stderr.on('data', (chunk: string) => {
                const m = [...chunk.matchAll(/progress (\d+)\//g)].pop();
                if (!sent && m && Number(m[1]) >= after) {
                    sent = true;
                    child.kill(signal);
                }
            });
            child.on('close', (code, sig) => resolve({ code, signal: sig }));
        });
    }

    const ROWS = Array.from({ length: 40 }, (_, i) => `Klant ${i + 1} B.V.`);
    /** A Word file is a zip; a whole one ends with the end-of-central-directory record. */
    const whole = (bytes: Buffer) => bytes.subarray(0, 2).toString('latin1') === 'PK' && bytes.subarray(-22, -18).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));

    test('SIGTERM mid-run: exit 143, no temporary file, every written document whole', async () => {
        const dir = workspace(ROWS);
        const result = await interrupted(dir, 'SIGTERM', 3);
        expect(result.code).toBe(143);
        const files = readdirSync(join(dir, 'out'));
        expect(temporaries(join(dir, 'out'))).toEqual([]);
        expect(files.length).toBeGreaterThanOrEqual(3);
        expect(files.length).toBeLessThan(ROWS.length);
        for (const file of files) expect(whole(readFileSync(join(dir, 'out', file))), file).toBe(true);
    }, 120_000);

    test('SIGTERM mid-run with worker threads: exit 143, no temporary file, every written document whole', async () => {
        const dir = workspace(ROWS);
        const result = await interrupted(dir, 'SIGTERM', 3, '2');
        expect(result.code).toBe(143);
        const files = readdirSync(join(dir, 'out'));
        expect(temporaries(join(dir, 'out'))).toEqual([]);
        expect(files.length).toBeGreaterThanOrEqual(3);
        expect(files.length).toBeLessThan(ROWS.length);
        for (const file of files) expect(whole(readFileSync(join(dir, 'out', file))), file).toBe(true);
    }, 120_000);

    test('SIGKILL mid-run: whatever it left, the next run removes its temporary files', async () => {
        const dir = workspace(ROWS);
        const result = await interrupted(dir, 'SIGKILL', 3);
        expect(result.signal).toBe('SIGKILL');
        for (const file of readdirSync(join(dir, 'out')).filter(f => !f.startsWith('.'))) expect(whole(readFileSync(join(dir, 'out', file))), file).toBe(true);
        // Whether or not the kill fell inside a write, the next run leaves no temporary file.
        writeFileSync(join(dir, 'out', `.klant-1-b-v.docx.dpa-tmp-${deadPid()}`), 'PK half');
        const rerun = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out', '--format', 'docx', '--force'], dir);
        expect(rerun.code, rerun.stderr).toBe(0);
        expect(temporaries(join(dir, 'out'))).toEqual([]);
        expect(readdirSync(join(dir, 'out'))).toHaveLength(ROWS.length);
    }, 120_000);

    test('an output folder that is a file: a clear message, exit 2', () => {
        const dir = workspace(['Alfa B.V.']);
        writeFileSync(join(dir, 'out'), 'a file');
        const result = dpa(['batch', 'template.dpa', 'rows.csv', '--out', 'out'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('dpa batch: out: is a file, not a folder; choose a folder for the agreements with --out');
        expect(existsSync(join(dir, 'out'))).toBe(true);
    });
});
