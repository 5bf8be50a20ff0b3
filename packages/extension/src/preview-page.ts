/**
 * The page of the preview webview: its HTML, its stylesheet and the small script that applies
 * updates in place, keeps the scroll position, scrolls to a source line and reports clicks.
 *
 * Messages, extension → page: `update` (new content), `scrollToLine` (show the text generated from
 * a source line). Page → extension: `ready` (the script runs), `reveal` (a click on the text of a
 * source line). The page's state (`vscode.setState`) is `{ uri, scrollY }`: it survives hiding the
 * panel, and the panel serializer restores the preview of `uri` after a window reload.
 */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import type { DiagnosticCounts } from '@dpa/server/protocol';

export type StatusClass = 'errors' | 'warnings' | 'clean';

/** Extension → page: new content. */
export interface UpdateMessage {
    readonly type: 'update';
    readonly body: string;
    readonly counts: DiagnosticCounts;
    /** The Dutch status line, e.g. "2 fouten, 1 waarschuwing". */
    readonly status: string;
    readonly statusClass: StatusClass;
}

/**
 * How the page scrolls to a source line: `cursor` only when the text is out of view and marks it;
 * `scroll` aligns the text with the top (interpolating between blocks), following the editor's
 * scrolling; `reveal` is `cursor` that also scrolls while the user interacts with the page.
 */
export type ScrollMode = 'cursor' | 'scroll' | 'reveal';

/** Extension → page: show the text generated from a source line (0-based). */
export interface ScrollToLineMessage {
    readonly type: 'scrollToLine';
    readonly line: number;
    readonly mode: ScrollMode;
}

/** Page → extension. */
export type PageMessage = { readonly type: 'ready' } | { readonly type: 'reveal'; readonly line: number };

/** What the page saves with `vscode.setState`. */
export interface PageState {
    readonly uri: string;
    readonly scrollY?: number;
}

export function parsePageMessage(message: unknown): PageMessage | undefined {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, line } = message as { type?: unknown; line?: unknown };
    if (type === 'ready') return { type };
    if (type === 'reveal' && typeof line === 'number' && Number.isInteger(line) && line >= 0) return { type, line };
    return undefined;
}

export function parsePageState(state: unknown): PageState | undefined {
    if (typeof state !== 'object' || state === null) return undefined;
    const { uri, scrollY } = state as { uri?: unknown; scrollY?: unknown };
    if (typeof uri !== 'string' || uri === '') return undefined;
    return typeof scrollY === 'number' ? { uri, scrollY } : { uri };
}

export function renderPage(webview: vscode.Webview, source: vscode.Uri, title: string, css: string, content: UpdateMessage): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${webview.cspSource} data:`
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${css.replace(/<\/style/gi, '<\\/style')}</style>
<style nonce="${nonce}">${PAGE_CSS}</style>
</head>
<body data-source-uri="${escapeHtml(source.toString())}">
<div id="dpa-status" class="${content.statusClass}">${escapeHtml(content.status)}</div>
<main id="dpa-content">${content.body}</main>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
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

/** Runs in the webview (plain ES2020, no modules). */
const PAGE_SCRIPT = `
(function () {
    const vscode = acquireVsCodeApi();
    const status = document.getElementById('dpa-status');
    const content = document.getElementById('dpa-content');
    const sourceUri = document.body.dataset.sourceUri;
    // After a click in the page, or while the user scrolls it, the editor's moves do not scroll it.
    const QUIET_MS = 300;
    let quietUntil = 0;
    // The source line of the marked text (undefined: none), kept across updates.
    let markedLine;

    const saved = vscode.getState();
    if (saved && typeof saved.scrollY === 'number') window.scrollTo(0, saved.scrollY);
    function saveState() {
        vscode.setState({ uri: sourceUri, scrollY: window.scrollY });
    }
    saveState();
    let saving = false;
    window.addEventListener('scroll', function () {
        if (saving) return;
        saving = true;
        requestAnimationFrame(function () {
            saving = false;
            saveState();
        });
    }, { passive: true });
    function quiet() { quietUntil = Date.now() + QUIET_MS; }
    window.addEventListener('wheel', quiet, { passive: true });
    window.addEventListener('touchmove', quiet, { passive: true });
    window.addEventListener('keydown', quiet);

    function lineOf(element) {
        return Number(element.getAttribute('data-line'));
    }
    function sourceElements() {
        return Array.prototype.filter.call(content.querySelectorAll('[data-line]'), function (element) {
            return Number.isInteger(lineOf(element));
        });
    }
    // The first element of the nearest source line at or before line, and the element of the next
    // source line when it follows in the page (for interpolation).
    function elementsFor(line) {
        let best, bestLine = -1, next, nextLine = Infinity;
        for (const element of sourceElements()) {
            const l = lineOf(element);
            if (l <= line && l > bestLine) { best = element; bestLine = l; }
        }
        if (best) {
            for (const element of sourceElements()) {
                const l = lineOf(element);
                if (l > bestLine && l < nextLine) { next = element; nextLine = l; }
            }
        }
        return { best: best, bestLine: bestLine, next: next, nextLine: nextLine };
    }
    function mark(element) {
        for (const old of content.querySelectorAll('.dpa-current')) old.classList.remove('dpa-current');
        if (element) element.classList.add('dpa-current');
    }
    function topOffset() {
        return status.getBoundingClientRect().height + 8;
    }
    function scrollToLine(line, mode) {
        if (mode !== 'reveal' && Date.now() < quietUntil) return;
        const found = elementsFor(line);
        if (mode !== 'scroll') {
            markedLine = line;
            mark(found.best);
        }
        let top = 0;
        if (found.best) {
            const rect = found.best.getBoundingClientRect();
            if (mode !== 'scroll' && rect.top >= topOffset() && (rect.bottom <= window.innerHeight || rect.top < window.innerHeight / 2)) {
                return; // already in view
            }
            top = window.scrollY + rect.top - topOffset();
            if (mode === 'scroll' && found.next && found.nextLine > found.bestLine) {
                const nextTop = found.next.getBoundingClientRect().top;
                if (nextTop > rect.top) top += (nextTop - rect.top) * (line - found.bestLine) / (found.nextLine - found.bestLine);
            }
        }
        top = Math.max(0, Math.round(top));
        const distance = top - window.scrollY;
        if (Math.abs(distance) < 2) return;
        if (mode === 'scroll' || document.body.classList.contains('vscode-reduce-motion')) {
            window.scrollTo(0, top);
            return;
        }
        // Smoothly, but a long way only for the last screen (a smooth scroll takes ~1.5 s at most).
        if (Math.abs(distance) > 2 * window.innerHeight) {
            window.scrollTo(0, top - Math.sign(distance) * window.innerHeight);
        }
        window.scrollTo({ top: top, behavior: 'smooth' });
    }

    // The text of a click: its own element with a source line, else (a list in an article) the
    // nearest earlier block with one in the same section.
    function sourceElement(target) {
        let element = target instanceof Element ? target : target && target.parentElement;
        if (!element || !content.contains(element)) return undefined;
        const own = element.closest('[data-line]');
        if (own && content.contains(own)) return own;
        while (element.parentElement && element.parentElement.tagName !== 'ARTICLE' && element.parentElement !== content) {
            element = element.parentElement;
        }
        for (let previous = element.previousElementSibling; previous; previous = previous.previousElementSibling) {
            if (previous.hasAttribute('data-line')) return previous;
            if (/^(H1|H2|H3|HEADER)$/.test(previous.tagName)) return undefined;
        }
        return undefined;
    }
    content.addEventListener('click', function (event) {
        if (event.button !== 0 || event.defaultPrevented) return;
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
        if (event.target instanceof Element && event.target.closest('a[href]')) return;
        const element = sourceElement(event.target);
        if (!element) return;
        quiet();
        markedLine = lineOf(element);
        mark(element);
        vscode.postMessage({ type: 'reveal', line: markedLine });
    });

    window.addEventListener('message', function (event) {
        const message = event.data;
        if (!message) return;
        if (message.type === 'update') {
            const scrollY = window.scrollY;
            status.textContent = message.status;
            status.className = message.statusClass;
            content.innerHTML = message.body;
            if (markedLine !== undefined) mark(elementsFor(markedLine).best);
            window.scrollTo(0, scrollY);
        } else if (message.type === 'scrollToLine' && typeof message.line === 'number') {
            scrollToLine(message.line, message.mode);
        }
    });
    vscode.postMessage({ type: 'ready' });
}());
`;

export function escapeHtml(text: string): string {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
