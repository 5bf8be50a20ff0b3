import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { formatText, generationRefusal, toReported, validateOutcome } from '../../packages/cli/src/diagnostics.js';
import { VALIDATION_FAILED, VALIDATION_SKIPPED } from '../../packages/language/src/index.js';
import { check, minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const dpa = (cwd: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/*
 * The CLI's decisions, with real checked agreements plus synthetic diagnostics of those codes (a
 * check that throws cannot be provoked from .dpa text); and end to end through the bundled CLI on
 * documents past the validator's budgets.
 */

const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const failed: Diagnostic = { range: at, severity: 1, code: VALIDATION_FAILED, message: 'A check failed (clauses): boom' };
const skipped: Diagnostic = { range: at, severity: 3, code: VALIDATION_SKIPPED, message: 'Deep checks skipped: the document is too large' };

describe('validation never fails open, CLI side', () => {
    test('dpa validate: a file not fully checked is exit 1, and the summary says so', () => {
        const clean = validateOutcome(2, []);
        expect(clean).toEqual({ summary: '2 file(s) checked: 0 error(s), 0 warning(s), 0 other.', code: 0 });
        const incomplete = validateOutcome(2, [toReported('big.dpa', skipped)]);
        expect(incomplete.code).toBe(1);
        expect(incomplete.summary).toBe('2 file(s) checked, 1 of them NOT fully (big.dpa): incomplete, so not clean; in the parts checked: 0 error(s), 0 warning(s), 1 other.');
        expect(validateOutcome(1, [toReported('a.dpa', failed)]).code).toBe(1);
    });

    test('dpa generate and batch: a document not fully checked is refused, even as a draft', async () => {
        const result = await check(minimalAgreement());
        expect(result.diagnostics).toEqual([]);
        expect(generationRefusal(result, false, 'a.dpa')).toBeUndefined();
        for (const d of [failed, skipped]) {
            const incomplete = { ...result, diagnostics: [...result.diagnostics, d] };
            for (const draft of [false, true]) {
                expect(generationRefusal(incomplete, draft, 'a.dpa')).toBe('Not generated: a.dpa was not fully checked (see validation-failed/validation-skipped above); not even as a draft. Simplify or split the agreement.');
            }
        }
        const withErrors = await check(minimalAgreement().replace('    instructions\n', ''));
        expect(generationRefusal(withErrors, false, 'a.dpa')).toMatch(/^Not generated: \d+ error\(s\) in a\.dpa\. Fix them, or use --draft\.$/);
        expect(generationRefusal(withErrors, true, 'a.dpa')).toBeUndefined();
    });
});

describe('repeated hits, CLI side', () => {
    test('one diagnostic, counted once, its other places listed', async () => {
        const text = minimalAgreement().replace(/\n\}\s*$/, '\n    clause Wbp "Wet" { text "De Wbp geldt. De Wbp blijft gelden. De Wbp geldt ook hier." }\n}\n');
        const result = await check(text);
        const reported = result.diagnostics.filter(d => d.code === 'DPA-R02').map(d => toReported('a.dpa', d));
        expect(reported).toHaveLength(1);
        expect(reported[0]!.related).toHaveLength(2);
        expect(formatText(reported[0]!)).toMatch(/Found 3 times here.* \(also at \d+:\d+, \d+:\d+\)$/);
        expect(validateOutcome(1, reported).summary).toContain('1 error(s)');
    });
});

describe('the bundled CLI on documents past the budgets', () => {
    test('past the size budget: validate exits 1 and says so; generate refuses even a draft, and writes nothing', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-budget-'));
        // A clean agreement followed by 2.2 million characters of comments: legal checks are skipped.
        const padding = `// ${'x'.repeat(98)}\n`.repeat(22_000);
        writeFileSync(join(dir, 'big.dpa'), minimalAgreement() + padding);
        const validated = dpa(dir, 'validate', 'big.dpa');
        expect(validated.code).toBe(1);
        expect(validated.stdout + validated.stderr).toContain('validation-skipped');
        expect(validated.stdout + validated.stderr).toMatch(/NOT fully/);
        const generated = dpa(dir, 'generate', 'big.dpa', '--draft', '--out', 'out');
        expect(generated.code).toBe(1);
        expect(generated.stderr).toContain('was not fully checked');
        expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
    }, 60_000);

    test('a flood of findings is listed up to the cap and summarised, never "0 error(s)"', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-budget-'));
        // 160,000 different placeholders in one clause text: on the old main the report overflowed
        // the stack and validate printed "0 error(s)" with exit 0. (Identical ones are one
        // diagnostic with related locations.)
        const placeholders = Array.from({ length: 160_000 }, (_, i) => `[x${i}] `).join('');
        const flood = minimalAgreement().replace(/\n\}\s*$/, `\n    clause Flood "Vloed" { text "${placeholders}" }\n}\n`);
        expect(flood).toContain('clause Flood');
        writeFileSync(join(dir, 'flood.dpa'), flood);
        const validated = dpa(dir, 'validate', 'flood.dpa', '--format', 'json');
        expect(validated.code).toBe(1);
        const reported = JSON.parse(validated.stdout) as { code?: string; severity: string }[];
        const codes = reported.map(d => d.code);
        expect(codes.filter(c => c === 'DPA-R01').length).toBeLessThanOrEqual(100);
        expect(codes).toContain('too-many-findings');
        expect(reported.find(d => d.code === 'too-many-findings')?.severity).toBe('error');
    }, 120_000);
});
