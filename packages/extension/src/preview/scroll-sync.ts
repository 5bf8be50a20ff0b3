/**
 * The preview and the editor follow each other. Editor → preview: moving the cursor or scrolling
 * in an editor of the source scrolls the preview to the text of that line
 * (`dpa.preview.scrollPreviewWithEditor`). Preview → editor: a click on a paragraph, heading or
 * annex row selects its source line in the editor; the editor's resulting selection and scroll
 * events are not echoed back to the preview.
 */
import * as vscode from 'vscode';
import type { ScrollMode } from './messages.js';
import { revealSourceLine } from './reveal-source.js';

/** Editor events within this delay are handled once (a cursor move wins over the scroll it causes). */
const SYNC_DELAY_MS = 50;
/**
 * After a click in the preview has moved the editor, the editor's scrolling and its cursor on the
 * revealed line are echoes of the click and do not scroll the preview; a cursor moved to another
 * line is the user's, and is followed at once.
 */
const ECHO_SUPPRESSION_MS = 300;
/** The editor scrolls because its cursor moved: that scrolling does not override the cursor's text. */
const CURSOR_SCROLL_MS = 400;

export type EditorEvent = 'cursor' | 'scroll';

/** What the sync needs of the preview it moves. */
export interface SyncedPreview {
    readonly visible: boolean;
    readonly viewColumn: vscode.ViewColumn | undefined;
    scrollToLine(line: number, mode: ScrollMode): void;
}

export class ScrollSync implements vscode.Disposable {
    /** The editor and the kind of its pending event, coalesced over SYNC_DELAY_MS. */
    private pending: { editor: vscode.TextEditor; event: EditorEvent } | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Until this time (ms), editor events are echoes of a click in the preview on `echoLine`. */
    private quietUntil = 0;
    private echoLine: number | undefined;
    /** When the preview last followed the editor's cursor (ms), and the editor's last top line. */
    private lastCursorAt = 0;
    private lastTopLine: number | undefined;

    constructor(private readonly source: vscode.Uri, private readonly preview: SyncedPreview) {}

    /** Editor → preview: a cursor move or scroll in an editor of the source. */
    followEditor(editor: vscode.TextEditor, event: EditorEvent): void {
        const now = Date.now();
        if (!this.preview.visible || this.isEcho(editor, event, now)) return;
        if (event === 'cursor') {
            this.lastCursorAt = now;
        } else {
            // Resizing changes the visible ranges but not the top line: nothing to follow.
            const topLine = editor.visibleRanges[0]?.start.line;
            if (topLine === this.lastTopLine) return;
            this.lastTopLine = topLine;
            if (now - this.lastCursorAt < CURSOR_SCROLL_MS) return;
        }
        if (this.pending === undefined || event === 'cursor') this.pending = { editor, event };
        this.timer ??= setTimeout(() => {
            this.timer = undefined;
            const pending = this.pending;
            this.pending = undefined;
            if (pending === undefined || this.isEcho(pending.editor, pending.event, Date.now()) || !scrollPreviewWithEditor(this.source)) return;
            const line = pending.event === 'cursor'
                ? pending.editor.selection.active.line
                : pending.editor.visibleRanges[0]?.start.line ?? 0;
            this.preview.scrollToLine(line, pending.event);
        }, SYNC_DELAY_MS);
    }

    /** Preview → editor: selects a source line; the editor's resulting events are not echoed back. */
    async revealSource(line: number): Promise<void> {
        this.quiet(line);
        try {
            await revealSourceLine(this.source, line, this.preview.viewColumn);
        } finally {
            this.quiet(line);
        }
    }

    dispose(): void {
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = undefined;
        this.pending = undefined;
    }

    private quiet(line: number): void {
        this.quietUntil = Date.now() + ECHO_SUPPRESSION_MS;
        this.echoLine = line;
        this.pending = undefined;
    }

    /** Within the quiet time after a click: scrolling, or the cursor still on the revealed line. */
    private isEcho(editor: vscode.TextEditor, event: EditorEvent, now: number): boolean {
        if (now >= this.quietUntil) return false;
        return event === 'scroll' || editor.selection.active.line === this.echoLine;
    }
}

function scrollPreviewWithEditor(source: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('dpa', source).get<boolean>('preview.scrollPreviewWithEditor', true);
}
