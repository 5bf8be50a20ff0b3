/** Where a command writes; tests capture it, the binary writes to the process streams. */
export interface Output {
    /** A message line (may span lines) for a person. */
    stdout(line: string): void;
    stderr(line: string): void;
    /**
     * Machine-readable output on stdout (a CSV or JSON document), ending without its final
     * newline; written as is to a pipe or file (default: as `stdout`).
     */
    data?(text: string): void;
}

/**
 * Characters that must not reach a terminal raw from user text: C0 controls (but the line feed
 * of a multi-line message), DEL, C1 controls (ESC and CSI start escape sequences that set the
 * window title, clear the screen, …) and the bidirectional embeddings, overrides and isolates
 * (text that reads differently than it is stored).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** As above, keeping CR too: the line ends of a CRLF document (CSV). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_DOCUMENT = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\r': '\\r' };

function escapeChar(c: string): string {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with every character a terminal would interpret shown escaped (`\x1b`, `\u202e`); line feeds kept. */
export function terminalSafe(text: string): string {
    return text.replace(UNSAFE_FOR_TERMINAL, escapeChar);
}

/** The output boundary of the binary: messages are always made terminal-safe; data only on a terminal. */
export const processOutput: Output = {
    stdout: line => process.stdout.write(`${terminalSafe(line)}\n`),
    stderr: line => process.stderr.write(`${terminalSafe(line)}\n`),
    data: text => process.stdout.write(`${process.stdout.isTTY ? text.replace(UNSAFE_IN_DOCUMENT, escapeChar) : text}\n`)
};

/**
 * JSON text with DEL, C1 controls and the bidirectional controls written as `\u` escapes too
 * (JSON.stringify escapes only C0): the same data, safe to show on a terminal.
 */
export function terminalSafeJson(json: string): string {
    return json.replace(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
