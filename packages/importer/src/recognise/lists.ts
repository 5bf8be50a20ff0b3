import type { TableBlock } from '../source.js';
import { splitItems, subprocessorFrom, topicOf, type ListTopic, type RecognisedSubprocessor } from './annexes.js';
import { blockText, headingTitle, type Section } from './sections.js';

// The lists of an agreement, wherever they stand: items under a heading or a line that names what
// they list ("Categorieën persoonsgegevens:"), a line "Betrokkenen: a, b en c", a table whose header
// or first column names it. Each block read into a list is recorded, with what it gave.

/** A row of a table of processing activities. */
export interface ProcessingRow {
    readonly title: string;
    readonly purposes: string[];
    readonly data: string[];
    readonly subjects: string[];
}

export interface Lists {
    readonly processings: ProcessingRow[];
    readonly data: string[];
    readonly subjects: string[];
    readonly measures: string[];
    readonly purposes: string[];
    readonly subprocessors: RecognisedSubprocessor[];
    /** The blocks read into a list, by index: what they gave ("data", "subprocessor", …). */
    readonly consumed: Map<number, ListTopic>;
}

function add(lists: Lists, topic: ListTopic, item: string): boolean {
    const clean = item.replace(/^[-*•·]\s*/u, '').replace(/[.;:]$/u, '').trim();
    if (clean === '' || clean.length > 200 || /^(?:geen|n\.?v\.?t\.?|none|-)$/iu.test(clean)) return false;
    if (topic === 'subprocessors') {
        const sub = subprocessorFrom(clean.split(/\s+[-—–]\s+|:\s+/u));
        if (!sub || lists.subprocessors.some(s => s.name === sub.name)) return false;
        lists.subprocessors.push(sub);
        return true;
    }
    if (topic === 'processings') return false;
    const list = topic === 'data' ? lists.data : topic === 'subjects' ? lists.subjects : topic === 'measures' ? lists.measures : lists.purposes;
    if (!list.includes(clean)) list.push(clean);
    return true;
}

/** The items of one table cell: "- a - b" bullets, else a comma list. */
function cellItems(cell: string): string[] {
    const clean = cell.replace(/<[^>]*>/gu, ' ').trim();
    if (/(?:^|\s)[-•]\s/u.test(clean)) return clean.split(/(?:^|\s)[-•]\s+/u).map(item => item.trim().replace(/[.;]$/u, '')).filter(item => item !== '');
    return splitItems(clean);
}

/** A table of processing activities: a column of data, and a column of activities or purposes. */
function readProcessingTable(lists: Lists, header: readonly string[], rows: readonly (readonly string[])[]): boolean {
    const column = (pattern: RegExp): number => header.findIndex(cell => pattern.test(cell));
    const data = header.findIndex(cell => topicOf(cell) === 'data');
    const subjects = header.findIndex(cell => topicOf(cell) === 'subjects');
    const purpose = column(/doel|purpose/iu);
    const activity = column(/verwerking(?!s?handeling)|activiteit|activity|dienst|service/iu);
    const title = activity >= 0 && activity !== data && activity !== purpose ? activity : purpose;
    if (data < 0 || title < 0 || rows.length === 0) return false;
    for (const row of rows) {
        const name = (row[title] ?? '').replace(/<[^>]*>/gu, ' ').replace(/^[-•]\s*/u, '').trim();
        if (name === '') continue;
        const entry: ProcessingRow = {
            title: name,
            purposes: purpose >= 0 && purpose !== title ? cellItems(row[purpose] ?? '') : [],
            data: cellItems(row[data] ?? ''),
            subjects: subjects >= 0 ? cellItems(row[subjects] ?? '') : []
        };
        lists.processings.push(entry);
        for (const item of entry.data) add(lists, 'data', item);
        for (const item of entry.subjects) add(lists, 'subjects', item);
    }
    return true;
}

/** A table: by its header row (columns naming a topic), or as label/value rows (first column naming one). */
function readTable(lists: Lists, table: TableBlock): ListTopic | undefined {
    const [header, ...rows] = table.rows;
    if (!header) return undefined;
    const headerTopics = header.map(cell => topicOf(cell));
    if (header.length >= 3 && readProcessingTable(lists, header, rows)) return 'processings';
    if (/naam|name|partij|sub-?verwerker|leverancier|dienst|vendor/iu.test(header[0] ?? '') && header.some(c => /land|locatie|vestiging|regio|country|location|hosting/iu.test(c))) {
        let any = false;
        for (const row of rows) {
            const sub = subprocessorFrom(row);
            if (sub && !lists.subprocessors.some(s => s.name === sub.name)) {
                lists.subprocessors.push(sub);
                any = true;
            }
        }
        return any ? 'subprocessors' : undefined;
    }
    // Label/value rows: "| Categorieën persoonsgegevens | naam, e-mail |".
    const labelled = table.rows.filter(row => row.length === 2 && topicOf(row[0]!) !== undefined && topicOf(row[0]!) !== 'purposes');
    if (labelled.length > 0 && header.length === 2) {
        for (const row of labelled) for (const item of splitItems(row[1]!)) add(lists, topicOf(row[0]!)!, item);
        return topicOf(labelled[0]![0]!);
    }
    const column = headerTopics.findIndex(t => t === 'data' || t === 'subjects' || t === 'measures');
    if (column >= 0) {
        for (const row of rows) {
            const cell = row[column];
            if (cell) for (const item of splitItems(cell)) add(lists, headerTopics[column]!, item);
        }
        return headerTopics[column];
    }
    const first = topicOf(header[0] ?? '');
    if (first && first !== 'purposes' && header.length === 1) {
        for (const row of rows) add(lists, first, row[0]!);
        return first;
    }
    return undefined;
}

export function readLists(sections: readonly Section[]): Lists {
    const lists: Lists = { processings: [], data: [], subjects: [], measures: [], purposes: [], subprocessors: [], consumed: new Map() };
    for (const section of sections) {
        const sectionTopic = section.heading ? topicOf(headingTitle(section.heading.block)) : undefined;
        let topic: ListTopic | undefined = sectionTopic;
        for (const { index, block } of section.blocks) {
            if (block.kind === 'table') {
                const read = readTable(lists, block);
                if (read) lists.consumed.set(index, read);
                continue;
            }
            const text = blockText(block).trim();
            const inline = /^([^:]{3,60}):\s*(.+)$/u.exec(text);
            if (block.kind !== 'list-item' && inline && topicOf(inline[1]!) && topicOf(inline[1]!) !== 'purposes' && !/[.]\s+\p{Lu}/u.test(inline[2]!)) {
                const t = topicOf(inline[1]!)!;
                if (splitItems(inline[2]!).map(item => add(lists, t, item)).some(Boolean)) lists.consumed.set(index, t);
                continue;
            }
            if (block.kind === 'heading' || (block.kind === 'paragraph' && /:$/u.test(text) && text.length <= 160)) {
                topic = topicOf(text) ?? (block.kind === 'heading' ? undefined : topic);
                continue;
            }
            if (block.kind === 'list-item' && topic && topic !== 'purposes' && text.length <= 200) {
                if (add(lists, topic, text)) lists.consumed.set(index, topic);
                continue;
            }
            if (block.kind === 'paragraph' && sectionTopic === 'purposes' && lists.purposes.length === 0 && text.length <= 400) {
                lists.purposes.push(text);
                continue;
            }
            if (block.kind === 'paragraph') topic = sectionTopic;
        }
    }
    return lists;
}
