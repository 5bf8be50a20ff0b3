/**
 * Text into Word runs. docx escapes XML itself; we only remove the characters XML 1.0 cannot hold
 * at all, and turn line breaks into Word line breaks.
 */
import { TextRun } from 'docx';

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function clean(text: string): string {
    return text.replace(NOT_XML, '\uFFFD');
}

export function runs(text: string, format: { bold?: boolean; color?: string } = {}): TextRun[] {
    return clean(text).split(/\r?\n/).map((line, i) => new TextRun({ ...format, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export function escapeXml(text: string): string {
    return clean(text).replace(/[<>&"']/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
