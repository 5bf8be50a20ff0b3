import { Parser } from 'htmlparser2';
import type { SourceBlock, SourceLocation } from '../source.js';
import { headingParts, paragraphParts } from './numbering.js';
import { HEADING_PATTERNS, HEADING_TEXT } from './text-layout.js';
import type { TextLayout } from './text.js';

/** Elements whose content is not text of the document. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'math', 'object', 'iframe']);
/** Elements that hold one block of text. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre', 'caption', 'figcaption', 'address']);
/** Elements that end a run of loose text (text directly in a div or the body). */
const BREAKS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'body', 'ul', 'ol', 'table', 'hr', 'form', 'fieldset']);
const BOLD = new Set(['b', 'strong']);

export interface HtmlOptions {
    /**
     * Where a block is: `line` (an HTML file) or `paragraph` (the Word paragraph a block starts
     * at, for Word read through mammoth, which writes one element per Word paragraph).
     */
    readonly locate: 'line' | 'paragraph';
    /** Number ordered items by their place in every enclosing ordered list ("3.1."), as Word's legal numbering does; else by their own list ("1."). */
    readonly nestedNumbers?: boolean;
    /** The number of each `<li>` in document order, as the source shows it (Word's numbering, "6.1"); undefined for a bullet. */
    readonly listNumbers?: readonly (string | undefined)[];
}

interface OpenList {
    readonly ordered: boolean;
    next: number;
}

interface OpenBlock {
    readonly tag: string;
    readonly at: SourceLocation;
    text: string;
    /** Characters of text outside bold. */
    plain: number;
    /** The list item's number, when in an ordered list. */
    readonly number?: string;
    readonly depth: number;
    emitted: boolean;
}

/**
 * HTML read with htmlparser2 (lenient, as browsers are): headings h1–h6 with their level and
 * number ("Artikel 4", "3."), paragraphs (a numbered one split: "4.2", "a)"), list items with
 * their depth and, in ordered lists, their number, tables as rows of cells (`<th>` or `<thead>`
 * marks the header), and text loose in a `div`. Scripts, styles and the head are not read. A
 * paragraph that is all bold and short, or that reads "Artikel 4 – Titel", is a heading.
 */
export function readHtml(html: string, options: HtmlOptions = { locate: 'line' }): TextLayout {
    const blocks: SourceBlock[] = [];
    const newlines: number[] = [];
    for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) newlines.push(i);
    const lineAt = (index: number): number => {
        let low = 0;
        let high = newlines.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (newlines[mid]! < index) low = mid + 1;
            else high = mid;
        }
        return low + 1;
    };
    let paragraphs = 0;
    let items = 0;
    let skipping = 0;
    let bold = 0;
    const lists: OpenList[] = [];
    const open: OpenBlock[] = [];
    let loose: OpenBlock | undefined;
    let table: { at: SourceLocation; rows: string[][]; header: boolean } | undefined;
    const tables: { at: SourceLocation; rows: string[][]; header: boolean }[] = [];
    let row: string[] | undefined;
    let cell: { text: string } | undefined;

    const location = (index: number): SourceLocation => options.locate === 'line' ? { line: lineAt(index) } : { paragraph: paragraphs };
    const emit = (block: OpenBlock): void => {
        if (block.emitted) return;
        block.emitted = true;
        const text = block.text.replace(/\s+/gu, ' ').trim();
        if (text === '') return;
        const at = block.at;
        if (/^h[1-6]$/u.test(block.tag)) {
            blocks.push({ kind: 'heading', level: Number(block.tag[1]), ...headingParts(text), at });
            return;
        }
        if (block.tag === 'li' && block.depth === 0 && block.number !== undefined && /^\d+(?:\.\d+)*\.?$/u.test(block.number)) {
            // A numbered paragraph ("6.1", "2."), as the text reader reads one.
            blocks.push({ kind: 'paragraph', number: block.number, text, at });
            return;
        }
        if (block.tag === 'li') {
            blocks.push({ kind: 'list-item', depth: block.depth, text, ...(block.number ? { number: block.number } : {}), at });
            return;
        }
        const short = text.length <= HEADING_TEXT.annexMaxChars && !/[.;,:]$/u.test(text);
        if (short && (HEADING_PATTERNS.some(({ pattern }) => pattern.test(text)) || (block.plain === 0 && text.length <= HEADING_TEXT.maxChars))) {
            const parts = headingParts(text);
            blocks.push({ kind: 'heading', level: parts.number !== undefined && !/^\d+\.\d/u.test(parts.number) ? 2 : 3, ...parts, at });
            return;
        }
        const parts = paragraphParts(text);
        if (parts.kind === 'letter') blocks.push({ kind: 'list-item', depth: 0, number: parts.number!, text: parts.text, at });
        else blocks.push({ kind: 'paragraph', text: parts.text, ...(parts.number ? { number: parts.number } : {}), at });
    };
    const flushLoose = (): void => {
        if (loose) emit(loose);
        loose = undefined;
    };
    const addText = (text: string, index: number): void => {
        if (cell) {
            cell.text += text;
            return;
        }
        const target = open[open.length - 1];
        if (target) {
            target.text += text;
            if (bold === 0) target.plain += text.trim().length;
            return;
        }
        if (text.trim() === '') return;
        loose ??= { tag: 'p', at: location(index), text: '', plain: 0, depth: 0, emitted: false };
        loose.text += text;
        if (bold === 0) loose.plain += text.trim().length;
    };

    const parser: Parser = new Parser({
        onopentag(name, attributes) {
            if (skipping > 0 || SKIPPED.has(name)) {
                if (SKIPPED.has(name)) skipping++;
                return;
            }
            const index = parser.startIndex;
            if (BOLD.has(name)) bold++;
            if (name === 'br') return addText(' ', index);
            if (BREAKS.has(name)) flushLoose();
            if (name === 'ul' || name === 'ol') {
                // A nested list ends its item's own text: the item comes before its children.
                const item = open[open.length - 1];
                if (item?.tag === 'li') emit(item);
                const start = Number.parseInt(attributes['start'] ?? '1', 10);
                lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
                return;
            }
            if (name === 'table') {
                if (table) tables.push(table);
                table = { at: options.locate === 'line' ? location(index) : { paragraph: paragraphs + 1 }, rows: [], header: false };
                return;
            }
            if (name === 'thead' && table) table.header = true;
            if (name === 'tr' && table) {
                row = [];
                table.rows.push(row);
                return;
            }
            if ((name === 'td' || name === 'th') && row) {
                if (name === 'th' && table && table.rows.length === 1) table.header = true;
                cell = { text: '' };
                return;
            }
            if (TEXT_BLOCKS.has(name)) {
                if (options.locate === 'paragraph') paragraphs++;
                if (cell) {
                    if (name === 'li' && options.listNumbers) items++;
                    if (cell.text.trim() !== '') cell.text += '\n';
                    return;
                }
                flushLoose();
                let number: string | undefined;
                if (name === 'li' && options.listNumbers) number = options.listNumbers[items++];
                else if (name === 'li') {
                    const list = lists[lists.length - 1];
                    if (list?.ordered) {
                        const own = list.next++;
                        number = options.nestedNumbers
                            ? `${[...lists.slice(0, -1).filter(l => l.ordered).map(l => l.next - 1), own].join('.')}.`
                            : `${own}.`;
                    }
                }
                open.push({ tag: name, at: location(index), text: '', plain: 0, depth: Math.max(0, lists.length - 1), emitted: false, ...(number ? { number } : {}) });
            }
        },
        ontext(text) {
            if (skipping > 0) return;
            addText(text, parser.startIndex);
        },
        onclosetag(name) {
            if (SKIPPED.has(name)) {
                skipping = Math.max(0, skipping - 1);
                return;
            }
            if (skipping > 0) return;
            if (BOLD.has(name)) bold = Math.max(0, bold - 1);
            if (name === 'ul' || name === 'ol') {
                lists.pop();
                return;
            }
            if ((name === 'td' || name === 'th') && cell && row) {
                row.push(cell.text.split('\n').map(part => part.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n'));
                cell = undefined;
                return;
            }
            if (name === 'tr') {
                row = undefined;
                return;
            }
            if (name === 'table' && table) {
                if (table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows, header: table.header, at: table.at });
                table = tables.pop();
                return;
            }
            if (TEXT_BLOCKS.has(name) && !cell) {
                const index = open.map(b => b.tag).lastIndexOf(name);
                if (index >= 0) {
                    for (const block of open.splice(index)) emit(block);
                }
            }
            if (BREAKS.has(name)) flushLoose();
        }
    }, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
    parser.write(html);
    parser.end();
    for (const block of open.splice(0)) emit(block);
    flushLoose();
    return { blocks };
}
