import { Lexer, type Token, type Tokens } from 'marked';
import type { SourceBlock } from '../source.js';
import { headingParts, paragraphParts } from './numbering.js';
import { HEADING_PATTERNS } from './text-layout.js';
import type { TextLayout } from './text.js';

/**
 * Markdown read with `marked`'s lexer (CommonMark and GitHub tables): `#` headings (their level;
 * "## Artikel 4 – Titel" split into number and title), paragraphs ("4.2 …" numbered), lists
 * (ordered items keep their number, nested lists their depth), tables (the header row marked),
 * block quotes read through. A YAML front matter is not part of the agreement: it goes to
 * `meta`. Each block's `at.line` is the line it starts on.
 */
export function readMarkdown(text: string): TextLayout {
    let body = text.replace(/\r\n?/gu, '\n');
    let offsetLines = 0;
    let meta: Record<string, string> | undefined;
    const front = /^---\n([\s\S]*?)\n---\n/u.exec(body);
    if (front) {
        meta = {};
        for (const line of front[1]!.split('\n')) {
            const m = /^([\w-]+):[ \t]*(.*)$/u.exec(line);
            if (m) meta[m[1]!] = m[2]!.replace(/^["']|["']$/gu, '');
        }
        offsetLines = front[0].split('\n').length - 1;
        body = body.slice(front[0].length);
    }
    const blocks: SourceBlock[] = [];
    const tokens = new Lexer({ gfm: true }).lex(body);
    walk(tokens, 1 + offsetLines, 0, blocks);
    return meta ? { blocks, meta } : { blocks };
}

const linesIn = (raw: string): number => raw.split('\n').length - 1;

/** The plain text of inline tokens: emphasis and links read through, HTML tags dropped, breaks a space. */
export function inlineText(tokens: readonly Token[] | undefined, fallback = ''): string {
    if (tokens === undefined) return fallback;
    let out = '';
    for (const token of tokens) {
        if (token.type === 'html') continue;
        if (token.type === 'br') out += ' ';
        else if ('tokens' in token && Array.isArray(token.tokens) && token.type !== 'codespan') out += inlineText(token.tokens as Token[], String(token['text'] ?? ''));
        else out += String((token as { text?: unknown }).text ?? '');
    }
    return out.replace(/\s+/gu, ' ').trim();
}

function walk(tokens: readonly Token[], startLine: number, depth: number, blocks: SourceBlock[]): void {
    let line = startLine;
    for (const token of tokens) {
        const at = { line };
        switch (token.type) {
            case 'heading': {
                const heading = token as Tokens.Heading;
                const parts = headingParts(inlineText(heading.tokens, heading.text));
                blocks.push({ kind: 'heading', level: heading.depth, ...parts, at });
                break;
            }
            case 'paragraph': {
                const paragraph = token as Tokens.Paragraph;
                const whole = inlineText(paragraph.tokens, paragraph.text);
                if (whole === '') break;
                if (!whole.includes('\n') && whole.length <= 120 && HEADING_PATTERNS.some(({ pattern }) => pattern.test(whole)) && !/[.;,]$/u.test(whole)) {
                    blocks.push({ kind: 'heading', level: 2, ...headingParts(whole), at });
                    break;
                }
                const parts = paragraphParts(whole);
                blocks.push({ kind: 'paragraph', text: parts.text, ...(parts.number ? { number: parts.number } : {}), at });
                break;
            }
            case 'list':
                list(token as Tokens.List, line, depth, blocks);
                break;
            case 'table': {
                const table = token as Tokens.Table;
                const header = table.header.map(cell => inlineText(cell.tokens, cell.text));
                const rows = table.rows.map(row => row.map(cell => inlineText(cell.tokens, cell.text)));
                blocks.push({ kind: 'table', rows: [header, ...rows], header: true, at });
                break;
            }
            case 'blockquote':
                walk((token as Tokens.Blockquote).tokens, line, depth, blocks);
                break;
            case 'code': {
                const code = (token as Tokens.Code).text.trim();
                if (code !== '') blocks.push({ kind: 'paragraph', text: code.replace(/\s+/gu, ' '), at });
                break;
            }
            case 'html': {
                const html = (token as Tokens.HTML).text.replace(/<[^>]*>/gu, ' ').replace(/\s+/gu, ' ').trim();
                if (html !== '') blocks.push({ kind: 'paragraph', text: html, at });
                break;
            }
            default:
                break;
        }
        line += linesIn(token.raw);
    }
}

function list(token: Tokens.List, startLine: number, depth: number, blocks: SourceBlock[]): void {
    let line = startLine;
    for (const item of token.items) {
        const marker = /^[ \t]*(\d{1,9}[.)]|[-*+])/u.exec(item.raw)?.[1];
        const number = token.ordered && marker !== undefined ? marker : undefined;
        // The item's own text: its inline tokens (a tight item's `text` token, or a loose item's paragraphs), not its nested lists.
        const own = item.tokens.filter(t => t.type !== 'list');
        const text = own.map(t => inlineText('tokens' in t && Array.isArray(t.tokens) ? t.tokens as Token[] : undefined, String((t as { text?: unknown }).text ?? ''))).filter(Boolean).join(' ');
        blocks.push({ kind: 'list-item', depth, text, ...(number ? { number } : {}), at: { line } });
        for (const child of item.tokens) {
            if (child.type === 'list') list(child as Tokens.List, line + linesBefore(item.raw, child.raw), depth + 1, blocks);
        }
        line += linesIn(item.raw);
    }
}

/** Lines of `whole` before `part` starts in it. */
function linesBefore(whole: string, part: string): number {
    const index = whole.indexOf(part.trimStart().slice(0, 20));
    return index < 0 ? 0 : linesIn(whole.slice(0, index));
}
