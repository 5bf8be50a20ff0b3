/** Text for Word's XML: the characters XML 1.0 cannot hold at all replaced, and escaped. */

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function clean(text: string): string {
    return text.replace(NOT_XML, '\uFFFD');
}

/** Text and attribute values as the `docx` library escapes them: the five entities; C0 controls other than tab, LF, CR dropped. */
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const escape = (text: string) => text.replace(ESCAPED, c => ENTITIES[c] ?? '');

/** `text` cleaned and escaped, for the core properties. */
export function escapeXml(text: string): string {
    return clean(text).replace(/[<>&"']/g, c => ENTITIES[c]!);
}
