import { Cancellation, EmptyFileSystem, isOperationCancelled } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { checkText, createDpaServices, hasErrors, isFullyChecked, type DpaServices } from '../../packages/language/src/index.js';
import { VALIDATION_LIMITS, ValidationRun, type ValidationLimits } from '../../packages/language/src/validation/budget.js';
import type { DpaDocumentValidator } from '../../packages/language/src/validation/document-validator.js';
import { TOO_MANY_FINDINGS, VALIDATION_FAILED, VALIDATION_SKIPPED } from '../../packages/language/src/validation/incomplete.js';
import { Reporter } from '../../packages/language/src/validation/report.js';
import { garbage } from './garbage.js';
import { check, exampleFiles, minimalAgreement, readExample, services, withCode } from '../helpers.js';

/**
 * Validation never fails open and has a budget (packages/language/src/validation/budget.ts):
 * a check that throws, a report too large to build or an exception Langium would only log gives a
 * `validation-failed` error; findings past the caps are summarised (`too-many-findings`); a
 * document past the size or time budget gets its syntax diagnostics and `validation-skipped`.
 */

afterEach(() => {
    vi.restoreAllMocks();
});

/** Services of their own, with the given limits (the shared ones keep the defaults). */
function servicesWith(limits: Partial<ValidationLimits>): DpaServices {
    const { Dpa } = createDpaServices(EmptyFileSystem);
    (Dpa.validation.DocumentValidator as DpaDocumentValidator).limits = { ...VALIDATION_LIMITS, ...limits };
    return Dpa;
}

let counter = 0;
function checkWith(Dpa: DpaServices, text: string) {
    return checkText(Dpa, text, `memory:///limits-${++counter}.dpa`);
}

/**
 * An example agreement grown to about `lines` lines: its body repeated, every declared name of a
 * copy suffixed (`Mfa_2`), so that the copies link to their own declarations.
 */
export function repeatExample(text: string, lines: number): string {
    const open = text.indexOf('{', text.search(/^\s*(?:template\s+)?agreement\s/m));
    const close = text.lastIndexOf('}');
    const body = text.slice(open + 1, close);
    const declared = /^\s*(?:controller|processor|subprocessor|data|subject|staff|measure|processing|clause|parameter)\s+([A-Za-z_]\w*)/gm;
    const names = [...new Set([...body.matchAll(declared)].map(m => m[1]!))];
    const name = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
    const copies = Math.max(1, Math.round((lines - text.split('\n').length) / body.split('\n').length) + 1);
    const parts = [body];
    for (let k = 2; k <= copies; k++) parts.push(body.replace(name, `$1_${k}`));
    return `${text.slice(0, open + 1)}${parts.join('')}}\n`;
}

function codes(diagnostics: readonly Diagnostic[]): Set<unknown> {
    return new Set(diagnostics.map(d => d.code));
}

describe('a flood of findings', () => {
    // 160,000 different placeholders "[x0]", "[x1]", … in one paragraph: each is a DPA-R01 error
    // of its own (identical hits would be one diagnostic, see the end). Before the cap the report
    // overflowed the stack past about 150,000 findings, Langium only logged it, and the document
    // had no diagnostic at all (the CLI said "0 error(s)").
    const placeholders = (n: number) => Array.from({ length: n }, (_, i) => `[x${i}] `).join('');
    const flood = minimalAgreement(`    clause Flood "Opmaak" {\n        text "${placeholders(160_000)}"\n    }\n`);

    // How long this takes is measured by `npm run bench` (row limits.flood), not asserted here.
    test('is listed up to the cap and summarised, with its errors, never clean', async () => {
        const result = await check(flood);
        const r01 = withCode(result, 'DPA-R01');
        expect(r01).toHaveLength(VALIDATION_LIMITS.maxFindingsPerCode);
        const [summary, ...more] = withCode(result, TOO_MANY_FINDINGS);
        expect(more).toEqual([]);
        expect(summary).toMatchObject({ severity: 1, data: { code: 'DPA-R01', count: 160_000 - VALIDATION_LIMITS.maxFindingsPerCode } });
        expect(summary!.message).toBe('159,900 more findings of DPA-R01 are not reported one by one.');
        // The summary is where the first finding not listed is: right after the last listed one.
        expect(summary!.range.start.character).toBeGreaterThan(r01.at(-1)!.range.start.character);
        expect(hasErrors(result)).toBe(true);
        expect(result.fullyChecked).toBe(true);
        expect(result.diagnostics.length).toBeLessThanOrEqual(VALIDATION_LIMITS.maxFindings + 20);
    });

    test('caps every code and the total', async () => {
        const Dpa = servicesWith({ maxFindingsPerCode: 3, maxFindings: 5 });
        const wbp = [1, 2, 3, 4].map(i => `    clause Wbp${i} "Wet" { text "Wbp" }\n`).join('');
        const text = minimalAgreement(`    clause Flood "Opmaak" {\n        text "${placeholders(10)}"\n    }\n${wbp}`);
        const result = await checkWith(Dpa, text);
        expect(withCode(result, 'DPA-R01')).toHaveLength(3);
        expect(withCode(result, 'DPA-R02')).toHaveLength(2);
        const summaries = Object.fromEntries(withCode(result, TOO_MANY_FINDINGS).map(d => [(d.data as { code: string }).code, (d.data as { count: number }).count]));
        expect(summaries).toMatchObject({ 'DPA-R01': 7, 'DPA-R02': 2 });
    });

    test('of syntax errors is capped too', async () => {
        const result = await check(minimalAgreement('title title '.repeat(5_000)));
        const parsing = result.diagnostics.filter(d => d.code === undefined && (d.data as { code?: string } | undefined)?.code === 'parsing-error');
        expect(parsing).toHaveLength(VALIDATION_LIMITS.maxFindingsPerCode);
        expect(withCode(result, TOO_MANY_FINDINGS).map(d => (d.data as { code: string }).code)).toContain('parsing-error');
    });

    test('of identical hits in one paragraph is one diagnostic, with the other places as related locations', async () => {
        const result = await check(minimalAgreement(`    clause Flood "Opmaak" {\n        text "${'[x] '.repeat(160_000)}"\n    }\n`));
        const [r01, ...more] = withCode(result, 'DPA-R01');
        expect(more).toEqual([]);
        expect(r01!.severity).toBe(1);
        expect(r01!.message).toContain('Found 160,000 times here');
        expect(r01!.relatedInformation).toHaveLength(100);
        expect(r01!.relatedInformation![0]!.location.range.start.character).toBeGreaterThan(r01!.range.start.character);
        expect(withCode(result, TOO_MANY_FINDINGS)).toEqual([]);
        expect(hasErrors(result)).toBe(true);
    });

    test('the summary says it in Dutch too', async () => {
        const Dpa = servicesWith({ maxFindingsPerCode: 1 });
        Dpa.dpa.Settings.language = 'nl';
        const result = await checkWith(Dpa, minimalAgreement(`    clause Flood "Opmaak" {\n        text "${placeholders(1_235)}"\n    }\n`));
        expect(withCode(result, TOO_MANY_FINDINGS)[0]!.message).toBe('Nog 1.234 bevindingen van DPA-R01 zijn niet afzonderlijk gemeld.');
    });
});

describe('a check that throws', () => {
    test('gives validation-failed with the module and the error, and the other checks still run', async () => {
        const rule = Reporter.prototype.rule;
        vi.spyOn(Reporter.prototype, 'rule').mockImplementation(function (this: Reporter, ...args: Parameters<Reporter['rule']>) {
            if (args[0] === 'DPA-R01') throw new TypeError('boom');
            return rule.apply(this, args);
        });
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        // DPA-R01 (the check placeholders) throws; DPA-R60 (the prose pass, a double space) still runs.
        const result = await check(minimalAgreement('    clause C "Kosten" {\n        text "Verwerker brengt  [bedrag] in rekening."\n    }\n'));
        const [failed] = withCode(result, VALIDATION_FAILED);
        expect(failed).toMatchObject({ severity: 1 });
        expect(failed!.message).toBe('This document could not be fully checked: the check ‘placeholders’ failed (TypeError: boom). It will not be generated as final.');
        expect(withCode(result, 'DPA-R60')).toHaveLength(1);
        expect(isFullyChecked(result.diagnostics)).toBe(false);
        expect(result.fullyChecked).toBe(false);
        expect(result.diagnostics.some(d => String(d.message).includes('An error occurred'))).toBe(false);
    });

    test('outside a module (where Langium would catch it) gives validation-failed', async () => {
        vi.spyOn(services.validation.DpaValidator, 'reportDirectiveProblems').mockImplementation(() => {
            throw new Error('set-up broke');
        });
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const result = await check(minimalAgreement());
        expect(withCode(result, VALIDATION_FAILED).map(d => d.message)).toEqual([
            'This document could not be fully checked: the validation failed (Error: set-up broke). It will not be generated as final.'
        ]);
        expect(result.fullyChecked).toBe(false);
    });

    test('in the document validator itself (the report overflowing) gives validation-failed, never an empty list', async () => {
        const validator = services.validation.DocumentValidator as DpaDocumentValidator;
        vi.spyOn(validator as unknown as { validateAstNodes: () => Promise<void> }, 'validateAstNodes').mockRejectedValue(new RangeError('Maximum call stack size exceeded'));
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const result = await check(minimalAgreement());
        expect(withCode(result, VALIDATION_FAILED).map(d => d.message)).toEqual([
            'This document could not be fully checked: the validation failed (RangeError: Maximum call stack size exceeded). It will not be generated as final.'
        ]);
        expect(result.fullyChecked).toBe(false);
        expect(hasErrors(result)).toBe(true);
    });

    test('a build that throws leaves checkText with validation-failed, not a clean document', async () => {
        vi.spyOn(services.shared.workspace.DocumentBuilder, 'build').mockRejectedValue(new Error('linker broke'));
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const result = await check(minimalAgreement());
        expect(withCode(result, VALIDATION_FAILED)).toHaveLength(1);
        expect(result.fullyChecked).toBe(false);
    });

    test('cancellation is not a failure: it stays a cancellation', async () => {
        const text = repeatExample(readExample('icteam-imaging-people.dpa'), 5_000);
        const { shared } = services;
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///cancel-${++counter}.dpa`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const source = new Cancellation.CancellationTokenSource();
        const validating = services.validation.DocumentValidator.validateDocument(document, {}, source.token);
        source.cancel();
        const error = await validating.then(() => undefined, (e: unknown) => e);
        expect(isOperationCancelled(error)).toBe(true);
    });
});

describe('the size budget', () => {
    test('a document over 2,000,000 characters gets its syntax diagnostics and validation-skipped', async () => {
        // A placeholder (DPA-R01) that the legal checks would report, a syntax error, and a long comment.
        const text = minimalAgreement(`    clause C "Kosten" {\n        text "Tegen [bedrag] per uur."\n    }\n    title\n/* ${'x'.repeat(2_000_000)} */\n`);
        const result = await check(text);
        const [skipped] = withCode(result, VALIDATION_SKIPPED);
        expect(skipped).toMatchObject({ severity: 3 });
        expect(skipped!.message).toBe(`The legal checks were skipped: the document has ${text.length.toLocaleString('en-US')} characters; legal checks run up to 2,000,000. Only the syntax was checked; the document will not be generated.`);
        expect(result.diagnostics.some(d => (d.data as { code?: string } | undefined)?.code === 'parsing-error')).toBe(true);
        expect(withCode(result, 'DPA-R01')).toEqual([]);
        expect(result.fullyChecked).toBe(false);
    });

    test('a document of too many syntax nodes too', async () => {
        const Dpa = servicesWith({ maxNodes: 10 });
        Dpa.dpa.Settings.language = 'nl';
        const result = await checkWith(Dpa, minimalAgreement());
        expect(withCode(result, VALIDATION_SKIPPED)[0]!.message).toMatch(/^De juridische controles zijn overgeslagen: het document heeft \d+ onderdelen in de syntaxisboom; de juridische controles lopen tot 10\./);
        expect(result.fullyChecked).toBe(false);
    });

    // How long this takes is measured by `npm run bench` (row limits.garbage), not asserted here.
    test('a megabyte of garbage gets its syntax errors, capped', async () => {
        const result = await check(garbage(1_000_000));
        expect(hasErrors(result)).toBe(true);
        expect(result.diagnostics.length).toBeLessThanOrEqual(VALIDATION_LIMITS.maxFindings + 20);
    });
});

describe('the time budget', () => {
    test('checks past the budget stop, and the document gets validation-skipped', async () => {
        const Dpa = servicesWith({ maxMilliseconds: 0 });
        const result = await checkWith(Dpa, minimalAgreement('    clause C "Kosten" {\n        text "Tegen [bedrag] per uur."\n    }\n'));
        expect(withCode(result, VALIDATION_SKIPPED).map(d => d.message)).toEqual([
            'The legal checks were skipped: the checks ran longer than 0 seconds and were stopped. Only the syntax was checked; the document will not be generated.'
        ]);
        expect(withCode(result, 'DPA-R01')).toEqual([]);
        expect(result.fullyChecked).toBe(false);
    });

    test('a long validation stops at the first reading of the clock past the budget, with little run after it', async () => {
        // The legal checks of a 20,000-line document spend most of their work in a few
        // agreement-wide checks (the wording rules read every string): the clock is read inside
        // their loops. The clock here advances one millisecond per reading, so that where the
        // budget runs out, and what runs after, is the same on every machine.
        const { shared } = services;
        const document = shared.workspace.LangiumDocumentFactory.fromString(repeatExample(readExample('icteam-imaging-people.dpa'), 20_000), URI.parse(`memory:///budget-${++counter}.dpa`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const validator = services.validation.DocumentValidator as DpaDocumentValidator;
        let clock = 0;
        vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
        const checkTime = vi.spyOn(ValidationRun.prototype, 'checkTime');
        const validate = async (maxMilliseconds: number) => {
            validator.limits = { ...VALIDATION_LIMITS, maxMilliseconds };
            checkTime.mockClear();
            const start = clock;
            const diagnostics = await validator.validateDocument(document);
            return { readings: clock - start, diagnostics, stoppedInLoop: checkTime.mock.results.some(result => result.type === 'throw') };
        };
        try {
            const full = await validate(Number.MAX_SAFE_INTEGER);
            expect(codes(full.diagnostics)).not.toContain(VALIDATION_SKIPPED);
            expect(full.stoppedInLoop).toBe(false);
            const budget = Math.floor(full.readings / 4);
            const budgeted = await validate(budget);
            expect(codes(budgeted.diagnostics)).toContain(VALIDATION_SKIPPED);
            // The deadline was noticed (between two nodes, or inside a check's loop, wherever the
            // clock is read first past it), and little ran after it: the readings past the budget
            // are those of leaving the checks under way, not of further checks.
            expect(budgeted.readings).toBeLessThan(budget + 100);
            console.log(`clock readings: full validation ${full.readings}, with a budget of ${budget}: ${budgeted.readings}`);
        } finally {
            validator.limits = VALIDATION_LIMITS;
        }
    });
});

describe('the clock inside a check\'s loop', () => {
    test('checkTime throws within a few dozen calls once the budget is spent, and at every call after', () => {
        let clock = 0;
        const run = new ValidationRun({ ...VALIDATION_LIMITS, maxMilliseconds: 100 }, () => clock);
        for (let i = 0; i < 1_000; i++) run.checkTime(); // the clock stands still: never out of time
        clock = 101;
        let calls = 0;
        expect(() => {
            for (;;) {
                calls++;
                run.checkTime();
            }
        }).toThrow('ran out of time');
        expect(calls).toBeLessThanOrEqual(32);
        expect(() => run.checkTime()).toThrow('ran out of time');
    });
});

describe('normal documents', () => {
    test.each([5_000, 20_000])('the examples repeated to %i lines validate fully', async lines => {
        for (const file of ['complete.dpa', 'icteam-imaging-people.dpa', 'itzz-template.dpa']) {
            const text = repeatExample(readExample(file), lines);
            expect(Math.abs(text.split('\n').length - lines)).toBeLessThan(400);
            const result = await check(text);
            expect(codes(result.diagnostics)).not.toContain(VALIDATION_SKIPPED);
            expect(codes(result.diagnostics)).not.toContain(VALIDATION_FAILED);
            expect(result.fullyChecked).toBe(true);
        }
    }, 120_000);

    test('the examples are far below every limit', async () => {
        for (const path of exampleFiles()) {
            const result = await check(readExample(path.split('/').at(-1)!));
            const found = codes(result.diagnostics);
            for (const code of [VALIDATION_SKIPPED, VALIDATION_FAILED, TOO_MANY_FINDINGS]) expect(found).not.toContain(code);
            expect(result.fullyChecked).toBe(true);
        }
    });
});
