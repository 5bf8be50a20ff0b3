/**
 * The messages between the preview panel (extension host) and its page script (webview), and the
 * state the page saves. Both sides import this module: the panel (src/preview/) and the page
 * script (src/webview/, its own tsconfig with the DOM types). It imports nothing, so that either
 * side can include it.
 *
 * Extension → page: `update` (new content), `scrollToLine` (show the text generated from a source
 * line). Page → extension: `ready` (the script runs), `reveal` (a click on the text of a source
 * line). The page's state (`vscode.setState`) is `{ uri, scrollY }`: it survives hiding the panel,
 * and the panel serializer restores the preview of `uri` after a window reload.
 */

export type StatusClass = 'errors' | 'warnings' | 'clean';

/** Extension → page: new content. */
export interface UpdateMessage {
    readonly type: 'update';
    /** The agreement as HTML body content. */
    readonly body: string;
    /** The status line in the editor's display language, e.g. "2 errors, 1 warning". */
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

/** Extension → page. */
export type ToPageMessage = UpdateMessage | ScrollToLineMessage;

/** Page → extension. */
export type FromPageMessage = { readonly type: 'ready' } | { readonly type: 'reveal'; readonly line: number };

/** What the page saves with `vscode.setState`. */
export interface PageState {
    readonly uri: string;
    readonly scrollY?: number;
}

/** A message from the page, or undefined when it is not one the extension understands. */
export function parsePageMessage(message: unknown): FromPageMessage | undefined {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, line } = message as { type?: unknown; line?: unknown };
    if (type === 'ready') return { type };
    if (type === 'reveal' && typeof line === 'number' && Number.isInteger(line) && line >= 0) return { type, line };
    return undefined;
}

/** The state a page saved, or undefined when it names no source. */
export function parsePageState(state: unknown): PageState | undefined {
    if (typeof state !== 'object' || state === null) return undefined;
    const { uri, scrollY } = state as { uri?: unknown; scrollY?: unknown };
    if (typeof uri !== 'string' || uri === '') return undefined;
    return typeof scrollY === 'number' ? { uri, scrollY } : { uri };
}
