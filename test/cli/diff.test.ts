import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { docxPart } from '../generator/docx-text.js';
import { EXAMPLES, readExample, ROOT } from '../helpers.js';

/**
 * `dpa diff` end to end: two real versions of an agreement (examples/complete.dpa and edited
 * copies), the report in each format, `--fail-on` for CI, the firm's playbook marking the changes
 * that depart from its positions, and the versions that cannot be compared.
 */
const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const PLAYBOOK = join(EXAMPLES, 'playbooks/kantoor-de-linde.json');
const COMPLETE = readExample('complete.dpa');

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with old.dpa (complete.dpa) and new.dpa (`edit` applied to it). */
function versions(edit: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-diff-'));
    writeFileSync(join(dir, 'old.dpa'), COMPLETE);
    const edited = edit(COMPLETE);
    expect(edited).not.toBe(COMPLETE);
    writeFileSync(join(dir, 'new.dpa'), edited);
    return dir;
}

const LATER_BREACH = (text: string) => text.replace('breach notification within 24 hours', 'breach notification within 72 hours');
const NEW_SUBPROCESSOR = (text: string) => text.replace('    subprocessor Ticketflow {', '    subprocessor Chatdienst {\n        name "Chat <script>alert(1)</script> & Co"\n        service "Chat"\n        country IN\n    }\n\n    subprocessor Ticketflow {');

describe('dpa diff', () => {
    test('text for the terminal: each change in legal terms, grouped by what it means, with its line', () => {
        const dir = versions(text => LATER_BREACH(text).replace('audit every 1 year', 'audit every 2 years'));
        const result = dpa(['diff', 'old.dpa', 'new.dpa'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe([
            'From old.dpa to new.dpa',
            '',
            'Looser for the processor:',
            `  Breach notification: deadline: 24 hours → 72 hours (looser for the processor, longer) (line ${lineOf(COMPLETE, 'breach notification within')})`,
            `  Audit: frequency: 1 year → 2 years (looser for the processor, longer) (line ${lineOf(COMPLETE, 'audit every')})`,
            ''
        ].join('\n'));
    });

    test('the same version twice, or a copy laid out differently: no change', () => {
        const dir = versions(text => text.replace(/\n {4}/g, '\n      '));
        expect(dpa(['diff', 'old.dpa', 'new.dpa'], dir).stdout).toBe('From old.dpa to new.dpa\nThe two versions say the same: no change.\n');
        expect(dpa(['diff', 'old.dpa', 'old.dpa', '--lang', 'nl'], dir).stdout).toBe('Van old.dpa naar old.dpa\nDe twee versies zeggen hetzelfde: geen wijziging.\n');
    });

    test('Markdown and HTML reports to a file: the user\'s text escaped; same input, same bytes', () => {
        const dir = versions(text => NEW_SUBPROCESSOR(text).replace('name "Ticketflow Inc."', 'name "Ticket<script>alert(1)</script>flow & *Co*"'));
        const html = dpa(['diff', 'old.dpa', 'new.dpa', '--format', 'html', '--out', 'report.html', '--lang', 'nl'], dir);
        expect(html.code).toBe(0);
        expect(html.stderr).toMatch(/Wrote report\.html \(\d+ change\(s\)\)/);
        const page = readFileSync(join(dir, 'report.html'), 'utf8');
        expect(page).toContain('<html lang="nl">');
        expect(page).toContain('Chatdienst');
        expect(page).not.toContain('<script>');
        expect(page).toContain('&lt;script&gt;');
        dpa(['diff', 'old.dpa', 'new.dpa', '--format', 'html', '--out', 'again.html', '--lang', 'nl'], dir);
        expect(readFileSync(join(dir, 'again.html'))).toEqual(readFileSync(join(dir, 'report.html')));
        const md = dpa(['diff', 'old.dpa', 'new.dpa', '--format', 'md'], dir);
        expect(md.stdout).toMatch(/^# Changes to the data processing agreement\n/);
        expect(md.stdout).toContain('Ticket\\<script\\>alert(1)\\</script\\>flow & \\*Co\\*');
    });

    test('JSON for programs: records with kind, effect, note and the lines in both versions', () => {
        const dir = versions(text => NEW_SUBPROCESSOR(LATER_BREACH(text)));
        const result = dpa(['diff', 'old.dpa', 'new.dpa', '--format', 'json'], dir);
        const report = JSON.parse(result.stdout) as { old: string; new: string; changes: { kind: string; effect: string; note?: string; subject: string; line: { old?: number; new?: number } }[] };
        expect(report.old).toBe('old.dpa');
        const breach = report.changes.find(c => c.subject.startsWith('Breach'))!;
        expect(breach).toMatchObject({ kind: 'changed', effect: 'looser-for-processor', note: 'longer', before: '24 hours', after: '72 hours' });
        expect(breach.line.old).toBe(lineOf(COMPLETE, 'breach notification within'));
        expect(breach.line.new).toBe(breach.line.old! + 6);
        expect(report.changes.find(c => c.kind === 'added')).toMatchObject({ effect: 'looser-for-processor', note: 'new-transfer' });
    });

    test('--fail-on: exit 1 for a change of the class, 0 otherwise; an unknown class is a usage error', () => {
        const dir = versions(LATER_BREACH);
        const failing = dpa(['diff', 'old.dpa', 'new.dpa', '--fail-on', 'looser-for-processor'], dir);
        expect(failing.code).toBe(1);
        expect(failing.stderr).toContain('1 change(s) of a --fail-on class (looser-for-processor).');
        expect(dpa(['diff', 'old.dpa', 'new.dpa', '--fail-on', 'stricter-for-processor,looser-for-controller'], dir).code).toBe(0);
        expect(dpa(['diff', 'old.dpa', 'old.dpa', '--fail-on', 'any'], dir).code).toBe(0);
        expect(dpa(['diff', 'old.dpa', 'new.dpa', '--fail-on', 'any'], dir).code).toBe(1);
        const unknown = dpa(['diff', 'old.dpa', 'new.dpa', '--fail-on', 'worse'], dir);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toMatch(/^--fail-on worse: unknown class; use looser-for-processor or .* or any\.\n\nUsage: dpa diff/);
    });

    test('--playbook marks the changes that depart from the firm\'s positions; --fail-on playbook fails on them', () => {
        const dir = versions(text => LATER_BREACH(text).replace(/\n {4}audit every[^\n]*/, ''));
        const result = dpa(['diff', 'old.dpa', 'new.dpa', '--playbook', PLAYBOOK, '--fail-on', 'playbook'], dir);
        expect(result.code).toBe(1);
        const lines = result.stdout.split('\n');
        const breach = lines.findIndex(line => line.startsWith('  Breach notification: deadline: 24 hours → 72 hours'));
        expect(lines[breach + 1]).toBe('    ! Departs from the firm\'s position: Playbook Kantoor De Linde: breach notification within 72 hours is later than the firm\'s position of 36 hours. [PB-breach-notification]');
        const audit = lines.findIndex(line => line.startsWith('  Audit') && line.includes('removed'));
        // A removed element has a line in the old version only, and the report says which.
        expect(lines[audit]).toBe(`  Audit removed (looser for the processor) (line ${lineOf(COMPLETE, 'audit every')} of old.dpa)`);
        expect(lines.slice(audit + 1, audit + 3).sort()).toEqual([
            '    ! Departs from the firm\'s position: Playbook Kantoor De Linde: the agreement has no audit clause; the firm\'s position is an audit at least every 12 months. [PB-audit-frequency]',
            '    ! Departs from the firm\'s position: Playbook Kantoor De Linde: the agreement lacks the clause the firm requires: audit. [PB-required-clauses]'
        ]);
        // Departures both versions have (the liability cap, the US sub-processors) are not the change's doing.
        expect(result.stdout).not.toContain('LINDE-AANSPR');
        expect(result.stdout).not.toContain('PB-subprocessor-countries');
        const json = JSON.parse(dpa(['diff', 'old.dpa', 'new.dpa', '--playbook', PLAYBOOK, '--format', 'json'], dir).stdout) as { changes: { playbook?: { code: string }[] }[]; playbook: { name: string; other: unknown[] } };
        expect(json.playbook).toEqual({ name: 'Playbook Kantoor De Linde', other: [] });
        expect(json.changes.flatMap(c => c.playbook ?? []).map(c => c.code).sort()).toEqual(['PB-audit-frequency', 'PB-breach-notification', 'PB-required-clauses']);
    });

    test('--redline writes the generated agreement\'s redline: HTML with the words marked, or Word with tracked changes', () => {
        const dir = versions(LATER_BREACH);
        const html = dpa(['diff', 'old.dpa', 'new.dpa', '--redline', 'redline.html'], dir);
        expect(html.code).toBe(0);
        expect(html.stderr).toContain('Wrote the redline redline.html.');
        const page = readFileSync(join(dir, 'redline.html'), 'utf8');
        expect(page).toContain('<html lang="nl">');
        expect(page).toMatch(/<del>24<\/del><ins>72<\/ins>/);
        const word = dpa(['diff', 'old.dpa', 'new.dpa', '--redline', 'redline.docx', '--lang', 'en'], dir);
        expect(word.code).toBe(0);
        const xml = docxPart(readFileSync(join(dir, 'redline.docx')), 'word/document.xml');
        expect(xml).toMatch(/<w:del [^>]*w:author="dpa"[^>]*>.*?<w:delText[^>]*>24<\/w:delText>/);
        expect(xml).toMatch(/<w:ins [^>]*w:author="dpa"[^>]*>.*?<w:t[^>]*>72<\/w:t>/);
        const wrong = dpa(['diff', 'old.dpa', 'new.dpa', '--redline', 'redline.pdf'], dir);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toMatch(/^--redline redline\.pdf: name an \.html or a \.docx file\./);
    });

    test('a version that cannot be compared: exit 2, its syntax errors and why; a missing file too', () => {
        const dir = versions(text => text.replace('breach notification within 24 hours', 'breach notification within hours'));
        const broken = dpa(['diff', 'old.dpa', 'new.dpa'], dir);
        expect(broken.code).toBe(2);
        expect(broken.stderr).toMatch(/^new\.dpa:\d+:\d+ error /m);
        expect(broken.stderr).toContain('new.dpa cannot be compared: fix its syntax errors first.');
        expect(broken.stdout).toBe('');
        const missing = dpa(['diff', 'old.dpa', 'gone.dpa'], dir);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/gone\.dpa/);
        const one = dpa(['diff', 'old.dpa'], dir);
        expect(one.code).toBe(2);
        expect(one.stderr).toMatch(/^Name two \.dpa files: the old version and the new one\./);
    });
});

test('the README\'s example report is what dpa diff prints for the example versions', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /node packages\/cli\/dist\/cli\.cjs diff examples\/complete\.dpa examples\/versions\/complete-1\.1\.dpa \\\n\s+--playbook examples\/playbooks\/kantoor-de-linde\.json\n```\n```\n([\s\S]*?) {2}…\n```/.exec(readme)?.[1];
    expect(shown, 'the example in the README').toBeDefined();
    const printed = dpa(['diff', 'examples/complete.dpa', 'examples/versions/complete-1.1.dpa', '--playbook', 'examples/playbooks/kantoor-de-linde.json'], ROOT).stdout;
    expect(printed.startsWith(shown!)).toBe(true);
});

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
    return text.split('\n').findIndex(line => line.includes(needle)) + 1;
}
