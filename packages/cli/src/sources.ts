import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { checkTexts, type CheckedAgreement, type DpaServices, type DpaSource } from '@dpa/language';
import { URI } from 'vscode-uri';
import { reportedPath, type ReportedDiagnostic } from './diagnostics.js';
import { displayPath, fileError, FileError, type FileKind } from './files.js';
import { say } from './messages.js';

/** Limits on the files the CLI reads: the one table to change them. */
export const INPUT_LIMITS = {
    /** A `.dpa` agreement; the largest real agreements are well under 1 MB. */
    sourceBytes: 10 * 1024 * 1024,
    /** A CSV or JSON data file for `dpa batch`. */
    dataBytes: 50 * 1024 * 1024
} as const;

const MB = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The bytes of a regular file of at most `limit` bytes. A missing file, a folder, a device or
 * an unreadable file is a `FileError` naming it and saying what to do; a larger file is a
 * `FileError` naming the limit.
 */
export function readFileBytes(path: string, limit: number, kind: FileKind): Uint8Array {
    const what = say(kind);
    let fd: number;
    try {
        fd = openSync(path, 'r');
    } catch (error) {
        throw fileError(error, path);
    }
    try {
        const stats = fstatSync(fd);
        if (stats.isDirectory()) throw new FileError(displayPath(path), say('file.isFolder', { what }));
        if (!stats.isFile()) throw new FileError(displayPath(path), say('file.notRegular', { what }));
        if (stats.size > limit) throw new FileError(displayPath(path), say('file.tooLarge', { size: MB(stats.size), what, limit: MB(limit) }));
        const bytes = new Uint8Array(stats.size);
        let read = 0;
        while (read < bytes.length) {
            const n = readSync(fd, bytes, read, bytes.length - read, read);
            if (n === 0) break;
            read += n;
        }
        return bytes.subarray(0, read);
    } catch (error) {
        throw fileError(error, path);
    } finally {
        closeSync(fd);
    }
}

/** The offset of the first byte that is not part of well-formed UTF-8 (the WHATWG/Unicode rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
        const b = bytes[i]!;
        if (b < 0x80) {
            i++;
            continue;
        }
        let length: number;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) length = 2;
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b === 0xe0) low = 0xa0;
            if (b === 0xed) high = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b === 0xf0) low = 0x90;
            if (b === 0xf4) high = 0x8f;
        } else return i;
        for (let k = 1; k < length; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
        }
        i += length;
    }
    return n;
}

/** 1-based line and column (UTF-16 code units, as diagnostics count) of a byte offset in valid UTF-8 before it. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/** Bytes as UTF-8 text (a byte order mark dropped), or where the first malformed byte is. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number; column: number; byte: number } {
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
        const offset = firstInvalidUtf8(bytes);
        return { ...bytePosition(bytes, offset), byte: bytes[offset] ?? 0 };
    }
}

/**
 * Windows-1252 bytes 0x80-0x9F (the WHATWG table; the five unassigned bytes map to the C1
 * control of the same number). Node's TextDecoder('windows-1252') decodes these as Latin-1
 * (U+0080-U+009F) in the Node versions we support, so 0x80 would not be the euro sign.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Bytes as Windows-1252 text (as Excel saves CSV with Dutch or other Western settings). */
export function decodeWindows1252(bytes: Uint8Array): string {
    let text = '';
    for (let start = 0; start < bytes.length; start += 8192) {
        const chunk = bytes.subarray(start, start + 8192);
        text += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, c => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
    }
    return text;
}

export const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** A `.dpa` file as text, or the problem that keeps it from being one (reported like a diagnostic). */
export type SourceText = { readonly path: string; readonly text: string } | { readonly path: string; readonly problem: ReportedDiagnostic };

function problem(path: string, line: number, column: number, code: string, message: string): SourceText {
    return { path, problem: { file: reportedPath(path), line, column, endLine: line, endColumn: column, severity: 'error', code, message } };
}

/**
 * Reads a `.dpa` file: a file-system problem is a `FileError` (exit 2); text that is not valid
 * UTF-8, or holds NUL bytes (a binary file), is a problem with its line and column (an error in
 * the agreement: exit 1). Never a silent U+FFFD.
 */
export function readSource(path: string): SourceText {
    const bytes = readFileBytes(path, INPUT_LIMITS.sourceBytes, 'file.source');
    const decoded = decodeUtf8(bytes);
    if (!('text' in decoded)) {
        return problem(path, decoded.line, decoded.column, 'invalid-encoding', say('encoding.notUtf8', { byte: hex(decoded.byte) }));
    }
    const nul = decoded.text.indexOf('\0');
    if (nul >= 0) {
        const before = decoded.text.slice(0, nul);
        const line = before.split('\n').length;
        return problem(path, line, nul - before.lastIndexOf('\n'), 'binary-file', say('source.binary'));
    }
    return { path, text: decoded.text };
}

export interface CheckedSources {
    /** The files that could be read, parsed, linked and validated, in the order given. */
    readonly results: readonly CheckedAgreement[];
    /** The files that could not be read as text, one problem each. */
    readonly problems: readonly ReportedDiagnostic[];
}

/** Reads (see `readSource`), parses, links and validates `.dpa` files. */
export async function checkSources(services: DpaServices, paths: readonly string[]): Promise<CheckedSources> {
    const texts: DpaSource[] = [];
    const problems: ReportedDiagnostic[] = [];
    for (const path of paths) {
        const source = readSource(path);
        if ('problem' in source) problems.push(source.problem);
        else texts.push({ uri: URI.file(path), text: source.text });
    }
    return { results: await checkTexts(services, texts), problems };
}
