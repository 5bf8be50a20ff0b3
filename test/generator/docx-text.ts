import { inflateRawSync } from 'node:zlib';

/** The text of word/document.xml of a .docx (stored or deflated entries), without tags. */
export function docxText(bytes: Uint8Array): string {
    const buffer = Buffer.from(bytes);
    let offset = 0;
    while (offset + 30 <= buffer.length && buffer.readUInt32LE(offset) === 0x04034b50) {
        const method = buffer.readUInt16LE(offset + 8);
        const size = buffer.readUInt32LE(offset + 18);
        const nameLength = buffer.readUInt16LE(offset + 26);
        const extraLength = buffer.readUInt16LE(offset + 28);
        const name = buffer.toString('utf8', offset + 30, offset + 30 + nameLength);
        const start = offset + 30 + nameLength + extraLength;
        const data = buffer.subarray(start, start + size);
        if (name === 'word/document.xml') {
            const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
            return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
                .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&');
        }
        offset = start + size;
    }
    throw new Error('word/document.xml not found');
}
