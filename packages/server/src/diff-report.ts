import type { LangiumDocument } from 'langium';
import { CHANGE_REPORT_CSS, escapeHtml, renderChangeReport } from '@dpa/generator/portable';
import type { Agreement, Document, Lang, LoadedPlaybook } from '@dpa/language';
import { changeRecord, DIFF_EFFECTS, DIFF_MESSAGES, diffAgreements, playbookCrossings } from '@dpa/language/diff';
import { SERVER_MESSAGES } from './messages.js';
import type { ChangeEffect, DiffResult } from './protocol.js';

/**
 * The work of `dpa/diff` (diff-request.ts), loaded on the first comparison: the server does not
 * evaluate the diff, its data and the change report when it starts.
 */

const EFFECTS: readonly ChangeEffect[] = DIFF_EFFECTS;

function noCounts(): Record<ChangeEffect, number> {
    return Object.fromEntries(EFFECTS.map(effect => [effect, 0])) as Record<ChangeEffect, number>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A token's line, 1-based (the end-of-input token has none: its line is NaN or -1). */
function tokenLine(token: unknown): number | undefined {
    const line = isRecord(token) ? token.startLine : undefined;
    return typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : undefined;
}

/** The first lexer or parser error of a document (the lowest line), 1-based; errors at the end of the text count on its last line. */
function firstError(document: LangiumDocument): { line: number; message: string } | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    const lastLine = document.textDocument.lineCount;
    const found = [
        ...lexerErrors.map(error => ({ line: error.line, message: error.message })),
        ...parserErrors.map(error => ({ line: tokenLine(error.token) ?? ('previousToken' in error ? tokenLine(error.previousToken) : undefined), message: error.message }))
    ].map(error => ({ line: error.line !== undefined && Number.isInteger(error.line) && error.line >= 1 ? error.line : lastLine, message: error.message }));
    return found.sort((a, b) => a.line - b.line)[0];
}

/** A document's agreement, or the message that says why there is none; `side` names the document in it. */
export function agreementOf(document: LangiumDocument<Document>, side: string, lang: Lang): Agreement | string {
    const error = firstError(document);
    if (error) return SERVER_MESSAGES.text(lang, 'diff.unreadable', { side, line: error.line, error: error.message });
    return document.parseResult.value.agreement ?? SERVER_MESSAGES.text(lang, 'diff.noAgreement', { side });
}

/** The answer that shows a message instead of a report. */
export function failure(lang: Lang, message: string): DiffResult {
    return {
        ok: false,
        title: DIFF_MESSAGES.text(lang, 'report.title'),
        css: CHANGE_REPORT_CSS,
        body: `<p class="notice">${escapeHtml(message)}</p>`,
        message,
        changes: [],
        counts: noCounts()
    };
}

/**
 * The change report from `before` (named `oldName`) to `after` (`newName`): embeddable HTML, the
 * changes as data, the counts per effect; with the firm's playbook of the open document, the
 * changes that bring a departure from its positions marked, as `dpa diff --playbook` marks them.
 */
export function changeReport(before: Agreement, after: Agreement, lang: Lang, oldName: string, newName: string, playbook?: LoadedPlaybook): DiffResult {
    const changes = diffAgreements(before, after);
    const crossings = playbook && 'playbook' in playbook ? playbookCrossings(changes, before, after, playbook.playbook, lang) : undefined;
    const counts = noCounts();
    for (const change of changes) counts[change.effect]++;
    return {
        ok: true,
        title: DIFF_MESSAGES.text(lang, 'report.title'),
        css: CHANGE_REPORT_CSS,
        body: renderChangeReport(changes, { lang, format: 'html', oldName, newName, embedded: true, ...(crossings ? { playbook: crossings } : {}) }),
        changes: changes.map(change => changeRecord(change, lang)),
        counts
    };
}
