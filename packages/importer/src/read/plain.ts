import type { SourceBlock, SourceDocument } from '../source.js';

// A minimal reader of plain text (and of Markdown read as text): headings "Artikel 4 …",
// "4 Titel", "Bijlage 1 …", numbered paragraphs "4.2 …", list items "- …" and "a. …", pipe
// tables. Enough for the recogniser's tests; the real readers replace it.

const ARTICLE = /^(?:\d+\s+)?((?:[Aa]rtikel|ARTIKEL|[Aa]rticle|ARTICLE)\s+\d+[a-z]?)(?!\.\d)\.?\s*[-—–:.]?\s*(.*)$/u;
const ANNEX = /^((?:bijlage|appendix|annex)\s*[\dIVX]*)\s*[-—–:.]?\s*(.*)$/iu;
const NUMBERED_HEADING = /^(\d{1,2})\.?\s+(\p{Lu}[^.;:,]{0,70})$/u;
const NUMBERED_ITEM = /^(\d{1,2})[.)]\s+(.+)$/u;
const NUMBERED_PARAGRAPH = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(.+)$/u;
const LETTERED = /^([a-z]|[ivx]{1,4})[.)]\s+(.+)$/u;
const BULLET = /^([-*•·◦▪▫‣⁃✓✔]|\p{Extended_Pictographic})\s*(.*)$/u;
const TABLE_ROW = /^\|.*\|\s*$/u;
const TABLE_RULE = /^\|[\s:|-]+\|\s*$/u;

function cells(line: string): string[] {
    return line.trim().slice(1, -1).split('|').map(cell => cell.trim());
}

/** The blocks of a plain text, each with its 1-based line. */
export function readPlainText(text: string, path: string, format: 'txt' | 'md' = 'txt'): SourceDocument {
    const blocks: SourceBlock[] = [];
    const lines = text.replace(/\r\n?/gu, '\n').split('\n');
    let table: { line: number; rows: string[][] } | undefined;
    let open: { kind: 'paragraph' | 'list-item'; line: number; number?: string; depth: number; text: string } | undefined;
    let titled = false;
    /** The heading just read, while a lower-case line may still continue it (a heading wrapped by the converter). */
    let heading: { kind: 'heading'; level: number; number?: string; text: string; at: { line: number } } | undefined;
    let lastLength = 0;
    const close = (): void => {
        if (table) blocks.push({ kind: 'table', at: { line: table.line }, rows: table.rows });
        table = undefined;
        if (open) {
            const base = { at: { line: open.line }, text: open.text, ...(open.number ? { number: open.number } : {}) };
            blocks.push(open.kind === 'paragraph' ? { kind: 'paragraph', ...base } : { kind: 'list-item', depth: open.depth, ...base });
        }
        open = undefined;
    };
    lines.forEach((raw, index) => {
        const line = index + 1;
        const trimmed = raw.trim().replace(/\*\*/gu, '').replace(/^#+\s*/u, '').replace(/\t+/gu, ' ');
        if (trimmed === '') {
            heading = undefined;
            return close();
        }
        if (heading && /^\p{Ll}/u.test(trimmed) && !/[.:;]$/u.test(heading.text)) {
            heading.text += ` ${trimmed}`;
            return;
        }
        heading = undefined;
        // A tab-separated row (a table pasted or converted as text).
        if (raw.split('\t').filter(cell => cell.trim() !== '').length >= 3) {
            if (open) close();
            table ??= { line, rows: [] };
            table.rows.push(raw.replace(/\s+$/u, '').split('\t').map(cell => cell.trim()));
            return;
        }
        if (TABLE_ROW.test(trimmed)) {
            if (open) close();
            table ??= { line, rows: [] };
            if (!TABLE_RULE.test(trimmed)) table.rows.push(cells(trimmed));
            return;
        }
        if (table) close();
        const depth = Math.floor((raw.length - raw.trimStart().length) / 2);
        // A line that continues a paragraph wrapped by the converter is never a heading ("… vermeld in / Appendix 1.").
        const wrapped = open?.kind === 'paragraph' && !/[.;:!?]$/u.test(open.text) && lastLength >= 60;
        const bullet = BULLET.exec(trimmed);
        const body = bullet ? bullet[2]! : trimmed;
        const articleOrAnnex = body.length <= 90 && !wrapped ? ARTICLE.exec(body) ?? ANNEX.exec(body) : null;
        if (articleOrAnnex && (ARTICLE.test(body) || /^(?:bijlage|appendix|annex)\b/iu.test(body))) {
            close();
            heading = { kind: 'heading', level: 2, number: articleOrAnnex[1]!, text: body, at: { line } };
            blocks.push(heading);
            return;
        }
        const numberedHeading = !bullet && !wrapped ? NUMBERED_HEADING.exec(body) : null;
        if (numberedHeading) {
            close();
            blocks.push({ kind: 'heading', level: 2, number: numberedHeading[1]!, text: body, at: { line } });
            return;
        }
        if (!titled && !bullet && body.length <= 90 && /overeenkomst|agreement/iu.test(body) && !/[.;]$/u.test(body)) {
            close();
            titled = true;
            blocks.push({ kind: 'heading', level: 1, text: body, at: { line } });
            return;
        }
        const numbered = NUMBERED_PARAGRAPH.exec(body);
        const lettered = LETTERED.exec(body);
        // "1. Starred verbindt zich …": a numbered paragraph of an article (its number as written).
        const numberedItem = bullet || numbered ? null : NUMBERED_ITEM.exec(body);
        // A line that continues the open block: the block does not end a sentence, the line starts in lower case.
        // A line that continues the open block: the block does not end a sentence, and the line starts
        // in lower case or the block's last line is long (a paragraph wrapped by the converter).
        if (open && !bullet && !numbered && !lettered && !numberedItem && !/[.;:!?]$/u.test(open.text) && (/^[\p{Ll}(]/u.test(body) || lastLength >= 60)) {
            open.text += ` ${body}`;
            lastLength = trimmed.length;
            return;
        }
        close();
        lastLength = trimmed.length;
        if (numbered) open = { kind: 'paragraph', line, number: numbered[1]!, depth, text: numbered[2]! };
        else if (numberedItem) open = { kind: 'paragraph', line, number: `${numberedItem[1]!}.`, depth, text: numberedItem[2]! };
        else if (lettered) open = { kind: 'list-item', line, number: `${lettered[1]!}.`, depth, text: lettered[2]! };
        else if (bullet) open = { kind: 'list-item', line, depth, text: body };
        else open = { kind: 'paragraph', line, depth, text: body };
    });
    close();
    return { path, format, blocks: blocks.filter(b => b.kind === 'table' ? b.rows.length > 0 : b.text.trim() !== '') };
}
