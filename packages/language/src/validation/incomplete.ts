import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { LANGUAGE_MESSAGES } from '../i18n/texts.js';
import type { Lang } from '../i18n/lang.js';
import { formatMessage, getCheck } from '../messages.js';

/**
 * The diagnostics that say a document was not fully checked. Validation never fails open: a
 * check that threw, or a report too large to build, is `validation-failed` (an error); deep
 * checks skipped because the document is past the size or time budget is `validation-skipped`
 * (information). Either way the document must not be generated as a final agreement, and the
 * CLI exits non-zero.
 */
export const VALIDATION_FAILED = 'validation-failed';
export const VALIDATION_SKIPPED = 'validation-skipped';
/** Findings past the per-document cap are summarised in one diagnostic with this code. */
export const TOO_MANY_FINDINGS = 'too-many-findings';

const INCOMPLETE: ReadonlySet<unknown> = new Set([VALIDATION_FAILED, VALIDATION_SKIPPED]);

/** True when every check ran on the document (nothing failed, nothing skipped by budget). */
export function isFullyChecked(diagnostics: readonly Diagnostic[]): boolean {
    return !diagnostics.some(d => INCOMPLETE.has(d.code));
}

/** Whether a diagnostic code says the document was not fully checked. */
export function isIncompleteCode(code: unknown): boolean {
    return INCOMPLETE.has(code);
}

/**
 * Why a document was not fully checked: the {x} of validation-skipped and validation-failed, in
 * the language catalogue as `incomplete.<reason>`. `{n}`, `{max}`, `{module}` and `{error}` are
 * filled in; numbers are written as in the language (1.234.567, 1,234,567).
 */
export type IncompleteReason = 'characters' | 'nodes' | 'time' | 'check' | 'validator' | 'notValidated';

/** A number as it is written in the language: 1.234.567 (nl), 1,234,567 (en). */
export function formatNumber(n: number, lang: Lang): string {
    return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-US');
}

/** The reason, in the language, with `{n}`, `{max}`, `{module}` and `{error}` filled in. */
export function reasonText(reason: IncompleteReason, lang: Lang, args: Readonly<Record<string, string>> = {}): string {
    return LANGUAGE_MESSAGES.messages(lang)[`incomplete.${reason}`].replace(/\{(\w+)\}/g, (whole, key: string) => args[key] ?? whole);
}

/** The message of an error, short: the first line, at most 200 characters. */
export function errorText(error: unknown): string {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const line = text.split('\n', 1)[0]!;
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The `validation-failed` error for a document, at `range` (the start of the document by default). */
export function validationFailed(lang: Lang, x: string, range: Range = START): Diagnostic {
    const check = getCheck(VALIDATION_FAILED);
    return { severity: SEVERITY[check.severity], range, code: VALIDATION_FAILED, message: formatMessage(check, lang, { x }), source: 'dpa' };
}

/** The `validation-skipped` information for a document, at the start of the document. */
export function validationSkipped(lang: Lang, x: string): Diagnostic {
    const check = getCheck(VALIDATION_SKIPPED);
    return { severity: SEVERITY[check.severity], range: START, code: VALIDATION_SKIPPED, message: formatMessage(check, lang, { x }), source: 'dpa' };
}
