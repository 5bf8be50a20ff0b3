// Hand-written rather than cli-progress (3.12.0, measured for issue 9): its SingleBar cannot
// write a message line above the bar (interrupt below; MultiBar.log writes on its next timer
// tick, out of order with the other stderr lines), it redraws from a timer that must be stopped,
// it saves and restores the cursor and switches auto-wrap off and on (ESC 7/8, ESC [?7l/h) around
// every draw, and it adds 24 KB minified (42 KB as bundled) for what these 80 lines do. See
// ARCHITECTURE.md.

/** Where a progress bar draws: a terminal stream such as `process.stderr`. */
export interface ProgressStream {
    readonly isTTY?: boolean;
    write(text: string): unknown;
}

/** Progress of a long run: drawn on a terminal, silent elsewhere (CI logs, pipes, tests). */
export interface Progress {
    /** Counts `n` more items as done and redraws (at most every `intervalMs`, and at the end). */
    tick(n?: number): void;
    /** Writes lines (messages about an item) without tearing the bar: clear, write, redraw. */
    interrupt(write: () => void): void;
    /** Removes the bar, leaving the line empty for the summary. */
    done(): void;
}

export interface ProgressOptions {
    /** Characters between the brackets (default 30). */
    readonly width?: number;
    /** Minimum time between two redraws (default 100 ms); the last item always redraws. */
    readonly intervalMs?: number;
    readonly now?: () => number;
}

const CLEAR_LINE = '\r\x1b[K';

/** `[#####-----] 42/100`: the bar for `done` of `total` items. */
export function renderBar(done: number, total: number, width = 30): string {
    const filled = total <= 0 ? width : Math.min(width, Math.floor((width * done) / total));
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}

const SILENT: Progress = { tick: () => {}, interrupt: write => write(), done: () => {} };

/**
 * A progress bar for `total` items on `stream`, redrawn in place; a no-op unless the stream is
 * a terminal, so that logs and captured output hold only the messages and the summary.
 */
export function createProgress(total: number, stream: ProgressStream | undefined, options: ProgressOptions = {}): Progress {
    if (!stream?.isTTY || total <= 0) return SILENT;
    const width = options.width ?? 30;
    const intervalMs = options.intervalMs ?? 100;
    const now = options.now ?? Date.now;
    let done = 0;
    let drawn = false;
    let lastDraw = -Infinity;
    const draw = () => {
        stream.write(`${CLEAR_LINE}${renderBar(done, total, width)}`);
        drawn = true;
        lastDraw = now();
    };
    const clear = () => {
        if (drawn) stream.write(CLEAR_LINE);
        drawn = false;
    };
    draw();
    return {
        tick(n = 1) {
            done = Math.min(total, done + n);
            if (done === total || now() - lastDraw >= intervalMs) draw();
        },
        interrupt(write) {
            clear();
            write();
            draw();
        },
        done() {
            clear();
        }
    };
}

/** Progress as lines, "progress <done>/<total>", for a program that reads them (VS Code). */
export function createLineProgress(total: number, writeLine: (line: string) => void): Progress {
    let done = 0;
    writeLine(`progress ${done}/${total}`);
    return {
        tick(n = 1) {
            done = Math.min(total, done + n);
            writeLine(`progress ${done}/${total}`);
        },
        interrupt(write) {
            write();
        },
        done() {}
    };
}
