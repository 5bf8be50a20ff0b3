/**
 * Zip files (a .docx): written as fflate's zipSync (the one the `docx` library uses) writes them,
 * with fixed times, so the same parts give the same bytes.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** 1980-01-01 00:00:00 as a DOS date ((year - 1980) << 9 | month << 5 | day) and time: the earliest DOS time. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

// ---------------------------------------------------------------------------------------------
// Writing a zip of already deflated entries, laid out exactly as fflate's zipSync lays out its
// own (the one docx uses): the same headers, no extra fields, entries in order, fixed times. A
// part that is the same in every document is deflated once (render/docx.ts).

/** One entry of a zip: its name, its content, the content deflated (fflate `deflateSync`, default level) and its CRC. */
export interface ZipEntry {
    readonly name: Uint8Array;
    readonly size: number;
    readonly crc: number;
    readonly deflated: Uint8Array;
}

const CRC_TABLE = (() => {
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c;
    }
    return table;
})();

/** The CRC-32 of the zip format. */
export function crc32(data: Uint8Array): number {
    let c = -1;
    for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
    return ~c >>> 0;
}

/** A zip of `entries`, in order, every time 1980-01-01 00:00. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
    let localSize = 0;
    let centralSize = 0;
    for (const e of entries) {
        if (e.name.length > 0xffff) throw new Error('Zip entry name too long');
        localSize += 30 + e.name.length + e.deflated.length;
        centralSize += 46 + e.name.length;
    }
    const out = new Uint8Array(localSize + centralSize + 22);
    const view = new DataView(out.buffer);
    let at = 0;
    let central = localSize;
    const header = (offset: number, e: ZipEntry) => {
        view.setUint16(offset, 20, true);
        // Flags 0, method 8 (deflate), DOS time and date, CRC, sizes, name length, no extra field.
        view.setUint16(offset + 4, 8, true);
        view.setUint16(offset + 6, DOS_TIME, true);
        view.setUint16(offset + 8, DOS_DATE, true);
        view.setUint32(offset + 10, e.crc, true);
        view.setUint32(offset + 14, e.deflated.length, true);
        view.setUint32(offset + 18, e.size, true);
        view.setUint16(offset + 22, e.name.length, true);
    };
    for (const e of entries) {
        view.setUint32(at, LOCAL_HEADER, true);
        header(at + 4, e);
        out.set(e.name, at + 30);
        out.set(e.deflated, at + 30 + e.name.length);
        view.setUint32(central, CENTRAL_HEADER, true);
        view.setUint16(central + 4, 20, true);
        header(central + 6, e);
        view.setUint32(central + 42, at, true);
        out.set(e.name, central + 46);
        at += 30 + e.name.length + e.deflated.length;
        central += 46 + e.name.length;
    }
    view.setUint32(central, END_OF_CENTRAL_DIRECTORY, true);
    view.setUint16(central + 8, entries.length, true);
    view.setUint16(central + 10, entries.length, true);
    view.setUint32(central + 12, centralSize, true);
    view.setUint32(central + 16, localSize, true);
    return out;
}
