/**
 * The HTML of the preview page: the agreement's stylesheet and body, the status line, and the
 * page script (src/webview/, bundled as dist/webview/preview.js, the only folder the webview may
 * read) loaded from the extension with the CSP nonce. The policy is strict: nothing runs or styles
 * the page without this load's nonce, and nothing is fetched from elsewhere (images only from the
 * webview's own resources or data URIs).
 *
 * No import of `vscode`: URIs come as strings and text through an `L10n` (see ../l10n.ts), so
 * that tests can render pages without VS Code.
 */
import type { DiagnosticCounts, PreviewResult } from '@dpa/server/protocol';
import type { L10n } from '../l10n.js';
import type { StatusClass, UpdateMessage } from './messages.js';

/** The page script, relative to the extension's root (scripts/bundle.mjs writes it). */
export const PAGE_SCRIPT_PATH = ['packages', 'extension', 'dist', 'webview', 'preview.js'] as const;

export interface PageParts {
    /** The webview's URI of the page script (`webview.asWebviewUri`). */
    readonly script: string;
    /** The webview's source of its own resources (`webview.cspSource`). */
    readonly cspSource: string;
    /** The URI of the previewed document (the page saves it in its state for the serializer). */
    readonly source: string;
    readonly title: string;
    readonly css: string;
    readonly content: UpdateMessage;
}

export function renderPage(parts: PageParts): string {
    const nonce = btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));
    const csp = [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${parts.cspSource} data:`
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(parts.title)}</title>
<style nonce="${nonce}">${parts.css.replace(/<\/style/gi, '<\\/style')}</style>
<style nonce="${nonce}">${PAGE_CSS}</style>
</head>
<body data-source-uri="${escapeHtml(parts.source)}">
<div id="dpa-status" class="${parts.content.statusClass}">${escapeHtml(parts.content.status)}</div>
<main id="dpa-content">${parts.content.body}</main>
<script nonce="${nonce}" src="${escapeHtml(parts.script)}"></script>
</body>
</html>`;
}

/** The status line, and the marks of clickable and current text (after the agreement's stylesheet). */
const PAGE_CSS = `
#dpa-status {
    position: sticky; top: 0; z-index: 1;
    padding: 2px 8px; margin: 0 0 8px;
    font: 12px var(--vscode-font-family, sans-serif);
    color: var(--vscode-descriptionForeground);
    background: var(--vscode-editor-background);
    border-bottom: 1px solid var(--vscode-panel-border, transparent);
}
#dpa-status.errors { color: var(--vscode-errorForeground); }
#dpa-status.warnings { color: var(--vscode-editorWarning-foreground); }
#dpa-content [data-line] { cursor: pointer; }
#dpa-content [data-line]:hover { background: var(--vscode-editor-hoverHighlightBackground, transparent); }
#dpa-content .dpa-current:not(tr) { position: relative; }
#dpa-content .dpa-current:not(tr)::before {
    content: ''; position: absolute; left: -0.8rem; top: 0.1em; bottom: 0.1em; width: 3px;
    background: var(--vscode-textLink-foreground, #0645ad);
}
#dpa-content tr.dpa-current > td:first-child { box-shadow: inset 3px 0 0 var(--vscode-textLink-foreground, #0645ad); }
body.vscode-high-contrast #dpa-content [data-line]:hover { outline: 1px dashed var(--vscode-contrastActiveBorder, currentColor); }
`;

/** The page's content for a server's result: the body, and the status line of its diagnostic counts. */
export function updateMessage(result: PreviewResult, l10n: L10n): UpdateMessage {
    return { type: 'update', body: result.body, status: statusLine(result.counts, l10n), statusClass: statusClass(result.counts) };
}

/** "2 errors, 1 warning", in the editor's display language. */
export function statusLine(counts: DiagnosticCounts, l10n: L10n): string {
    const errors = counts.errors === 1 ? l10n.t('1 error') : l10n.t('{0} errors', counts.errors);
    const warnings = counts.warnings === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', counts.warnings);
    return `${errors}, ${warnings}`;
}

function statusClass(counts: DiagnosticCounts): StatusClass {
    if (counts.errors > 0) return 'errors';
    if (counts.warnings > 0) return 'warnings';
    return 'clean';
}

/** A page that says why there is no preview: the server failed, or the source is gone. */
export function unavailablePage(why: 'failed' | 'missing', detail: string, l10n: L10n): PreviewResult {
    const message = why === 'failed'
        ? l10n.t('The preview could not be rendered: {0}', detail)
        : l10n.t('The source of this preview, {0}, could not be opened.', detail);
    return {
        ok: false,
        title: l10n.t('Preview unavailable'),
        css: '',
        body: `<p>${escapeHtml(message)}</p>`,
        counts: { errors: 0, warnings: 0, infos: 0 }
    };
}

export function escapeHtml(text: string): string {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
