/**
 * The HTML the LSP client renders from the server's Markdown (hovers, completion documentation),
 * reduced to plain formatting: the server escapes the user's text it quotes, and the page's CSP
 * runs nothing inline, but an agreement opened from elsewhere is someone else's text, so no
 * element or attribute outside this list reaches the page (defence in depth).
 */
const ALLOWED = new Set(['P', 'BR', 'HR', 'EM', 'STRONG', 'B', 'I', 'CODE', 'PRE', 'SPAN', 'DIV', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'BLOCKQUOTE']);

export function sanitizeHtml(html: string): string {
    const template = document.createElement('template');
    template.innerHTML = html;
    const clean = (node: ParentNode) => {
        for (const child of [...node.children]) {
            if (!ALLOWED.has(child.tagName)) {
                child.replaceWith(document.createTextNode(child.textContent ?? ''));
                continue;
            }
            for (const attribute of [...child.attributes]) {
                const keep = child.tagName === 'A' && attribute.name === 'href' && /^https?:\/\//i.test(attribute.value);
                if (!keep) child.removeAttribute(attribute.name);
            }
            if (child.tagName === 'A') child.setAttribute('rel', 'noopener noreferrer');
            clean(child);
        }
    };
    clean(template.content);
    return template.innerHTML;
}
