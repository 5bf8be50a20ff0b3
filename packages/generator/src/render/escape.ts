/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, ch => HTML_ENTITIES[ch]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for inline Markdown (CommonMark/GFM), including table cells: emphasis, code,
 * links, HTML, entities and table pipes; and block markers (#, -, +, >, "1.") at the start.
 */
export function escapeMarkdown(text: string): string {
    const inline = text.replace(/[\\`*_[\]<>|~&!]/g, '\\$&');
    return inline.replace(/^(\s*)([#+\-=>]|\d+[.)])/, (_, space: string, marker: string) => `${space}\\${marker}`);
}
