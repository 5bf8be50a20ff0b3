import type { SourceBlock, TableBlock } from '../source.js';
import { countriesIn, splitItems, subprocessorFrom, topicOf, type ListTopic, type RecognisedSubprocessor } from './annexes.js';
import { announcedOperations, operationsOf, PURPOSE_LIST, purposeItems, scopeIn } from './purposes.js';
import { roleOf } from './parties.js';
import { blockText, headingTitle, type Section } from './sections.js';
import { subprocessorTransfers, withoutMechanisms } from './transfers.js';

// The lists of an agreement, wherever they stand: items under a heading or a line that names what
// they list ("Categorieën persoonsgegevens:"), a line "Betrokkenen: a, b en c", a table whose header
// or first column names it. Each block read into a list is recorded, with what it gave.

/** A row of a table of processing activities. */
export interface ProcessingRow {
    readonly title: string;
    readonly purposes: string[];
    readonly data: string[];
    readonly subjects: string[];
    readonly operations: string[];
    /** The row's retention cell, as written ("Maximaal 1 maand."). */
    readonly retention?: string;
}

export interface Lists {
    readonly processings: ProcessingRow[];
    readonly data: string[];
    readonly subjects: string[];
    readonly measures: string[];
    readonly purposes: string[];
    readonly operations: string[];
    readonly subprocessors: RecognisedSubprocessor[];
    /** Providers the text says are no sub-processor ("X treedt niet op als sub-verwerker"), with the country it names for them. */
    readonly notSubprocessors: RecognisedSubprocessor[];
    /** The blocks read into a list, by index: what they gave ("data", "subprocessor", …). */
    readonly consumed: Map<number, ListTopic>;
    /** The one activity a scope sentence describes ("X verwerkt D uitsluitend voor P"): "Verwerking van D voor P". */
    activity?: string;
}

function add(lists: Lists, topic: ListTopic, item: string): boolean {
    const clean = item.replace(/^[-*•·]\s*/u, '').replace(/[.;:]$/u, '').trim();
    if (clean === '' || clean.length > 400 || /^(?:geen|n\.?v\.?t\.?|none|-)$/iu.test(clean)) return false;
    if (topic === 'subprocessors') {
        const parts = clean.split(/\s+[-—–]\s+|:\s+/u);
        const sub = subprocessorFrom([parts[0]!, ...parts.slice(1).map(withoutMechanisms)]);
        if (!sub || lists.subprocessors.some(s => s.name === sub.name)) return false;
        lists.subprocessors.push({ ...sub, ...subprocessorTransfers([clean], parts[0]!, sub.name) });
        return true;
    }
    if (topic === 'processings') return false;
    // A measures list that repeats a data category ("Medische gegevens") does not make it a measure.
    if (topic === 'measures' && lists.data.some(label => label.toLowerCase() === clean.toLowerCase())) return false;
    const list = lists[topic];
    if (!list.includes(clean)) list.push(clean);
    return true;
}

/**
 * The items of one table cell: "- a - b" bullets, else a comma list. A slash that stands apart
 * ("a (b)/ c", "a / b") joins two items; one within a word ("computer/systemen") joins alternatives.
 */
function cellItems(cell: string): string[] {
    const clean = cell.replace(/<[^>]*>/gu, ' ').trim();
    const items = /(?:^|\s)[-•]\s/u.test(clean) ? clean.split(/(?:^|\s)[-•]\s+/u).map(item => item.trim().replace(/[.;]$/u, '')).filter(item => item !== '') : splitItems(clean);
    return items.flatMap(item => item.split(/(?<=\))\s*\/\s*|\s+\/\s*|\s*\/\s+/u)).map(item => item.trim()).filter(item => item !== '');
}

/** A table of processing activities: a column of data, and a column of activities or purposes. */
function readProcessingTable(lists: Lists, header: readonly string[], rows: readonly (readonly string[])[]): boolean {
    const column = (pattern: RegExp): number => header.findIndex(cell => pattern.test(cell));
    const data = header.findIndex(cell => topicOf(cell) === 'data');
    const subjects = header.findIndex(cell => topicOf(cell) === 'subjects');
    const operations = header.findIndex(cell => topicOf(cell) === 'operations');
    const purpose = column(/doel|purpose/iu);
    const activity = column(/verwerking(?!s?handeling)|activiteit|activity|dienst|service/iu);
    const title = activity >= 0 && activity !== data && activity !== purpose ? activity : purpose;
    if (data < 0 || title < 0 || rows.length === 0) return false;
    const retention = column(/bewaar|retenti|retention/iu);
    complete = header.every((cell, i) => [data, subjects, purpose, title, operations].includes(i) || cell.trim() === '');
    for (const row of rows) {
        const name = (row[title] ?? '').replace(/<[^>]*>/gu, ' ').replace(/^[-•]\s*/u, '').trim();
        if (name === '') continue;
        const entry: ProcessingRow = {
            title: name,
            // A table titled by its purposes ("| Doel | … |"): each row's purpose is its title.
            purposes: purpose >= 0 && purpose !== title ? cellItems(row[purpose] ?? '') : purpose === title ? [name] : [],
            data: cellItems(row[data] ?? ''),
            subjects: subjects >= 0 ? cellItems(row[subjects] ?? '') : [],
            operations: operations >= 0 ? cellItems(row[operations] ?? '') : [],
            ...(retention >= 0 && (row[retention] ?? '').trim() !== '' ? { retention: row[retention]!.trim() } : {})
        };
        lists.processings.push(entry);
        for (const item of entry.data) add(lists, 'data', item);
        for (const item of entry.subjects) add(lists, 'subjects', item);
    }
    return true;
}

/** The column whose header matches, not one of `taken`; -1 when none. */
function columnOf(header: readonly string[], pattern: RegExp, taken: readonly number[] = []): number {
    return header.findIndex((cell, i) => !taken.includes(i) && pattern.test(cell));
}

/** Whether the table just read is modelled whole (every column and row), so that it needs no prose. */
let complete = false;

/** A column of transfer mechanisms: "Doorgiftemechanisme", "Doorgiftewaarborg", "Waarborg", "Transfer mechanism". */
const TRANSFER_COLUMN = /doorgifte|waarborg|transfer|mechanism|safeguard/iu;

/** A table of sub-processors: a column naming them, and one of their locations or services. */
function readSubprocessorTable(lists: Lists, header: readonly string[], rows: readonly (readonly string[])[]): boolean {
    const name = columnOf(header, /sub-?verwerker|sub-?processor|onderaannemer|^naam$|^name$|partij|leverancier|vendor|dienstverlener|organisatie|^(?:naam\s+)?(?:bedrijf|onderneming)$|^company$/iu);
    if (name < 0) return false;
    // Where it processes ("Locatie van de verwerking", "Hostingregio") before where it is established
    // ("Land van vestiging", "Adres"): with both, the second is its seat.
    const processingPlace = columnOf(header, /locatie|regio|location|hosting|waar|region/iu, [name]);
    const establishment = [/land|country/iu, /vestiging|seat/iu, /adres|address/iu].map(pattern => columnOf(header, pattern, [name, processingPlace])).find(i => i >= 0) ?? -1;
    const location = processingPlace >= 0 ? processingPlace : establishment;
    const seat = processingPlace >= 0 ? establishment : -1;
    const taken = [name, location, seat];
    const service = [/activiteit|dienst|service|doel|purpose|rol|functie|taak/iu, /verwerking/iu].map(pattern => columnOf(header, pattern, taken)).find(i => i >= 0) ?? -1;
    if (location < 0 && service < 0) return false;
    if (location < 0 && !/sub-?verwerker|sub-?processor|onderaannemer/iu.test(header[name]!)) return false;
    const transfer = columnOf(header, TRANSFER_COLUMN, [...taken, service]);
    complete = header.every((cell, i) => [...taken, service, transfer].includes(i) || /^#?$|^nr\.?$/iu.test(cell.trim()));
    for (const row of rows) {
        const sub = subprocessorFrom(row.map((cell, i) => i === location ? withoutMechanisms(cell) : cell), { name, location, service });
        if (!sub || lists.subprocessors.some(s => s.name === sub.name)) continue;
        const stated = [location, transfer].flatMap(i => i >= 0 ? [row[i] ?? ''] : []);
        const withTransfers = { ...sub, ...subprocessorTransfers(stated, row[name] ?? '', sub.name) };
        const seats = seat >= 0 ? countriesIn(row[seat] ?? '') : [];
        lists.subprocessors.push(seats.length === 1 ? { ...withTransfers, seat: seats[0]! } : withTransfers);
    }
    return true;
}

/** The labels of a sub-processor written as "label: value" lines ("Naam: X", "Land: Y", "Dienst: Z"). */
const RECORD_LABELS: readonly [RegExp, 'name' | 'location' | 'service'][] = [
    [/^(?:naam|name|sub-?verwerker|sub-?processor|partij|leverancier)$/iu, 'name'],
    [/^(?:land|locatie|vestiging(?:sland|splaats)?|country|location|plaats van verwerking|verwerkingslocatie|regio)$/iu, 'location'],
    [/^(?:dienst|service|rol|functie|doel|activiteit|verwerking|verwerkingsactiviteit|omschrijving)$/iu, 'service']
];

/** Sub-processors written as records of "label: value" lines, each starting at its "Naam" line. */
function readSubprocessorRecords(lists: Lists, table: TableBlock): boolean {
    const fields = table.rows.map(row => (row.length === 2 ? RECORD_LABELS.find(([label]) => label.test(row[0]!.trim()))?.[1] : undefined));
    if (fields[0] !== 'name' || !fields.some(field => field === 'location' || field === 'service')) return false;
    complete = fields.every(field => field !== undefined);
    let record: string[] = [];
    const flush = (): void => {
        if (record.length === 0) return;
        const sub = subprocessorFrom(record, { name: 0, location: record[1] !== '' ? 1 : -1, service: record[2] !== '' ? 2 : -1 });
        if (sub && !lists.subprocessors.some(s => s.name === sub.name)) lists.subprocessors.push(sub);
        record = [];
    };
    table.rows.forEach((row, i) => {
        const field = fields[i];
        if (field === 'name') flush();
        if (field === undefined) return;
        if (record.length === 0) record = ['', '', ''];
        record[{ name: 0, location: 1, service: 2 }[field]] ||= row[1]!.trim();
    });
    flush();
    return true;
}

/** A column of retention terms or legal bases, not details of the category beside it. */
const RETENTION = /bewaar|termijn|retentie|retention|grondslag|basis/iu;
/** A column that describes the item beside it. */
const DESCRIPTION = /omschrijving|beschrijving|toelichting|uitwerking|invulling|description|details/iu;

/** The topic of a label cell, for label/value rows ("| Categorieën van persoonsgegevens | naam, … |"). */
function rowTopic(label: string): ListTopic | undefined {
    if (/bijzondere|special|art(?:ikel|\.)\s*9/iu.test(label)) return undefined;
    return topicOf(label);
}

/** A table: by its header row (columns naming a topic), or as label/value rows (first column naming one). */
function readTable(lists: Lists, table: TableBlock, topic: ListTopic | undefined): ListTopic | undefined {
    const [header, ...rows] = table.rows;
    if (!header) return undefined;
    if (topic === 'subprocessors' && readSubprocessorRecords(lists, table)) return 'subprocessors';
    if (readSubprocessorTable(lists, header, rows)) return 'subprocessors';
    if (header.length >= 3 && readProcessingTable(lists, header, rows)) return 'processings';
    const headerTopics = header.map(cell => topicOf(cell));
    /** The second column describes the first (not a retention term or a legal basis). */
    const details = header.length >= 2 && !RETENTION.test(header[1]!);
    // A measure per row with its description: "| Maatregel | Omschrijving |" → "Versleuteling: alle gegevens …".
    if (header.length >= 2 && headerTopics[0] === 'measures' && details && DESCRIPTION.test(header[1]!)) {
        complete = header.length === 2;
        for (const row of rows) add(lists, 'measures', row[1] ? `${row[0]}: ${row[1]}` : row[0]!);
        return 'measures';
    }
    // Label/value rows: "| Categorieën persoonsgegevens | naam, e-mail |" (not the header row the source marks as one).
    const labelled = (table.header === true ? rows : table.rows).filter(row => row.length === 2 && rowTopic(row[0]!) !== undefined);
    if (header.length === 2 && labelled.length >= Math.max(1, table.rows.length / 3) && !/categor|soort|type/iu.test(header[0]!)) {
        complete = labelled.length === table.rows.length;
        for (const row of labelled) {
            const topic = rowTopic(row[0]!)!;
            if (topic === 'purposes') lists.purposes.push(...purposeItems(row[1]!));
            else if (topic === 'operations') lists.operations.push(row[1]!.trim());
            else for (const item of splitItems(row[1]!)) add(lists, topic, item);
        }
        return rowTopic(labelled[0]![0]!);
    }
    // A category per row, its details beside it: "| Categorie | Gegevens |", "| Contactgegevens | naam, e-mail |".
    // A third column (a retention, a legal basis) is not read: the table then stays prose as well.
    if (header.length >= 2 && /categor|soort|type/iu.test(header[0]!) && headerTopics.some(t => t === 'data' || t === 'subjects')) {
        const topic = headerTopics.find(t => t === 'data' || t === 'subjects')!;
        complete = header.length === 2;
        for (const row of rows) add(lists, topic, details && row[1] ? `${row[0]} (${row[1]})` : row[0]!);
        return topic;
    }
    const column = headerTopics.findIndex(t => t === 'data' || t === 'subjects' || t === 'measures');
    if (column >= 0) {
        complete = header.length === 1;
        for (const row of rows) {
            const cell = row[column];
            if (cell) for (const item of splitItems(cell)) add(lists, headerTopics[column]!, item);
        }
        return headerTopics[column];
    }
    return undefined;
}

/** An operation on personal data named as an item: "Opslag en beheer en back-up van persoonsgegevens van …". */
const ACTIVITY = /^(?:\p{L}[\p{L}-]*(?:,\s*|\s+en\s+|\s+))+(?:van|door)\s+(?:de\s+)?persoonsgegevens\b/iu;
/** "… verwerkt de volgende categorieën persoonsgegevens: a, b en c.", "… van de volgende betrokkenen: a en b." */
const FOLLOWING = /^[^.:]*?\bvolgende\s+((?:categorie\p{L}*\s+(?:van\s+)?)?(?:persoonsgegevens|betrokkenen))\s*:\s*([^.:]{3,400})\.?$/iu;

/** What follows "maatregelen, zoals" when it is not a list of measures: a participle that refers elsewhere, or a verb. */
const REFERENCE_OR_VERB = /^(?:beschreven|omschreven|bedoeld|vermeld|genoemd|opgenomen|vastgelegd|aangegeven|weergegeven|gespecificeerd|overeengekomen|uiteengezet|kunnen|kan|zullen|zal|moeten|moet|worden|wordt|zijn|is|described|referred|set out|listed|specified)\b/iu;
/** "… persoonsgegevens van (personeel van) Opdrachtgever": the persons whose data an activity names. */
const SUBJECTS_OF = /\bpersoonsgegevens\s+van\s+([^,;:]{3,100})$/iu;


/** The items right after an item that are nested deeper than it: what it introduces. */
function subItems(after: readonly { index: number; block: SourceBlock }[], depth: number): { index: number; text: string }[] {
    const subs: { index: number; text: string }[] = [];
    for (const { index, block } of after) {
        if (block.kind !== 'list-item' || block.depth <= depth) break;
        subs.push({ index, text: block.text.trim().replace(/[.;,]$/u, '') });
    }
    return subs;
}

/** "Combell treedt niet op als sub-verwerker", "… en treedt Combell niet op als subverwerker", "X is geen subverwerker". */
const NOT_SUBPROCESSOR = [
    /(?:^|[.;,:]\s+|\s(?:en|maar)\s+)(\p{Lu}[\p{L}\d.&'-]*(?:\s+\p{Lu}[\p{L}\d.&'-]*){0,3})\s+(?:treedt\s+niet\s+op\s+als|fungeert\s+niet\s+als|is\s+geen|geldt\s+niet\s+als)\s+(?:een\s+)?sub-?verwerker\b/gu,
    /\btreedt\s+(\p{Lu}[\p{L}\d.&'-]*(?:\s+\p{Lu}[\p{L}\d.&'-]*){0,3})\s+niet\s+op\s+als\s+(?:een\s+)?sub-?verwerker\b/gu,
    /(?:^|[.;,:]\s+|\s(?:and|but)\s+)(\p{Lu}[\p{L}\d.&'-]*(?:\s+\p{Lu}[\p{L}\d.&'-]*){0,3})\s+(?:is\s+not|does\s+not\s+act\s+as)\s+a\s+sub-?processor\b/gu
];

/** The providers a text says are no sub-processor; the country the text names, when it names one. */
function notSubprocessorsIn(lists: Lists, text: string): void {
    for (const pattern of NOT_SUBPROCESSOR) {
        for (const m of text.matchAll(pattern)) {
            const name = m[1]!.trim();
            if (roleOf(name) || /^(?:De|Het|Een|Deze|Die|Dit|The|This|It)$/u.test(name) || lists.notSubprocessors.some(r => r.name === name)) continue;
            const countries = countriesIn(text);
            lists.notSubprocessors.push({ name, countries: countries.length === 1 ? countries : [] });
        }
    }
}

/** The scope a sentence gives the processing, as its purpose; the operations it announces after a colon, as such. */
function addScope(lists: Lists, scope: string): void {
    const announced = announcedOperations(scope);
    if (!announced) {
        add(lists, 'purposes', scope);
        return;
    }
    add(lists, 'purposes', announced.purpose);
    lists.operations.push(...announced.operations);
}

/** The purposes the first articles state in a sentence, when no list or table gave them. */
function purposesIn(lists: Lists, sections: readonly Section[]): void {
    const blocks = (from: readonly Section[]): string[] => from.flatMap(section => section.blocks.filter(b => b.block.kind !== 'table').map(b => blockText(b.block)));
    const texts = blocks(sections.slice(0, 5));
    for (const text of blocks(sections)) {
        const listed = PURPOSE_LIST.exec(text);
        if (listed) {
            for (const item of purposeItems(listed[1]!)) add(lists, 'purposes', item);
            return;
        }
    }
    for (const text of texts) {
        const scope = scopeIn(text);
        if (scope && /persoonsgegevens|verwerking/iu.test(text)) {
            addScope(lists, scope);
            return;
        }
    }
}

/** "De toegestane verwerkingen worden … uitgevoerd", "De verwerking is geautomatiseerd en vindt plaats op …": how the processing is done, its nature. */
const NATURE = /(?:^|[.]\s+)((?:de\s+)?(?:toegestane\s+)?verwerking(?:en)?\s+(?:worden|wordt|zullen|zal|is|vindt|vinden)\s[^.]*?(?:uitgevoerd|plaats|geautomatiseerd)[^.]*)\./iu;

/** How the processing is done: the operations a scope sentence announces ("de dienst: het a, het b en het c"), else a sentence on its nature. */
function operationsIn(lists: Lists, sections: readonly Section[]): void {
    const texts = sections.slice(0, 8).flatMap(section => section.blocks.filter(b => b.block.kind !== 'table').map(b => blockText(b.block)));
    for (const text of texts.slice(0, 40)) {
        const scope = scopeIn(text);
        const announced = scope ? announcedOperations(scope) : undefined;
        if (announced) {
            lists.operations.push(...announced.operations);
            return;
        }
    }
    for (const text of texts) {
        const m = NATURE.exec(text);
        if (m) {
            lists.operations.push(m[1]!.trim());
            return;
        }
    }
}

/** "BSCPro verwerkt bankafschriften (PDF) uitsluitend voor …": the data a short agreement names in its scope sentence. */
const PROCESSES = /(?:^|[.]\s+)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}\s+verwerkt\s+(?!(?:de\s+|alle\s+)?(?:persoons)?gegevens\b)([^.;:]{3,120}?)\s+(?:uitsluitend\s+|alleen\s+|enkel\s+)?(?:voor|om|ten behoeve van|namens|in opdracht)\b/u;

/** The data a scope sentence names, when no list, table or line gave any. */
function dataIn(lists: Lists, sections: readonly Section[]): void {
    for (const section of sections.slice(0, 5)) {
        for (const { block } of section.blocks) {
            const m = block.kind === 'table' ? null : PROCESSES.exec(blockText(block));
            // Not "verwerkt in opdracht van X persoonsgegevens": a phrase that starts with a preposition or ends in the word "persoonsgegevens" names no data.
            if (m && !/^(?:in|op|namens|ten|voor|onder|uitsluitend|alleen)\s|\b(?:persoons)?gegevens$/iu.test(m[1]!.trim())) {
                for (const item of splitItems(m[1]!)) add(lists, 'data', item);
                // The same sentence gave the one purpose: the activity is the processing of these data for it.
                const purpose = scopeIn(blockText(block));
                if (purpose !== undefined && lists.purposes.length === 1 && lists.purposes[0] === purpose) lists.activity = `Verwerking van ${m[1]!.trim()} voor ${purpose}`;
                return;
            }
        }
    }
}


export function readLists(sections: readonly Section[]): Lists {
    const lists: Lists = { processings: [], data: [], subjects: [], measures: [], purposes: [], operations: [], subprocessors: [], notSubprocessors: [], consumed: new Map() };
    for (const section of sections) {
        // An annex about personal data lists them ("Bijlage 1. De verwerking van persoonsgegevens").
        const annexTopic = (text: string): ListTopic | undefined => (section.annex && /gegevens|personal data/iu.test(text) ? 'data' : undefined);
        const sectionTopic = section.heading ? topicOf(headingTitle(section.heading.block)) ?? annexTopic(section.heading.block.text) : undefined;
        // The topic of the items that follow: the section's, unless a line introduces a list; a
        // section about purposes or the nature of the processing does not make its items purposes.
        const listTopic = (t: ListTopic | undefined): ListTopic | undefined => (t === 'purposes' || t === 'operations' ? undefined : t);
        let topic: ListTopic | undefined = listTopic(sectionTopic);
        let activity: ProcessingRow | undefined;
        /** Items already read with the item that introduces them. */
        const taken = new Set<number>();
        for (const [at, { index, block }] of section.blocks.entries()) {
            if (taken.has(index)) continue;
            if (block.kind === 'table') {
                complete = false;
                const read = readTable(lists, block, topic);
                // A table read only in part stays prose as well: its facts are in the model, its text in a clause.
                if (read && complete) lists.consumed.set(index, read);
                continue;
            }
            const text = blockText(block).trim();
            notSubprocessorsIn(lists, text);
            const inline = /^([^:]{3,60}):\s*(.+)$/u.exec(text);
            const inlineTopic = inline ? rowTopic(inline[1]!) : undefined;
            const [value, ...more] = inline ? inline[2]!.split(/(?<=[.])\s+(?=\p{Lu})/u) : [];
            // "Doel van de verwerking: X. More sentences.": the first sentence is the purpose; the line stays prose.
            if (inline && inlineTopic && (more.length === 0 || (inlineTopic === 'purposes' && lists.purposes.length === 0))) {
                if (inlineTopic === 'purposes') lists.purposes.push(...purposeItems(value!));
                else if (inlineTopic === 'operations') lists.operations.push(value!.trim());
                else if (!splitItems(value!).map(item => add(lists, inlineTopic, item)).some(Boolean)) continue;
                if (more.length === 0) lists.consumed.set(index, inlineTopic);
                continue;
            }
            if (block.kind === 'heading' || (block.kind === 'paragraph' && /:$/u.test(text))) {
                // What the list that follows holds: said by the line's last sentence.
                const last = text.split(/(?<=[.;])\s+/u).pop() ?? text;
                topic = topicOf(last) ?? annexTopic(last) ?? (block.kind === 'heading' ? undefined : topic);
                if (block.kind === 'heading') topic = listTopic(topic);
                continue;
            }
            // In a list of data, "Opslag en beheer van persoonsgegevens van …" is a processing
            // activity; the data items after it are its data.
            if (block.kind === 'list-item' && topic === 'data' && ACTIVITY.test(text)) {
                activity = { title: text.replace(/[.;:]$/u, ''), purposes: [text.replace(/[.;:]$/u, '')], data: [], subjects: [], operations: [] };
                // "… van persoonsgegevens van klanten van Opdrachtgever": whose data they are, its data subjects.
                const whose = SUBJECTS_OF.exec(activity.title)?.[1];
                if (whose && add(lists, 'subjects', whose)) activity.subjects.push(whose);
                lists.processings.push(activity);
                lists.consumed.set(index, 'processings');
                continue;
            }
            if (block.kind === 'list-item' && topic === 'data' && activity) activity.data.push(text.replace(/[.;:]$/u, '').trim());
            // "Alle wachtwoorden voldoen aan:" with deeper items: one measure, the intro and its items.
            const subs = block.kind === 'list-item' && topic === 'measures' && /:$/u.test(text) ? subItems(section.blocks.slice(at + 1), block.depth) : [];
            const whole = `${text} ${subs.map(sub => sub.text).join('; ')}`;
            if (subs.length > 0 && whole.length <= 400 && add(lists, 'measures', whole)) {
                for (const item of [index, ...subs.map(sub => sub.index)]) {
                    taken.add(item);
                    lists.consumed.set(item, 'measures');
                }
                continue;
            }
            if (block.kind === 'list-item' && topic && text.length <= (topic === 'measures' ? 400 : 200)) {
                if (add(lists, topic, text)) lists.consumed.set(index, topic);
                continue;
            }
            // A long item ("Name — service. More sentences."): its first sentence into the model
            // when short enough, the item's text stays prose.
            if (block.kind === 'list-item' && topic && topic !== 'purposes') {
                const first = text.split(/(?<=[.;])\s+(?=\p{Lu})/u)[0]!;
                if (first.length <= 200) add(lists, topic, first);
                continue;
            }
            // "De betrokkenen zijn a en b.": one sentence that lists, in a section about data or subjects.
            const enumeration = /^(?:de\s+)?(?:betrokkenen|categorie\p{L}*\s+(?:van\s+)?(?:betrokkenen|persoonsgegevens)|(?:persoons)?gegevens)\s+(?:zijn|betreffen|omvatten)\s*:?\s+(?:de\s+)?([^.]+)\.?$/iu.exec(text);
            const items = enumeration ? splitItems(enumeration[1]!) : [];
            // Outside a section about data or subjects, only a list: "De betrokkenen zijn a, b en c", not "… zijn geïnformeerd".
            const listed = sectionTopic === 'data' || sectionTopic === 'subjects' || (items.length >= 2 && !/^ge\p{L}+(?:d|t|en)\b/iu.test(items[0]!));
            if (block.kind === 'paragraph' && enumeration && listed) {
                const t = /betrokkenen/iu.test(text.slice(0, 40)) ? 'subjects' : 'data';
                if (items.map(item => add(lists, t, item)).some(Boolean)) lists.consumed.set(index, t);
                continue;
            }
            // "De Verwerker verwerkt de volgende (categorieën) persoonsgegevens: a, b en c." — the text stays prose when it says more.
            const following = FOLLOWING.exec(text);
            if (block.kind === 'paragraph' && following) {
                const t = /betrokkenen/iu.test(following[1]!) ? 'subjects' : 'data';
                const added = splitItems(following[2]!).map(item => add(lists, t, item)).some(Boolean);
                if (added && following[0].length >= text.length - 1) lists.consumed.set(index, t);
                if (added) continue;
            }
            // "… treft passende maatregelen, waaronder a, b en c.": the measures a sentence names (the text stays prose).
            const named = /maatregelen[^.:]{0,120}?(?:waaronder|zoals|onder meer|te weten|namelijk)\s+([^.:]{3,400})\./iu.exec(text) ?? /maatregelen\s*\(([^)]{3,200})\)/iu.exec(text);
            // Not a reference ("zoals beschreven in Bijlage 2") or a clause ("onder meer kunnen inhouden …"): those name no measure.
            if (named && !REFERENCE_OR_VERB.test(named[1]!)) for (const item of splitItems(named[1]!)) add(lists, 'measures', item.replace(/^en\s+/u, ''));
            if (block.kind === 'paragraph' && sectionTopic === 'purposes' && lists.purposes.length === 0 && !/\b(?:geen|niet)\b/iu.test(text)) {
                const listed = PURPOSE_LIST.exec(text);
                const scope = scopeIn(text);
                if (listed) for (const item of purposeItems(listed[1]!)) add(lists, 'purposes', item);
                else if (scope) addScope(lists, scope);
                // A sentence that refers to the purposes an annex describes does not state one.
                else if (text.length <= 400 && !/\b(?:bijlage|appendix|annex)\b/iu.test(text)) lists.purposes.push(text);
                continue;
            }
            // A sentence ends the list; a short line without a full stop is a sub-heading within it
            // ("Wachtwoorden", "Encryptie (verbinding)") and keeps it, unless it names a topic of its own.
            if (block.kind === 'paragraph') topic = text.length <= 60 && !/[.!?]$/u.test(text) ? listTopic(topicOf(text)) ?? topic : listTopic(sectionTopic);
        }
    }
    if (lists.purposes.length === 0) purposesIn(lists, sections);
    if (lists.data.length === 0) dataIn(lists, sections);
    if (lists.operations.length === 0) operationsIn(lists, sections);
    if (lists.operations.length === 0) lists.operations.push(...operationsOf(lists.purposes));
    return lists;
}
