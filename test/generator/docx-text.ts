import { inflateRawSync } from 'node:zlib';

// Reading the parts of a generated .docx in tests: the zip's central directory names each part
// with its local header's offset and compressed size (stored or deflated entries). The DOCX test
// (docx.test.ts) checks the zip itself — CRCs, sizes, times — with a reader of its own.

/** The text of one part of a .docx (a zip), e.g. `word/document.xml`. */
export function docxPart(bytes: Uint8Array, name: string): string {
    const buffer = Buffer.from(bytes);
    let end = buffer.length - 22;
    while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
    if (end < 0) throw new Error('not a zip: no end of central directory');
    let at = buffer.readUInt32LE(end + 16);
    for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
        const nameLength = buffer.readUInt16LE(at + 28);
        if (buffer.toString('utf8', at + 46, at + 46 + nameLength) === name) {
            const local = buffer.readUInt32LE(at + 42);
            const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
            const data = buffer.subarray(start, start + buffer.readUInt32LE(at + 20));
            return (buffer.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
        }
        at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    }
    throw new Error(`${name} not in the zip`);
}

/** The text of word/document.xml of a .docx without tags, one paragraph a line. */
export function docxText(bytes: Uint8Array): string {
    return docxPart(bytes, 'word/document.xml').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&');
}
