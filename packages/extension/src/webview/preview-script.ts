/**
 * The script of the preview page; it runs in the webview. scripts/bundle.mjs bundles it into
 * packages/extension/dist/webview/preview.js, which the page loads with its CSP nonce (../preview/page.ts).
 * Its own tsconfig gives it the DOM's types and not Node's.
 *
 * It applies the extension's updates in place (keeping the scroll position), scrolls to the text
 * of a source line, reports a click on text to the extension, and saves the page's state.
 */
import type { FromPageMessage, PageState, ToPageMessage } from '../preview/messages.js';
import { SourceLines } from './source-lines.js';

/** The webview's API (https://code.visualstudio.com/api/extension-guides/webview), as this page uses it. */
interface WebviewApi {
    postMessage(message: FromPageMessage): void;
    getState(): unknown;
    setState(state: PageState): void;
}

declare function acquireVsCodeApi(): WebviewApi;

function element(id: string): HTMLElement {
    const found = document.getElementById(id);
    if (found === null) throw new Error(`The preview page has no #${id}`);
    return found;
}

const vscode = acquireVsCodeApi();
const status = element('dpa-status');
const content = element('dpa-content');
const sourceUri = document.body.dataset['sourceUri'] ?? '';
const lines = new SourceLines(content, status);

const saved = vscode.getState() as { scrollY?: unknown } | undefined;
if (typeof saved?.scrollY === 'number') window.scrollTo(0, saved.scrollY);
function saveState(): void {
    vscode.setState({ uri: sourceUri, scrollY: window.scrollY });
}
saveState();
let saving = false;
window.addEventListener('scroll', () => {
    if (saving) return;
    saving = true;
    requestAnimationFrame(() => {
        saving = false;
        saveState();
    });
}, { passive: true });
const quiet = (): void => { lines.quiet(); };
window.addEventListener('wheel', quiet, { passive: true });
window.addEventListener('touchmove', quiet, { passive: true });
window.addEventListener('keydown', quiet);

content.addEventListener('click', event => {
    if (event.button !== 0 || event.defaultPrevented) return;
    const selection = window.getSelection();
    if (selection !== null && !selection.isCollapsed && selection.toString().trim() !== '') return;
    if (event.target instanceof Element && event.target.closest('a[href]') !== null) return;
    const clicked = lines.sourceElement(event.target);
    if (clicked === undefined) return;
    vscode.postMessage({ type: 'reveal', line: lines.select(clicked) });
});

window.addEventListener('message', (event: MessageEvent<ToPageMessage | null | undefined>) => {
    const message = event.data;
    if (!message) return;
    if (message.type === 'update') {
        const scrollY = window.scrollY;
        status.textContent = message.status;
        status.className = message.statusClass;
        content.innerHTML = message.body;
        lines.remark();
        window.scrollTo(0, scrollY);
    } else if (message.type === 'scrollToLine' && typeof message.line === 'number') {
        lines.scrollToLine(message.line, message.mode);
    }
});
vscode.postMessage({ type: 'ready' });
