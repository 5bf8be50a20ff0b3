import { extname } from 'node:path';
import { say } from './messages.js';
import { decodeUtf8, decodeWindows1252, hex, INPUT_LIMITS, readFileBytes } from './sources.js';

/** One record of a data file: its values by column name and where it is in the file. */
export interface DataRow {
    /** CSV: the line the record starts on (the header is line 1); JSON: the array index + 1. */
    readonly number: number;
    /** Values as written (CSV: after unquoting); absent when the record lacks the column. */
    readonly values: Readonly<Record<string, DataValue>>;
}

/** A CSV cell is always text; a JSON value may be anything, checked per row by the caller. */
export type DataValue = string | number | boolean | null | object;

export interface DataFile {
    readonly kind: 'csv' | 'json';
    /** CSV: the header, in order; JSON: every key used by any object, in order of appearance. */
    readonly columns: readonly string[];
    readonly rows: readonly DataRow[];
    /** How the file was decoded, when not UTF-8 (a CSV file saved by Excel: Windows-1252). */
    readonly encoding?: 'windows-1252';
}

/** A data file that cannot be read as a whole (malformed CSV or JSON); `line` is 1-based. */
export class DataFileError extends Error {
    constructor(readonly line: number | undefined, readonly reason: string) {
        super(line === undefined ? reason : say('data.line', { line, reason }));
    }
}

/**
 * Reads a `.json` file (an array of objects) or, for any other extension, a CSV file. A UTF-8
 * byte order mark is dropped. A CSV file that is not valid UTF-8 is read as Windows-1252 (as
 * Excel saves CSV in the Netherlands), and `encoding` says so; a JSON file must be UTF-8 (a
 * `DataFileError` names the line of the first bad byte). File-system problems and a file over
 * `INPUT_LIMITS.dataBytes` are `FileError`s.
 */
export function readDataFile(path: string): DataFile {
    const bytes = readFileBytes(path, INPUT_LIMITS.dataBytes, 'file.data');
    const json = extname(path).toLowerCase() === '.json';
    const decoded = decodeUtf8(bytes);
    if ('text' in decoded) return json ? parseJsonRows(decoded.text) : parseCsvRows(decoded.text);
    if (json) throw new DataFileError(decoded.line, say('data.column', { column: decoded.column, reason: say('encoding.notUtf8', { byte: hex(decoded.byte) }) }));
    return { ...parseCsvRows(decodeWindows1252(bytes)), encoding: 'windows-1252' };
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)
//
// Hand-written rather than csv-parse (7.0.3, measured for issue 9): its line counter counts a
// CRLF inside a quoted field as two lines (`a,b\n"x\r\ny",1\nc,d,e`: the ragged record on line 4
// is reported on line 5), an unclosed quote is reported where the input ends, not on the line
// it opened, and tolerating spaces around a quoted field (`a, "b"`) needs ltrim/rtrim, which
// also trim unquoted cells and merge a whitespace-only line into the next record. Every message
// here names the line to fix, so this reader keeps its own count; see ARCHITECTURE.md.
// ---------------------------------------------------------------------------------------------

/** One parsed CSV record with the line it starts on. */
export interface CsvRecord {
    readonly line: number;
    readonly fields: readonly string[];
}

/**
 * The separator of a CSV text: `,`, or `;` when the header line has a `;` and no `,` (the
 * Dutch Excel export).
 */
export function detectSeparator(text: string): ',' | ';' {
    const header = /^[^\r\n]*/.exec(text)![0];
    return !header.includes(',') && header.includes(';') ? ';' : ',';
}

/**
 * Splits CSV text into records (RFC 4180): fields in double quotes may hold separators,
 * newlines and doubled quotes (`""`); CRLF, LF and CR all end a record; a UTF-8 BOM is
 * ignored; blank lines are skipped. A quote that is never closed, a quote inside an unquoted
 * field or text after a closing quote is a `DataFileError` naming the line.
 */
export function parseCsv(input: string, separator: ',' | ';' = detectSeparator(input.replace(/^\uFEFF/, ''))): CsvRecord[] {
    const text = input.replace(/^\uFEFF/, '');
    const records: CsvRecord[] = [];
    let fields: string[] = [];
    let field = '';
    let line = 1;
    let recordLine = 1;
    let i = 0;
    const n = text.length;
    const endRecord = () => {
        fields.push(field);
        // A blank line is no record (an empty one-column record would be indistinguishable).
        if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
        fields = [];
        field = '';
    };
    while (i < n) {
        const c = text[i]!;
        if (c === '"') {
            // Spaces before the opening quote are tolerated (`a, "b"`); other text is not.
            if (field.trim() !== '') throw new DataFileError(line, say('data.quoteInside', { column: fields.length + 1 }));
            field = '';
            const openedOn = line;
            i++;
            for (;;) {
                if (i >= n) throw new DataFileError(openedOn, say('data.unterminated', { line: openedOn }));
                const q = text[i]!;
                if (q === '"') {
                    if (text[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (q === '\r' || q === '\n') {
                    line++;
                    if (q === '\r' && text[i + 1] === '\n') {
                        field += '\r\n';
                        i += 2;
                        continue;
                    }
                }
                field += q;
                i++;
            }
            while (text[i] === ' ' || text[i] === '\t') i++;
            const next = text[i];
            if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') {
                throw new DataFileError(line, say('data.afterQuote', { column: fields.length + 1 }));
            }
            continue;
        }
        if (c === separator) {
            fields.push(field);
            field = '';
            i++;
        } else if (c === '\r' || c === '\n') {
            endRecord();
            i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
            line++;
            recordLine = line;
        } else {
            field += c;
            i++;
        }
    }
    if (field !== '' || fields.length > 0) endRecord();
    return records;
}

/** A CSV file with a header row: rows keyed by the header's column names. */
export function parseCsvRows(text: string): DataFile {
    const [header, ...records] = parseCsv(text);
    if (!header) throw new DataFileError(undefined, say('data.empty'));
    const columns = header.fields.map(f => f.trim());
    const seen = new Set<string>();
    columns.forEach((name, index) => {
        if (name === '') throw new DataFileError(header.line, say('data.unnamedColumn', { column: index + 1 }));
        if (seen.has(name)) throw new DataFileError(header.line, say('data.columnTwice', { name }));
        seen.add(name);
    });
    const rows = records.map(record => {
        if (record.fields.length !== columns.length) {
            throw new DataFileError(record.line, say('data.fieldCount', { fields: record.fields.length, columns: columns.length }));
        }
        const values: Record<string, string> = {};
        columns.forEach((name, index) => (values[name] = record.fields[index]!));
        return { number: record.line, values };
    });
    return { kind: 'csv', columns, rows };
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
    return line;
}

class JsonSyntaxAt {
    constructor(readonly offset: number) {}
}

const JSON_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first syntax error in JSON text that `JSON.parse` rejected (its messages
 * do not always give a position): a minimal recursive-descent scan of the JSON grammar.
 */
export function jsonErrorOffset(text: string): number {
    let i = 0;
    const fail = (): never => {
        throw new JsonSyntaxAt(i);
    };
    const ws = () => {
        while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n') i++;
    };
    const string = () => {
        i++;
        while (i < text.length) {
            const c = text[i]!;
            if (c === '\\') i += 2;
            else if (c === '"') return void i++;
            else if (c < ' ') fail();
            else i++;
        }
        fail();
    };
    const sequence = (close: string, item: () => void) => {
        i++;
        ws();
        if (text[i] === close) return void i++;
        for (;;) {
            item();
            ws();
            if (text[i] === ',') i++;
            else if (text[i] === close) return void i++;
            else fail();
        }
    };
    const value = (): void => {
        ws();
        const c = text[i];
        if (c === '{') {
            sequence('}', () => {
                ws();
                if (text[i] !== '"') fail();
                string();
                ws();
                if (text[i] !== ':') fail();
                i++;
                value();
            });
        } else if (c === '[') {
            sequence(']', value);
        } else if (c === '"') {
            string();
        } else {
            JSON_LITERAL.lastIndex = i;
            const m = JSON_LITERAL.exec(text);
            if (!m) fail();
            i += m![0].length;
        }
    };
    try {
        value();
        ws();
        if (i < text.length) fail();
    } catch (error) {
        if (error instanceof JsonSyntaxAt) return Math.min(error.offset, text.length);
        throw error;
    }
    return text.length;
}

/** A JSON file holding an array of objects, one per row; row numbers are index + 1. */
export function parseJsonRows(input: string): DataFile {
    const text = input.replace(/^\uFEFF/, '');
    let data: unknown;
    try {
        data = JSON.parse(text);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = lineAt(text, jsonErrorOffset(text));
        // V8 quotes the whole text in some messages; keep only the reason.
        throw new DataFileError(line, say('data.invalidJson', { reason: message.replace(/, "[\s\S]*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '') }));
    }
    if (!Array.isArray(data)) throw new DataFileError(undefined, say('data.notArray'));
    const columns: string[] = [];
    const known = new Set<string>();
    const rows = data.map((item: unknown, index) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            throw new DataFileError(undefined, say('data.notObject', { element: index + 1 }));
        }
        for (const key of Object.keys(item)) {
            if (!known.has(key)) {
                known.add(key);
                columns.push(key);
            }
        }
        return { number: index + 1, values: item as Record<string, DataValue> };
    });
    return { kind: 'json', columns, rows };
}

/**
 * A value as text for a template field: text and numbers as written, trimmed; absent, null and
 * empty all give ''. Objects and arrays have no text form: undefined.
 */
export function valueText(value: DataValue | undefined): string | undefined {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
}
