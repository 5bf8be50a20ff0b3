/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, ch => HTML_ENTITIES[ch]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Words that Markdown viewers turn into live links without any link syntax: GFM's autolink
 * literals (`https://…`, `www.…`, e-mail addresses) and linkify (markdown-it, as in VS Code's
 * preview, which also links bare domain names such as `klant.nl` and `mailto:`, `//` addresses).
 */
const LINK_LIKE: readonly RegExp[] = [
    /[A-Za-z][A-Za-z0-9+.-]*:[^\s]/, // a scheme: https://…, mailto:…, xmpp:…
    /(^|[^\w\\])\/\/\w/, // a protocol-relative address: //klant.nl
    /[^\s@]@[^\s@]/, // an e-mail address
    /www\./i,
    /[\p{L}\p{N}_-]\.\p{L}{2,}/u // a domain name: klant.nl, example.com
];

/**
 * Makes addresses in text inert: in a word that a viewer would link (LINK_LIKE), every `.`, `:`
 * and `@` is escaped. A backslash before punctuation is CommonMark's escape, so the text renders
 * exactly as written, but neither GFM's autolink literals nor linkify see an address any more.
 * Applied to escaped text (escapeMarkdown never adds a backslash before these three characters).
 */
function inertAddresses(text: string): string {
    return text.replace(/\S+/g, word => LINK_LIKE.some(pattern => pattern.test(word)) ? word.replace(/[.:@]/g, '\\$&') : word);
}

/**
 * Escapes text for inline Markdown (CommonMark/GFM), including table cells: emphasis, code,
 * links and images, HTML, table pipes; an ampersand only where it would start an entity or a
 * numeric character reference (`&amp;`, `&#38;`), so "HR & Salaris" stays as written,
 * and `!` needs none, since the `[` of an image is escaped; addresses that viewers would link by
 * themselves (inertAddresses); and block markers (#, -, +, >, "1.") at the start.
 */
export function escapeMarkdown(text: string): string {
    const inline = inertAddresses(text.replace(/[\\`*_[\]<>|~]|&(?=#?[0-9A-Za-z]+;)/g, '\\$&'));
    // A list number's full stop or parenthesis is escaped, not its digits: CommonMark escapes
    // punctuation only, so "\\2." would show its backslash.
    return inline.replace(/^(\s*)(?:([#+\-=>])|(\d+)([.)]))/, (_, space: string, marker: string | undefined, digits: string | undefined, punct: string | undefined) =>
        marker !== undefined ? `${space}\\${marker}` : `${space}${digits!}\\${punct!}`);
}
