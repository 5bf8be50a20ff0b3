import type { SourceBlock, TableBlock } from '../source.js';
import {
    FRONT_MATTER_END, FRONT_MATTER_KEY, HEADING_FOLLOWED_BY_CHARS, HEADING_PATTERNS, HEADING_TEXT, LABEL_MAX_WORDS, LABEL_VALUE,
    LEFTOVER_BOLD, LEFTOVER_TAG, MARKERS, NOT_IN_PLAIN_HEADING, PIPE_ROW, PIPE_RULE, RULE_LINE, SENTENCE_END, TAB_ROW_MIN_TABS,
    TAB_WIDTH, TITLE_WORDS, WRAP, type MarkerKind
} from './text-layout.js';

/**
 * Plain text read as a person reads it: title, article and annex headings, numbered paragraphs,
 * lettered items and bullets (with their depth), tables (pipes, tabs, runs of "label: value"
 * lines), and paragraphs whose hard-wrapped lines are joined again. The patterns are data, in
 * `text-layout.ts`. Each block's `at.line` is the 1-based line of the file where it starts.
 */
export interface TextLayout {
    readonly blocks: readonly SourceBlock[];
    /** The header block before the text ("SOURCE: …" lines closed by a rule of `=`), by key. */
    readonly meta?: Readonly<Record<string, string>>;
}

interface Line {
    /** 1-based line number in the file. */
    readonly no: number;
    /** The line without its end-of-line white space. */
    readonly raw: string;
    /** The line without surrounding white space. */
    readonly text: string;
    /** Columns of leading white space (a tab counts `TAB_WIDTH`). */
    readonly indent: number;
}

interface Marker {
    readonly kind: MarkerKind;
    readonly written: string;
    /** The text after the marker. */
    readonly rest: string;
}

/** Consecutive lines read as one block: a paragraph, item or heading, with its hard-wrapped lines. */
interface Segment {
    readonly type: 'segment';
    readonly first: Line;
    readonly marker: Marker | undefined;
    /** The whole text, marker included, its lines joined by a space. */
    text: string;
    lines: number;
    /** A blank line, the start of the text, or a table comes right before / after it. */
    gapBefore: boolean;
    gapAfter: boolean;
}

interface Table {
    readonly type: 'table';
    readonly first: Line;
    readonly rows: string[][];
    readonly header: boolean | undefined;
}

type Unit = Segment | Table;

function lineOf(raw: string, index: number): Line {
    const trimmed = raw.replace(/[ \t\u00a0]+$/u, '');
    const lead = /^[ \t\u00a0]*/u.exec(trimmed)![0];
    let indent = 0;
    for (const c of lead) indent += c === '\t' ? TAB_WIDTH : 1;
    return { no: index + 1, raw: trimmed, text: trimmed.trim(), indent };
}

function markerOf(text: string): Marker | undefined {
    for (const { kind, pattern } of MARKERS) {
        const m = pattern.exec(text);
        if (m) return { kind, written: m[1]!, rest: text.slice(m[0].length).trim() };
    }
    return undefined;
}

const isBlank = (line: Line): boolean => line.text === '' || RULE_LINE.test(line.raw);
const isPipeRow = (line: Line): boolean => PIPE_ROW.test(line.text) && line.text.length > 1;
const tabCount = (line: Line): number => (line.text.match(/\t/gu) ?? []).length;
const isTabRow = (line: Line): boolean => tabCount(line) >= TAB_ROW_MIN_TABS;

function labelValue(line: Line): [string, string] | undefined {
    if (markerOf(line.text)) return undefined;
    const m = LABEL_VALUE.exec(line.text);
    if (!m || m[1]!.trim().split(/\s+/u).length > LABEL_MAX_WORDS || /:\/\//u.test(line.text.slice(0, m[1]!.length + 3))) return undefined;
    return [m[1]!.trim(), m[2]!.trim()];
}

/** Text as a reader sees it: leftover tags and bold markers removed, runs of white space one space. */
export function cleanText(text: string): string {
    return text.replace(LEFTOVER_TAG, ' ').replace(LEFTOVER_BOLD, '$1').replace(/[ \t\u00a0]+/gu, ' ').trim();
}

function pipeCells(text: string): string[] {
    return text.slice(1, -1).split(/(?<!\\)\|/u).map(cell => cleanText(cell.replace(/\\\|/gu, '|')));
}

/** The width the text was hard-wrapped at, or Infinity when each paragraph is one line. */
function wrapWidth(lines: readonly Line[]): number {
    const lengths = lines.filter(l => !isBlank(l) && !isPipeRow(l) && !isTabRow(l)).map(l => l.raw.length).sort((a, b) => a - b);
    if (lengths.length === 0) return Infinity;
    const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * WRAP.percentile))]!;
    return width > WRAP.maxWidth ? Infinity : width;
}

function frontMatter(lines: readonly Line[]): { meta: Record<string, string>; start: number } | undefined {
    let i = 0;
    while (i < lines.length && isBlank(lines[i]!)) i++;
    const meta: Record<string, string> = {};
    for (let j = i; j < Math.min(lines.length, i + 40); j++) {
        const line = lines[j]!;
        if (FRONT_MATTER_END.test(line.raw)) return j > i ? { meta, start: j + 1 } : undefined;
        const m = FRONT_MATTER_KEY.exec(line.text);
        if (!m) return undefined;
        meta[m[1]!] = m[2]!;
    }
    return undefined;
}

/** Groups the lines into segments and tables. */
function units(lines: readonly Line[], start: number): Unit[] {
    const width = wrapWidth(lines.slice(start));
    const out: Unit[] = [];
    let gap = true;
    let i = start;
    const push = (unit: Unit): void => {
        const previous = out[out.length - 1];
        if (previous?.type === 'segment' && unit.type === 'table') previous.gapAfter = true;
        out.push(unit);
        gap = unit.type === 'table';
    };
    while (i < lines.length) {
        const line = lines[i]!;
        if (isBlank(line)) {
            const previous = out[out.length - 1];
            if (previous?.type === 'segment') previous.gapAfter = true;
            gap = true;
            i++;
            continue;
        }
        const next = lines[i + 1];
        if (isPipeRow(line)) {
            const rows: Line[] = [];
            while (i < lines.length && isPipeRow(lines[i]!)) rows.push(lines[i++]!);
            const header = rows.length > 1 && PIPE_RULE.test(rows[1]!.text);
            push({ type: 'table', first: line, header, rows: rows.filter(r => !PIPE_RULE.test(r.text)).map(r => pipeCells(r.text)) });
            continue;
        }
        if (isTabRow(line) && next && isTabRow(next)) {
            const rows: string[][] = [];
            while (i < lines.length && isTabRow(lines[i]!)) rows.push(lines[i++]!.raw.split('\t').map(cleanText));
            push({ type: 'table', first: line, header: undefined, rows });
            continue;
        }
        if (labelValue(line) && next && labelValue(next) && next.indent <= line.indent) {
            const rows: string[][] = [];
            while (i < lines.length && labelValue(lines[i]!) && lines[i]!.indent <= line.indent) rows.push(labelValue(lines[i++]!)!.map(cleanText));
            push({ type: 'table', first: line, header: false, rows });
            continue;
        }
        const segment: Segment = { type: 'segment', first: line, marker: markerOf(line.text), text: line.text, lines: 1, gapBefore: gap, gapAfter: false };
        let last = line;
        i++;
        while (i < lines.length) {
            const candidate = lines[i]!;
            if (isBlank(candidate)) {
                // "…, enerzijds," [blank] "en": a clause that goes on after a blank line.
                let j = i;
                while (j < lines.length && isBlank(lines[j]!)) j++;
                const after = lines[j];
                if (after && /,$/u.test(segment.text) && /^\p{Ll}/u.test(after.text) && !markerOf(after.text) && !isPipeRow(after)) {
                    i = j;
                    continue;
                }
                break;
            }
            if (isPipeRow(candidate) || (isTabRow(candidate) && tabCount(candidate) > tabCount(last)) || markerOf(candidate.text)) break;
            // "Bijlage 2. Titel" right under the last line of a list starts the annex.
            if (HEADING_PATTERNS.some(({ pattern }) => (pattern.exec(candidate.text)?.[2] ?? '').trim() !== '') && !/^\p{Ll}/u.test(candidate.text)) break;
            const hanging = segment.marker !== undefined && candidate.indent > segment.first.indent;
            if (labelValue(candidate) && !hanging) break;
            const lowerCase = !/[.!?;:]$/u.test(segment.text) && /^\p{Ll}/u.test(candidate.text);
            const full = last.raw.length + 1 + candidate.text.split(/\s/u)[0]!.length > width - WRAP.slack;
            if (!hanging && !lowerCase && !full) break;
            segment.text += ` ${candidate.text}`;
            segment.lines++;
            last = candidate;
            i++;
        }
        push(segment);
    }
    return out;
}

function headingTextFits(text: string, maxChars: number): boolean {
    return text.length <= maxChars && text.split(/\s+/u).length <= HEADING_TEXT.maxWords * 2 && !/[.;,]$/u.test(text);
}

/** "Artikel 4 – Titel", "Bijlage 1: Titel": the number and the title, when the segment is such a heading. */
function numberedHeading(segment: Segment, text: string): { kind: 'article' | 'annex'; number: string; title: string } | undefined {
    if (segment.lines > 2 || segment.marker?.kind === 'bullet' || segment.marker?.kind === 'letter') return undefined;
    for (const { kind, pattern } of HEADING_PATTERNS) {
        const m = pattern.exec(text);
        if (!m) continue;
        // A list number before the heading repeats its number ("7 Artikel 7 Beveiliging") or is
        // another one ("1.\tArtikel 12 – Duur"): the second is no such heading, so its number stays.
        if (segment.marker?.kind === 'number' && segment.marker.written.replace(/[.)]$/u, '') !== /\d+(?:\.\d+)*/u.exec(m[1]!)?.[0]) return undefined;
        const title = m[2]!.trim();
        if (!headingTextFits(title, kind === 'annex' ? HEADING_TEXT.annexMaxChars : HEADING_TEXT.maxChars)) continue;
        return { kind, number: m[1]!.replace(/[ \t]+/gu, ' '), title };
    }
    return undefined;
}

/** A short line on its own that reads as a heading: no number, no sentence, no label, no placeholder. */
function plainHeading(segment: Segment, text: string): boolean {
    if (segment.marker || segment.lines > 1 || !segment.gapBefore) return false;
    if (!/^\p{Lu}/u.test(text) || NOT_IN_PLAIN_HEADING.test(text) || SENTENCE_END.test(text)) return false;
    if (text.length > HEADING_TEXT.maxChars || text.split(/\s+/u).length > HEADING_TEXT.maxWords) return false;
    // Two columns of a signature block run together ("Naam Naam") are not a heading.
    const words = text.split(/\s+/u);
    if (words.length % 2 === 0 && words.slice(0, words.length / 2).join(' ') === words.slice(words.length / 2).join(' ')) return false;
    return true;
}

/** The number marker of a "3. Titel" heading: a number, a short title on its own line. */
function isNumberHeading(segment: Segment, text: string): boolean {
    const marker = segment.marker;
    if (marker?.kind !== 'number' || segment.lines > 1 || !segment.gapAfter) return false;
    const title = cleanText(marker.rest);
    return title === text.slice(text.length - title.length) && /^\p{Lu}/u.test(title) && !title.includes(':') && !SENTENCE_END.test(title)
        && title.length <= HEADING_TEXT.maxChars && title.split(/\s+/u).length <= HEADING_TEXT.maxWords;
}

const numberDepth = (written: string): number => written.replace(/[.)]$/u, '').split('.').length;

/** What follows a segment: enough substance for the segment to be its heading. */
function substantial(next: Unit | undefined): boolean {
    if (next === undefined) return false;
    if (next.type === 'table' || next.marker) return true;
    return cleanText(next.text).length > HEADING_FOLLOWED_BY_CHARS;
}

export function readTextLayout(text: string): TextLayout {
    const lines = text.split(/\r\n|\r|\n/u).map(lineOf);
    const front = frontMatter(lines);
    const all = units(lines, front?.start ?? 0);
    const blocks: SourceBlock[] = [];
    const listIndents: number[] = [];
    let titled = false;
    let numberedSeen = false;
    let inAnnex = false;
    const pushBlock = (block: SourceBlock): void => {
        if (block.kind !== 'list-item') listIndents.length = 0;
        if (block.kind === 'table') {
            const previous = blocks[blocks.length - 1];
            // A table the page break split, its header row repeated: one table again.
            if (previous?.kind === 'table' && previous.rows.length > 0 && block.rows.length > 0 && sameRow(previous.rows[0]!, block.rows[0]!)) {
                blocks[blocks.length - 1] = { ...previous, rows: [...previous.rows, ...block.rows.slice(1)], header: true };
                return;
            }
        }
        blocks.push(block);
    };
    const depthOf = (indent: number): number => {
        while (listIndents.length > 0 && indent < listIndents[listIndents.length - 1]! - 1) listIndents.pop();
        if (listIndents.length === 0 || indent > listIndents[listIndents.length - 1]! + 1) listIndents.push(indent);
        return listIndents.length - 1;
    };
    for (const [index, unit] of all.entries()) {
        const at = { line: unit.first.no };
        if (unit.type === 'table') {
            const table: TableBlock = { kind: 'table', at, rows: unit.rows, ...(unit.header === undefined ? {} : { header: unit.header }) };
            pushBlock(table);
            continue;
        }
        const whole = cleanText(unit.text);
        if (whole === '') continue;
        const heading = numberedHeading(unit, whole);
        if (heading) {
            numberedSeen = true;
            inAnnex = heading.kind === 'annex';
            pushBlock({ kind: 'heading', level: 2, number: heading.number, text: heading.title, at });
            continue;
        }
        if (isNumberHeading(unit, whole)) {
            numberedSeen = true;
            const marker = unit.marker!;
            pushBlock({ kind: 'heading', level: Math.min(6, numberDepth(marker.written) + 1), number: marker.written, text: cleanText(marker.rest), at });
            continue;
        }
        if (plainHeading(unit, whole)) {
            if (!titled && !numberedSeen && TITLE_WORDS.test(whole)) {
                titled = true;
                pushBlock({ kind: 'heading', level: 1, text: whole, at });
                continue;
            }
            if ((titled || numberedSeen) && substantial(all[index + 1])) {
                pushBlock({ kind: 'heading', level: inAnnex ? 3 : 2, text: whole, at });
                continue;
            }
        }
        // The marker again, over the whole text, so that its rest holds the wrapped lines too.
        const marker = unit.marker && markerOf(unit.text);
        if (marker === undefined) {
            pushBlock({ kind: 'paragraph', text: whole, at });
            continue;
        }
        // A bullet before a number or letter ("- 2.1 …", "- a. …"): the number is what counts.
        const inner = marker.kind === 'bullet' ? markerOf(marker.rest) : undefined;
        const effective = inner && inner.kind !== 'bullet' ? inner : marker;
        const rest = cleanText(effective.rest);
        if (effective.kind === 'number') pushBlock({ kind: 'paragraph', number: effective.written, text: rest, at });
        else {
            const depth = depthOf(unit.first.indent);
            pushBlock(effective.kind === 'letter' ? { kind: 'list-item', depth, number: effective.written, text: rest, at } : { kind: 'list-item', depth, text: rest, at });
        }
    }
    return front ? { blocks, meta: front.meta } : { blocks };
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((cell, i) => cell === b[i]);
}
