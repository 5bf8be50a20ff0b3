import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generationRefusal, toReported, validateOutcome } from '../../packages/cli/src/diagnostics.js';
import { VALIDATION_FAILED, VALIDATION_SKIPPED } from '../../packages/language/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

/*
 * No .dpa text makes a check fail today (the validator that emits validation-failed and
 * validation-skipped is another helper's work), so the CLI's decisions are tested with real
 * checked agreements plus synthetic diagnostics of those codes.
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
