/**
 * The oracle's zip times (the product writes its zip with fixed times itself, render/zip.ts).
 * Makes a zip file (a .docx) independent of the time it was packed: every entry's modification
 * time becomes 1980-01-01 00:00, the earliest DOS time, in the local headers and the central
 * directory. Only those bytes change; the compressed data, the CRCs and the entry order stay as
 * they are (docx compresses with fflate, pure JavaScript, so they depend on the input alone).
 * Its errors are plain Errors, not catalogue messages: it only reads the zip the docx library has
 * just written, so a failure is a bug in the generator, not something a user can cause.
 */
export function normalizeZipTimestamps(zip: Uint8Array): Uint8Array {
    const out = Uint8Array.from(zip);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    const u16 = (at: number) => view.getUint16(at, true);
    const u32 = (at: number) => view.getUint32(at, true);
    const expect = (at: number, signature: number, what: string) => {
        if (at < 0 || at + 4 > out.length || u32(at) !== signature) throw new Error(`Not a zip file: no ${what} at byte ${at}`);
    };

    const eocd = endOfCentralDirectory(view);
    const entries = u16(eocd + 10);
    if (entries === 0xffff || u32(eocd + 16) === 0xffffffff) throw new Error('ZIP64 files are not supported');
    let at = u32(eocd + 16);
    for (let i = 0; i < entries; i++) {
        expect(at, CENTRAL_HEADER, 'central directory header');
        const nameLength = u16(at + 28);
        const extraLength = u16(at + 30);
        const commentLength = u16(at + 32);
        const local = u32(at + 42);
        view.setUint16(at + 12, DOS_TIME, true);
        view.setUint16(at + 14, DOS_DATE, true);
        fixExtraTimestamps(view, at + 46 + nameLength, extraLength);

        expect(local, LOCAL_HEADER, 'local file header');
        view.setUint16(local + 10, DOS_TIME, true);
        view.setUint16(local + 12, DOS_DATE, true);
        fixExtraTimestamps(view, local + 30 + u16(local + 26), u16(local + 28));

        at += 46 + nameLength + extraLength + commentLength;
    }
    return out;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** 1980-01-01 00:00:00 as a DOS date ((year - 1980) << 9 | month << 5 | day) and time. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;
/** The same moment in Unix seconds, for the extended timestamp extra field. */
const UNIX_TIME = 315532800;
const EXTENDED_TIMESTAMP = 0x5455;

function endOfCentralDirectory(view: DataView): number {
    // The record is 22 bytes plus a comment of up to 65535 bytes, at the end of the file.
    for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
        if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
    }
    throw new Error('Not a zip file: no end of central directory record');
}

/** Sets the times of an extended timestamp field (0x5455), if an entry has one, to UNIX_TIME. */
function fixExtraTimestamps(view: DataView, start: number, length: number): void {
    let at = start;
    while (at + 4 <= start + length) {
        const id = view.getUint16(at, true);
        const size = view.getUint16(at + 2, true);
        if (id === EXTENDED_TIMESTAMP) {
            for (let time = at + 5; time + 4 <= at + 4 + size; time += 4) view.setUint32(time, UNIX_TIME, true);
        }
        at += 4 + size;
    }
}

