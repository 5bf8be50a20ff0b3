// Writing .dpa text: strings escaped, names unique and valid, lines in a fixed order so that the
// same input gives the same bytes.

/** A .dpa string literal: backslashes and double quotes escaped, line breaks as spaces. */
export function dpaString(text: string): string {
    return `"${text.replace(/\s+/gu, ' ').trim().replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')}"`;
}

/** A `//` comment line's text: one line, no line breaks. */
export function commentText(text: string): string {
    return text.replace(/\s+/gu, ' ').trim();
}

const KEYWORDS = new Set(['agreement', 'data', 'subject', 'measure', 'processing', 'clause', 'controller', 'processor', 'staff', 'text', 'en', 'covers', 'title', 'version', 'name', 'none', 'if', 'not']);

/** Unique identifiers made from labels: ASCII, PascalCase, at most 32 characters. */
export class Names {
    private readonly used = new Set<string>();

    make(label: string, fallback: string): string {
        const words = label.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').split(/[^A-Za-z0-9]+/u).filter(w => w !== '');
        let base = words.map(w => w[0]!.toUpperCase() + w.slice(1)).join('').slice(0, 32);
        if (!/^[A-Za-z]/u.test(base)) base = fallback + base;
        if (KEYWORDS.has(base.toLowerCase())) base = fallback + base;
        let name = base;
        for (let n = 2; this.used.has(name); n++) name = `${base}${n}`;
        this.used.add(name);
        return name;
    }
}
