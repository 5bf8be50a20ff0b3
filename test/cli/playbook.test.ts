import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers.js';

/**
 * `--playbook` and the current folder's dpa-playbook.json in the CLI: the firm's positions are
 * diagnostics like any other (exit 1 on an error-severity position), a named playbook that cannot
 * be used is exit 2 with its path and why before any work.
 */
const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const PLAYBOOK = join(EXAMPLES, 'playbooks/kantoor-de-linde.json');

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-cli-playbook-'));
    copyFileSync(join(EXAMPLES, 'complete.dpa'), join(dir, 'complete.dpa'));
    return dir;
}

describe('dpa validate with the firm\'s playbook', () => {
    test('--playbook: the firm\'s codes in the output, text and JSON', () => {
        const dir = folder();
        const text = dpa(['validate', 'complete.dpa', '--playbook', PLAYBOOK], dir);
        expect(text.code).toBe(0);
        expect(text.stdout).toMatch(/^complete\.dpa:\d+:\d+ warning LINDE-AANSPR We accept no liability cap below EUR 500,000/m);
        expect(text.stdout.match(/PB-subprocessor-countries/g)).toHaveLength(2);
        const json = JSON.parse(dpa(['validate', 'complete.dpa', '--playbook', PLAYBOOK, '--format', 'json', '--lang', 'nl'], dir).stdout) as { code: string; message: string }[];
        expect(json.find(d => d.code === 'PB-subprocessor-countries')?.message).toMatch(/^Playbook Kantoor De Linde: /);
    });

    test('an error-severity position the agreement departs from is exit 1', () => {
        const dir = folder();
        writeFileSync(join(dir, 'strict.json'), JSON.stringify({ name: 'Strict', positions: { breachNotification: { maxHours: 12, severity: 'error' } } }));
        const result = dpa(['validate', 'complete.dpa', '--playbook', 'strict.json'], dir);
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/error PB-breach-notification Strict: breach notification within 24 hours is later than the firm's position of 12 hours\./);
    });

    test('the current folder\'s dpa-playbook.json applies without --playbook; --playbook replaces it', () => {
        const dir = folder();
        copyFileSync(PLAYBOOK, join(dir, 'dpa-playbook.json'));
        expect(dpa(['validate', 'complete.dpa'], dir).stdout).toContain('LINDE-AANSPR');
        writeFileSync(join(dir, 'other.json'), JSON.stringify({ name: 'Other', positions: { auditFrequency: { maxMonths: 6 } } }));
        const other = dpa(['validate', 'complete.dpa', '--playbook', 'other.json'], dir);
        expect(other.stdout).not.toContain('LINDE-AANSPR');
        expect(other.stdout).toContain('PB-audit-frequency');
    });

    test('a named playbook that cannot be used: exit 2, its path and why, nothing validated', () => {
        const dir = folder();
        writeFileSync(join(dir, 'broken.json'), '{ "name": "X", "positions": { "auditFrequency": { "maxMonths": 0 } } }');
        const broken = dpa(['validate', 'complete.dpa', '--playbook', 'broken.json'], dir);
        expect(broken.code).toBe(2);
        expect(broken.stderr).toMatch(/^dpa validate: broken\.json: the playbook cannot be used: positions\.auditFrequency\.maxMonths: /);
        expect(broken.stdout).toBe('');
        const missing = dpa(['validate', 'complete.dpa', '--playbook', 'nowhere.yaml'], dir);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/nowhere\.yaml: the playbook cannot be used: .*no such file/);
    });

    test('a broken dpa-playbook.json found in the folder is a warning on each agreement, not a failure', () => {
        const dir = folder();
        writeFileSync(join(dir, 'dpa-playbook.json'), 'not json');
        const result = dpa(['validate', 'complete.dpa'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/warning playbook-unreadable The playbook could not be read, so its positions were not checked: .*dpa-playbook\.json: not JSON: /);
    });
});
