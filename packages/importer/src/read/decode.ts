import type { SourceDocument } from '../source.js';
import { ImportError } from './errors.js';

/**
 * Windows-1252 bytes 0x80-0x9F (the WHATWG table; the five unassigned bytes map to the C1
 * control of the same number). The same table as the CLI's CSV reader (cli/src/sources.ts),
 * which the importer cannot import (it is a layer above).
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
    let text = '';
    for (let start = 0; start < bytes.length; start += 8192) {
        const chunk = bytes.subarray(start, start + 8192);
        text += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/gu, c => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
    }
    return text;
}

export interface DecodedText {
    readonly text: string;
    readonly encoding?: SourceDocument['encoding'];
}

/**
 * The text of a text, Markdown or HTML file. UTF-8 (a byte order mark dropped); UTF-16 when it
 * starts with its byte order mark (Notepad's "Unicode"); otherwise, when the bytes are not valid
 * UTF-8, Windows-1252 — what Word and Notepad on a Dutch Windows write as "plain text (ANSI)",
 * and in which every byte is a character, so nothing is lost; the document says so
 * (`encoding`). A NUL byte outside UTF-16 means a binary file: an `ImportError`.
 */
export function decodeText(path: string, bytes: Uint8Array): DecodedText {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        let line = 1;
        for (let i = 0; i < nul; i++) if (bytes[i] === 0x0a) line++;
        throw new ImportError('read.notText', path, { line });
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
        return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
}
