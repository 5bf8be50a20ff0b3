/**
 * The redline of two generated agreements as data: the new agreement part by part (articles,
 * annexes, the parts before and after them), each part matched with its old version by its
 * heading (kind and title, so a renumbered article is still itself; a renamed one by its words),
 * its blocks aligned (align.ts) and the text of each matched block, list item, table cell and
 * signature line compared word by word (words.ts). Parts and blocks only in one version are
 * added or removed whole. The HTML and Word renderers of the redline lay this out.
 */
import type { AgreementDocument, Block, HeadingBlock, SignatureParty, SignaturesBlock, SourceRef, TableBlock, TableRow } from '../ir.js';
import { align, type Pair } from './align.js';

export type { Pair } from './align.js';
import { compareWords, type Words } from './words.js';

export type Status = 'same' | 'changed' | 'added' | 'removed';

/** A line of text (a list item, a line of a table cell, a column heading), compared. */
export interface RedlineLine {
    readonly status: Status;
    readonly words: Words;
}

export interface RedlineRow {
    readonly status: Status;
    /** Per column of the redline table, the lines of the cell. */
    readonly cells: readonly (readonly RedlineLine[])[];
    readonly source?: SourceRef;
}

export interface RedlineParty {
    readonly status: Status;
    readonly heading: Words;
    readonly rows: readonly { readonly status: Status; readonly label: Words; readonly value: Words }[];
}

interface Marked {
    readonly status: Status;
    readonly source?: SourceRef;
}

export type RedlineBlock = Marked & (
    | { readonly kind: 'title'; readonly text: Words; readonly subtitle: readonly RedlineLine[] }
    | { readonly kind: 'notice'; readonly text: Words }
    | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: Words; readonly anchor: string }
    /** `number` is the new number (the old one for a removed paragraph): numbers follow from the place, they are not compared. */
    | { readonly kind: 'paragraph'; readonly number?: string; readonly text: Words }
    | { readonly kind: 'list'; readonly items: readonly RedlineLine[] }
    /** `sides`: the two tables as they are, for a renderer that shows a table replaced whole (its columns changed). */
    | { readonly kind: 'table'; readonly columns: readonly RedlineLine[]; readonly rows: readonly RedlineRow[]; readonly sides: Pair<TableBlock> }
    | { readonly kind: 'signatures'; readonly parties: readonly RedlineParty[]; readonly sides: Pair<SignaturesBlock> }
);

/** A block's content, without its status and source. */
type BlockContent = RedlineBlock extends infer B ? (B extends RedlineBlock ? Omit<B, 'status' | 'source'> : never) : never;

export interface RedlinePart {
    /** `same` also for a part that only moved to another number. */
    readonly status: Status;
    /** The heading of the part as it is now (as it was, when removed); none for what comes before the first heading. */
    readonly heading?: string;
    /** The old number ("Artikel 7") of a renumbered part, or the old heading of a renamed one. */
    readonly was?: string;
    readonly anchor: string;
    readonly blocks: readonly RedlineBlock[];
}

export interface Redline {
    readonly lang: AgreementDocument['lang'];
    readonly title: string;
    readonly draft: boolean;
    readonly parts: readonly RedlinePart[];
}

/** A part of a document: the blocks from one level-2 heading to the next (or before the first). */
interface Part {
    readonly heading?: HeadingBlock;
    readonly blocks: readonly Block[];
}

export function compareDocuments(before: AgreementDocument, after: AgreementDocument): Redline {
    const parts = align(partsOf(before), partsOf(after), {
        key: partKey,
        text: part => part.blocks.map(blockText).join(' '),
        compatible: (a, b) => (a.heading === undefined) === (b.heading === undefined)
    });
    return { lang: after.lang, title: after.title, draft: after.draft, parts: parts.map(comparePart) };
}

function partsOf(doc: AgreementDocument): Part[] {
    const parts: { heading?: HeadingBlock; blocks: Block[] }[] = [];
    for (const block of doc.blocks) {
        if (block.kind === 'heading' && block.level === 2) parts.push({ heading: block, blocks: [] });
        else if (parts.length === 0) parts.push({ blocks: [block] });
        else parts.at(-1)!.blocks.push(block);
    }
    return parts;
}

const NUMBERED_ANCHOR = /^([a-z]+)-\d+$/;

/** What identifies a part across versions: its kind (article, annex, signatures…) and its title without number. */
function partKey(part: Part): string {
    if (!part.heading) return '';
    return `${part.heading.anchor.replace(NUMBERED_ANCHOR, '$1')}|${titleOf(part.heading)}`;
}

/** "Artikel 5 – Geheimhouding" → "Geheimhouding"; a heading of an unnumbered part as it is. */
function titleOf(heading: HeadingBlock): string {
    if (!NUMBERED_ANCHOR.test(heading.anchor)) return heading.text;
    const dash = heading.text.indexOf(' – ');
    return dash < 0 ? heading.text : heading.text.slice(dash + 3);
}

/** "Artikel 7 – Beveiliging" → "Artikel 7" (its title the same as the new one's), or the whole heading. */
function numberOf(heading: HeadingBlock, renamed: boolean): string {
    const dash = heading.text.indexOf(' – ');
    return renamed || dash < 0 || !NUMBERED_ANCHOR.test(heading.anchor) ? heading.text : heading.text.slice(0, dash);
}

function comparePart(pair: Pair<Part>): RedlinePart {
    const { before, after } = pair;
    const part = (after ?? before)!;
    const blocks = align(before?.blocks ?? [], after?.blocks ?? [], {
        key: block => `${block.kind}|${blockText(block)}`,
        text: blockText,
        compatible: (a, b) => a.kind === b.kind
    }).map(compareBlock);
    const renamed = before?.heading && after?.heading ? titleOf(before.heading) !== titleOf(after.heading) : false;
    const status: Status = !before ? 'added' : !after ? 'removed' : renamed || blocks.some(b => b.status !== 'same') ? 'changed' : 'same';
    const was = before?.heading && after?.heading && before.heading.text !== after.heading.text ? numberOf(before.heading, renamed) : undefined;
    const anchor = part.heading?.anchor ?? 'begin';
    return {
        status,
        ...(part.heading ? { heading: part.heading.text } : {}),
        ...(was !== undefined ? { was } : {}),
        anchor: status === 'removed' ? `removed-${anchor}` : anchor,
        blocks: part.heading ? [compareBlock({ before: before?.heading, after: after?.heading }), ...blocks] : blocks
    };
}

/** The text of a block, for its key and likeness (a paragraph's number left out: it follows from its place). */
function blockText(block: Block): string {
    switch (block.kind) {
        case 'title': return [block.text, ...block.subtitle].join('\n');
        case 'notice': case 'heading': case 'paragraph': return block.text;
        case 'list': return block.items.join('\n');
        case 'table': return [block.columns.join('\t'), ...block.rows.map(rowText)].join('\n');
        case 'signatures': return block.parties.map(partyText).join('\n');
    }
}

const rowText = (row: TableRow) => row.cells.map(lines => lines.join('\n')).join('\t');
const partyText = (party: SignatureParty) => [party.heading, ...party.rows.map(([label, value]) => `${label}: ${value}`)].join('\n');

/** The status of a compared thing from its sides and whether its contents changed. */
function statusOf<T>(pair: Pair<T>, changed: boolean): Status {
    return !pair.before ? 'added' : !pair.after ? 'removed' : changed ? 'changed' : 'same';
}

function words(pair: Pair<unknown>, before: string | undefined, after: string | undefined): Words {
    return compareWords(pair.before !== undefined ? before ?? '' : '', pair.after !== undefined ? after ?? '' : '');
}

const changedIn = (items: readonly { readonly status: Status }[]) => items.some(item => item.status !== 'same');
const wordsChanged = (w: Words) => w.some(word => word.kind !== 'same');

/** Two lists of lines (list items, a cell's lines, subtitles) aligned and compared. */
function compareLines(before: readonly string[], after: readonly string[]): RedlineLine[] {
    return align(before, after, { key: line => line, text: line => line }).map(pair => {
        const w = words(pair, pair.before, pair.after);
        return { status: statusOf(pair, wordsChanged(w)), words: w };
    });
}

function compareBlock(pair: Pair<Block>): RedlineBlock {
    const { before, after } = pair;
    const block = (after ?? before)!;
    const source = after && 'source' in after && after.source ? { source: after.source } : {};
    const done = (content: BlockContent, changed: boolean): RedlineBlock => ({ ...content, status: statusOf(pair, changed), ...source });
    const other = <K extends Block['kind']>(side: Block | undefined, kind: K) => (side?.kind === kind ? side as Extract<Block, { kind: K }> : undefined);
    switch (block.kind) {
        case 'title': {
            const [b, a] = [other(before, 'title'), other(after, 'title')];
            const text = words(pair, b?.text, a?.text);
            const subtitle = compareLines(b?.subtitle ?? [], a?.subtitle ?? []);
            return done({ kind: 'title', text, subtitle }, wordsChanged(text) || changedIn(subtitle));
        }
        case 'notice': case 'heading': case 'paragraph': {
            const [b, a] = [before as typeof block | undefined, after as typeof block | undefined];
            const text = words(pair, b?.text, a?.text);
            if (block.kind === 'heading') return done({ kind: 'heading', level: block.level, text, anchor: block.anchor }, wordsChanged(text));
            if (block.kind === 'notice') return done({ kind: 'notice', text }, wordsChanged(text));
            return done({ kind: 'paragraph', text, ...(block.number ? { number: block.number } : {}) }, wordsChanged(text));
        }
        case 'list': {
            const items = compareLines(other(before, 'list')?.items ?? [], other(after, 'list')?.items ?? []);
            return done({ kind: 'list', items }, changedIn(items));
        }
        case 'table': {
            const sides = { before: other(before, 'table'), after: other(after, 'table') };
            const { columns, rows } = compareTables(sides.before, sides.after);
            return done({ kind: 'table', columns, rows, sides }, changedIn(columns) || changedIn(rows));
        }
        case 'signatures': {
            const sides = { before: other(before, 'signatures'), after: other(after, 'signatures') };
            const parties = align(sides.before?.parties ?? [], sides.after?.parties ?? [], { key: partyText, text: partyText }).map(compareParty);
            return done({ kind: 'signatures', parties, sides }, changedIn(parties));
        }
    }
}

function compareParty(pair: Pair<SignatureParty>): RedlineParty {
    const heading = words(pair, pair.before?.heading, pair.after?.heading);
    // A signature line is the same line when its label is (its value filled in or changed).
    const rows = align(pair.before?.rows ?? [], pair.after?.rows ?? [], { key: ([label]) => label, text: ([label, value]) => `${label} ${value}` }).map(row => {
        const label = words(row, row.before?.[0], row.after?.[0]);
        const value = words(row, row.before?.[1], row.after?.[1]);
        return { status: statusOf(row, wordsChanged(label) || wordsChanged(value)), label, value };
    });
    return { status: statusOf(pair, wordsChanged(heading) || changedIn(rows)), heading, rows };
}

/**
 * Two tables compared: columns matched by their heading (the new table's columns in order, then
 * the old columns it no longer has, removed), rows aligned by their cells, each cell's lines
 * compared.
 */
function compareTables(before: TableBlock | undefined, after: TableBlock | undefined): { columns: RedlineLine[]; rows: RedlineRow[] } {
    const newColumns = after?.columns ?? [];
    const oldColumns = before?.columns ?? [];
    const gone = oldColumns.filter(c => !newColumns.includes(c));
    const columns: RedlineLine[] = [
        ...newColumns.map(c => (before && oldColumns.includes(c) ? { status: 'same' as const, words: compareWords(c, c) } : { status: 'added' as const, words: compareWords('', c) })),
        ...gone.map(c => ({ status: 'removed' as const, words: compareWords(c, '') }))
    ];
    // One table's cells in the order of the redline's columns (a column it lacks is empty).
    const order = [...newColumns, ...gone];
    const cellsOf = (table: TableBlock | undefined, row: TableRow) => order.map(c => {
        const index = table?.columns.indexOf(c) ?? -1;
        return index < 0 ? [] : row.cells[index] ?? [];
    });
    // Rows are aligned by the columns both tables have (a column added changes no row's identity).
    const shared = newColumns.filter(c => oldColumns.includes(c));
    const sharedText = (table: TableBlock | undefined) => (row: TableRow) => (shared.length === 0 ? rowText(row) : shared.map(c => (row.cells[table?.columns.indexOf(c) ?? -1] ?? []).join('\n')).join('\t'));
    const rows = alignRows(before?.rows ?? [], after?.rows ?? [], sharedText(before), sharedText(after)).map((pair): RedlineRow => {
        const oldCells = pair.before ? cellsOf(before, pair.before) : [];
        const newCells = pair.after ? cellsOf(after, pair.after) : [];
        const cells = order.map((_, k) => compareLines(oldCells[k] ?? [], newCells[k] ?? []));
        return { status: statusOf(pair, cells.some(changedIn)), cells, ...(pair.after?.source ? { source: pair.after.source } : {}) };
    });
    return { columns, rows };
}

/** Rows aligned by a text computed per table (`align` takes one key for both sides). */
function alignRows(before: readonly TableRow[], after: readonly TableRow[], textBefore: (row: TableRow) => string, textAfter: (row: TableRow) => string): Pair<TableRow>[] {
    const texts = new Map<TableRow, string>([...before.map(row => [row, textBefore(row)] as const), ...after.map(row => [row, textAfter(row)] as const)]);
    const text = (row: TableRow) => texts.get(row)!;
    return align(before, after, { key: text, text });
}
