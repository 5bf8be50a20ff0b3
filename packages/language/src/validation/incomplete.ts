import type { Diagnostic } from 'vscode-languageserver-types';

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
