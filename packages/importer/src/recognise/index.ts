import { EmptyFileSystem } from 'langium';
import { createDpaServices, sentences, type DpaServices } from '@dpa/language';
import { extendsToPersons, readArticle } from './reading.js';
import { commentText, dpaString, Names } from '../emit/writer.js';
import type { SourceBlock, SourceDocument, SourceLocation } from '../source.js';
import { measureKind, measureType } from './annexes.js';
import { courtIn, lawIn, mergeClauses, merges, standardClausesIn, withFlowDown, type StandardClause } from './clauses.js';
import { readLists } from './lists.js';
import { operationsOf } from './purposes.js';
import { applyRegistration, mergeParties, partiesBetween, partyActingIn, partyIn, registrationIn, roleOf, type Registration, type RecognisedParty } from './parties.js';
import { metadataIn, type Metadata } from './metadata.js';
import { identifierLabel } from './aliases.js';
import { documentRetention, endRetention, retentionIn, retentionLines } from './retention.js';
import { specialKinds } from './special.js';
import { specialExcluded } from './exclusions.js';
import { generalTransfers, transferLines, withGeneralTransfers } from './transfers.js';
import { applySignature, signaturesIn } from './signatures.js';
import { blockText, headingTitle, sectionsOf, type IndexedBlock, type Section } from './sections.js';

// A source document into a .dpa agreement that loses nothing: what is recognised with confidence
// becomes a model element (its source quoted in a comment beside it), everything else a custom
// clause holding the original text, with the Art. 28(3) elements the language's own clause reader
// finds in it as `covers` and a `// REVIEW:` comment. Every piece of the source records where it went.

export interface ImportOptions {
    /** The language services to read custom clauses with; created when absent. */
    readonly services?: DpaServices;
    /** The agreement's name in the model (an identifier); from the title when absent. */
    readonly name?: string;
}

/**
 * Where a piece of the source went: a model element (`party:processor`, `clause:breach`, `data`,
 * …; its text also quoted in a comment beside it), a custom clause's text or title, or only a
 * comment (the heading of an article whose sentences all became standard clauses).
 */
export type Destination =
    | { readonly kind: 'model'; readonly element: string }
    | { readonly kind: 'prose'; readonly clause: string }
    | { readonly kind: 'comment' };

export interface Placement {
    /** The block's index in the source document. */
    readonly block: number;
    readonly at: SourceLocation;
    /** The piece of the block's text (a sentence or the whole block). */
    readonly text: string;
    readonly destination: Destination;
}

export interface ImportFacts {
    readonly placements: readonly Placement[];
    readonly parties: readonly RecognisedParty[];
    readonly metadata: Metadata;
    readonly standardClauses: readonly string[];
    readonly customClauses: readonly string[];
    readonly lists: { readonly data: number; readonly subjects: number; readonly measures: number; readonly subprocessors: number };
}

let defaultServices: DpaServices | undefined;

/** Elements the clause reader has no data for, by the article's title. */
const TITLE_ELEMENTS: readonly [RegExp, string][] = [
    [/looptijd|duur\b|duration|\bterm\b|inwerkingtreding/iu, 'duration']
];

interface Output {
    header: string[];
    parties: string[];
    lists: string[];
    processing: string[];
    clauses: string[];
}

export function importAgreement(given: SourceDocument, options: ImportOptions = {}): { text: string; facts: ImportFacts } {
    const source = asWritten(given);
    const services = options.services ?? (defaultServices ??= createDpaServices(EmptyFileSystem).Dpa);
    const names = new Names();
    const placements: Placement[] = [];
    const place = (item: IndexedBlock, text: string, destination: Destination): void => {
        placements.push({ block: item.index, at: item.block.at, text, destination });
    };
    const out: Output = { header: [], parties: [], lists: [], processing: [], clauses: [] };
    const { title, sections } = sectionsOf(source);
    const fileName = source.path.replace(/^.*[\\/]/u, '');
    const agreementName = options.name ?? names.make(title?.block.text ?? fileName, 'Imported');

    // The title, version and dates: from the title heading and the short lines of the preamble.
    const metadata: Metadata = {};
    if (title) {
        metadata.title = title.block.text;
        place(title, title.block.text, { kind: 'model', element: 'title' });
        out.header.push(`// ${where(title.block.at)}: ${commentText(title.block.text)}`);
    }
    const consumed = new Set<number>();
    const headerBlocks = [...sections[0]!.blocks.slice(0, 8), ...sections.slice(1, 3).flatMap(s => s.blocks.slice(0, 2))];
    for (const item of headerBlocks) {
        const text = blockText(item.block);
        const found = metadataIn(text);
        if (Object.keys(found).length === 0) continue;
        for (const [key, value] of Object.entries(found)) if ((metadata as Record<string, unknown>)[key] === undefined) (metadata as Record<string, unknown>)[key] = value;
        if (text.length <= 160) {
            consumed.add(item.index);
            place(item, text, { kind: 'model', element: 'metadata' });
            out.header.push(`// ${where(item.block.at)}: ${commentText(text)}`);
        }
    }

    // The main agreement this one belongs to, when the text names one.
    const allText = source.blocks.map(blockText).join('\n');
    if (/\bhoofdovereenkomst\b/iu.test(allText)) metadata.mainAgreement = 'Hoofdovereenkomst';
    else if (/\b(?:de|the) (?:Overeenkomst|Agreement)\b/u.test(allText)) metadata.mainAgreement = 'Overeenkomst';

    // The parties: in the preamble and in an article about the parties.
    const partyBlocks = sections.filter((s, i) => i <= 2 || /partij|parties|ondergetekenden|rollen|roles/iu.test(s.heading?.block.text ?? '')).flatMap(s => s.blocks);
    const found: RecognisedParty[] = [];
    const registrations: { item: IndexedBlock; registration: Registration }[] = [];
    for (const item of partyBlocks) {
        if (consumed.has(item.index)) continue;
        if (item.block.kind === 'table') {
            // "| Verwerker | X B.V., Straat 1, 1234 AB Plaats, KvK 12345678 |"
            const rows = item.block.rows.filter(row => row.length === 2 && roleOf(row[0]!) !== undefined);
            const inRows = rows.flatMap(row => partyIn(`${row[0]}: ${row[1]}`) ?? []);
            if (inRows.length === 0) continue;
            found.push(...inRows);
            if (rows.length === item.block.rows.length) {
                consumed.add(item.index);
                place(item, blockText(item.block), { kind: 'model', element: inRows.map(p => `party:${p.role}`).join(',') });
            }
            continue;
        }
        const party = partyIn(item.block.text);
        // Parties named in passing ("tussen X (verwerker) en …", "X treedt op als verwerker"): facts for the model, the text stays prose.
        const between = party ? [] : [...partiesBetween(item.block.text), ...sentences(item.block.text).all().flatMap(sentence => partyActingIn(sentence.text) ?? [])];
        const registration = registrationIn(item.block.text);
        if (registration) registrations.push({ item, registration });
        if (!party && between.length === 0) continue;
        found.push(...(party ? [party] : between));
        if (party && item.block.text.length <= 600 && sentences(item.block.text).all().length <= 2) {
            consumed.add(item.index);
            place(item, item.block.text, { kind: 'model', element: `party:${party.role}` });
        }
    }
    const parties = mergeParties(found);
    for (const { registration } of registrations) applyRegistration(parties, registration);
    // Who signs for each party, from the signature block (its text stays prose).
    for (const signature of signaturesIn(source.blocks, parties)) applySignature(parties, signature);
    for (const party of parties) out.parties.push(...partyLines(party, names, placements.filter(p => p.destination.kind === 'model' && p.destination.element.split(',').includes(`party:${party.role}`))));

    // The lists: data, subjects, measures, sub-processors, purposes.
    const lists = readLists(sections);
    const listNames = { data: [] as string[], subjects: [] as string[] };
    for (const section of sections) {
        for (const item of section.blocks) {
            const topic = lists.consumed.get(item.index);
            if (!topic || consumed.has(item.index)) continue;
            consumed.add(item.index);
            place(item, blockText(item.block), { kind: 'model', element: topic });
            out.lists.push(`// ${where(item.block.at)} (${topic}): ${commentText(blockText(item.block))}`);
        }
    }
    for (const label of lists.data) {
        const name = names.make(label, 'Data');
        listNames.data.push(name);
        const special = specialKinds(label);
        out.lists.push(`data ${name} ${dpaString(label)}${special.map(kind => ` ${kind}`).join('')}`);
    }
    for (const label of lists.subjects) {
        const name = names.make(label, 'Subject');
        listNames.subjects.push(name);
        out.lists.push(`subject ${name} ${dpaString(label)}`);
    }
    // "Er worden geen bijzondere categorieën van persoonsgegevens verwerkt": unless a category is special.
    const noSpecial = lists.data.some(label => specialKinds(label).length > 0) ? undefined : specialExcluded(sections);
    if (noSpecial) out.lists.push(`// ${where(noSpecial.block.at)}: no special categories of personal data processed.`, 'excludes special');
    if (lists.measures.length > 0) out.lists.push('// REVIEW: each measure\'s type and kind are guessed from its description.');
    for (const label of lists.measures) {
        const kind = measureKind(label);
        out.lists.push(`measure ${names.make(label, 'Measure')} ${measureType(kind)} ${kind} ${dpaString(label)}`);
    }
    const general = generalTransfers(source.blocks.flatMap(block => block.kind === 'table' ? [] : sentences(block.text).all().map(s => s.text)));
    const subprocessorNames: string[] = [];
    for (const sub of lists.subprocessors.map(s => withGeneralTransfers(s, general))) {
        subprocessorNames.push(names.make(sub.name, 'Sub'));
        out.lists.push(`subprocessor ${subprocessorNames.at(-1)!} {`, `    name ${dpaString(sub.name)}`);
        if (sub.service) out.lists.push(`    service ${dpaString(sub.service)}`);
        if (sub.seat) out.lists.push(`    seat ${sub.seat}`);
        // Where the text says nothing of where it processes: `unknown`, as the text has it.
        out.lists.push(`    location ${sub.countries.length > 0 ? sub.countries.join(', ') : 'unknown'}`);
        out.lists.push(...transferLines(sub).map(line => `    ${line}`));
        out.lists.push('}');
    }
    for (const recipient of lists.notSubprocessors.filter(r => !lists.subprocessors.some(s => s.name === r.name))) {
        // The text says it is no sub-processor: a recipient with that role, its country as the text names it.
        out.lists.push(`recipient ${names.make(recipient.name, 'Recipient')} {`, `    name ${dpaString(recipient.name)}`);
        if (recipient.countries.length === 1) out.lists.push(`    country ${recipient.countries[0]}`);
        out.lists.push('    role not-subprocessor', '}');
    }
    const dataName = new Map(lists.data.map((label, i) => [label, listNames.data[i]!]));
    const subjectName = new Map(lists.subjects.map((label, i) => [label, listNames.subjects[i]!]));
    // The retention the text states for all its processing (an article on it, a line "Bewaartermijn: …").
    const stated = documentRetention(sections);
    /** The closing lines of the activities for which the text states no retention of their own. */
    const withoutRetention: number[] = [];
    if (stated) out.processing.push(`// Retention as the text states it (${where(stated.at.block.at).toLowerCase()}).`);
    for (const row of lists.processings) {
        out.processing.push(`processing ${names.make(row.title, 'P')} ${dpaString(row.title)} {`);
        for (const purpose of row.purposes) out.processing.push(`    purpose ${dpaString(purpose)}`);
        const operations = row.operations.length > 0 ? row.operations : operationsOf(row.purposes);
        if (operations.length > 0) out.processing.push(`    operations ${operations.map(dpaString).join(', ')}`);
        const data = row.data.flatMap(label => dataName.get(label.replace(/[.;:]$/u, '').trim()) ?? []);
        const subjects = row.subjects.flatMap(label => subjectName.get(label.replace(/[.;:]$/u, '').trim()) ?? []);
        if (data.length > 0) out.processing.push(`    data ${[...new Set(data)].join(', ')}`);
        if (subjects.length > 0) out.processing.push(`    subjects ${[...new Set(subjects)].join(', ')}`);
        if (lists.processings.length === 1) out.processing.push(...servedBy(subprocessorNames));
        const term = row.retention !== undefined ? retentionIn(row.retention) : stated?.term;
        if (term) out.processing.push(...retentionLines(term).map(line => `    ${line}`));
        else withoutRetention.push(out.processing.length);
        out.processing.push('}');
    }
    if (lists.processings.length === 0 && (lists.data.length > 0 || lists.subjects.length > 0 || lists.purposes.length > 0)) {
        // One processing activity per purpose the text lists (as a register of processing activities
        // has them), titled by its purpose; the text does not say which data each purpose uses.
        const perPurpose = lists.purposes.length >= 2 && lists.purposes.every(p => operationsOf([p]).length > 0);
        const activities = perPurpose ? lists.purposes.map(p => [p]) : [lists.purposes];
        if (perPurpose && (listNames.data.length > 0 || listNames.subjects.length > 0)) out.processing.push('// REVIEW: one processing activity per purpose; the text does not say which data and data subjects each one concerns: all are listed.');
        for (const purposes of activities) {
            const title = (activities.length === 1 ? activityTitle(lists.activity) : undefined) ?? activityTitle(purposes[0]) ?? metadata.title ?? 'Verwerking';
            out.processing.push(`processing ${names.make(title, 'P')} ${dpaString(title)} {`);
            for (const purpose of purposes) out.processing.push(`    purpose ${dpaString(purpose)}`);
            const operations = perPurpose ? operationsOf(purposes) : lists.operations;
            if (operations.length > 0) out.processing.push(`    operations ${operations.map(dpaString).join(', ')}`);
            if (listNames.data.length > 0) out.processing.push(`    data ${listNames.data.join(', ')}`);
            if (listNames.subjects.length > 0) out.processing.push(`    subjects ${listNames.subjects.join(', ')}`);
            if (activities.length === 1) out.processing.push(...servedBy(subprocessorNames));
            if (stated) out.processing.push(...retentionLines(stated.term).map(line => `    ${line}`));
            else withoutRetention.push(out.processing.length);
            out.processing.push('}');
        }
    }

    // The articles: standard clauses where a sentence states one, the rest as custom clauses.
    const standard = new Map<string, StandardClause>();
    const customClauses: string[] = [];
    const personsBound = source.blocks.some(block => extendsToPersons(blockText(block)));
    const transfers = /doorgifte|derde land|buiten\s+(?:de\s+|een\s+land\s+van\s+de\s+)?(?:EER|EU|Europese)|transfers?\s+(?:to|outside)/iu.test(allText);
    for (const section of sections) {
        customClauses.push(...articleLines(section, { services, names, consumed, place, standard, metadata, out, transfers, personsBound }));
    }
    // Where the text states no retention but a deletion period at the end ("binnen 30 dagen na
    // beëindiging … wissen"), the data are kept for the agreement and that period at most.
    const afterEnd = endRetention(standard.get('termination')?.text);
    for (const at of withoutRetention.reverse()) if (afterEnd) out.processing.splice(at, 0, `    // Retention: the deletion period at the end of the agreement (${afterEnd.source}).`, `    retention ${afterEnd.term}`);
    const lines = [
        `agreement ${agreementName} {`,
        `    record-of ${dpaString(`${metadata.title ?? 'Verwerkersovereenkomst'}, imported from ${source.path.replace(/^.*[\\/]/u, '')}`)}`,
        ...metadataLines(metadata).map(l => `    ${l}`),
        ...[...out.header, ...out.parties, ...out.lists, ...out.processing, ...out.clauses].map(l => `    ${l}`),
        '}',
        ''
    ];
    return {
        text: lines.join('\n'),
        facts: {
            placements,
            parties,
            metadata,
            standardClauses: [...standard.keys()],
            customClauses,
            lists: { data: lists.data.length, subjects: lists.subjects.length, measures: lists.measures.length, subprocessors: lists.subprocessors.length }
        }
    };
}

/** A processing activity's title from its purpose: without a leading article or adverb, capitalised, at most 80 characters. */
/**
 * The sub-processors of an agreement that describes one processing activity: each serves that
 * activity (the text engages them for the processing the agreement is about), so they are named in
 * it (`subprocessors`), with a note for the reviewer. With several activities the text seldom says
 * which sub-processor serves which, and nothing is guessed.
 */
function servedBy(subprocessors: readonly string[]): string[] {
    if (subprocessors.length === 0) return [];
    return ['    // REVIEW: the agreement describes this one processing activity: its sub-processors serve it.', `    subprocessors ${subprocessors.join(', ')}`];
}

/**
 * Where a piece is in the source, as its format can say it: a line of a text, a page and its line
 * of a PDF, a paragraph of a Word document ("Source paragraph 14"), or nothing more.
 */
function where(at: SourceLocation): string {
    if (at.page !== undefined) return at.line !== undefined ? `Source page ${at.page}, line ${at.line}` : `Source page ${at.page}`;
    if (at.line !== undefined) return `Source line ${at.line}`;
    if (at.paragraph !== undefined) return `Source paragraph ${at.paragraph}`;
    return 'Source';
}

function activityTitle(purpose: string | undefined): string | undefined {
    if (!purpose) return undefined;
    const clean = purpose.replace(/^(?:(?:uitsluitend|alleen|enkel|slechts|het|de|een)\s+)+/iu, '').replace(/[.;:]$/u, '').trim();
    if (clean.length < 3 || clean.length > 160) return undefined;
    const short = clean.length <= 80 ? clean : `${clean.slice(0, 80).replace(/\s+\S*$/u, '')} …`;
    return short[0]!.toUpperCase() + short.slice(1);
}

function metadataLines(metadata: Metadata): string[] {
    const lines: string[] = [];
    if (metadata.title) lines.push(`title ${dpaString(metadata.title)}`);
    if (metadata.version) lines.push(`version ${dpaString(metadata.version)}`);
    if (metadata.effective) lines.push(`effective ${metadata.effective}`);
    if (metadata.revised) lines.push(`revised ${metadata.revised}`);
    if (metadata.mainAgreement) lines.push(`main-agreement ${dpaString(metadata.mainAgreement)}`);
    if (metadata.law) lines.push(`law ${metadata.law}`);
    if (metadata.court) lines.push(`court ${metadata.court}`);
    return lines;
}

function partyLines(party: RecognisedParty, names: Names, sources: readonly Placement[]): string[] {
    const lines = sources.map(p => `// ${where(p.at)}: ${commentText(p.text)}`);
    lines.push(`${party.role} ${names.make(identifierLabel(party.name), party.role === 'processor' ? 'Processor' : 'Controller')} {`, `    name ${dpaString(party.name)}`);
    if (party.tradeName) lines.push(`    trade-name ${dpaString(party.tradeName)}`);
    if (party.alias) lines.push(`    alias ${dpaString(party.alias)}`);
    if (party.form) lines.push(`    form ${dpaString(party.form)}`);
    if (party.kvk) lines.push(`    kvk ${dpaString(party.kvk)}`);
    const address = [party.street ? dpaString(party.street) : '', party.postcode ? `postcode ${dpaString(party.postcode)}` : '', party.city ? `city ${dpaString(party.city)}` : ''].filter(Boolean).join(' ');
    if (address !== '') lines.push(`    address ${address}`);
    if (party.signatory) lines.push(`    signatory ${dpaString(party.signatory)}${party.fn ? ` as ${dpaString(party.fn)}` : ''}${party.signedAt ? ` at ${dpaString(party.signedAt)}` : ''}${party.signedOn ? ` on ${party.signedOn}` : ''}`);
    lines.push('}');
    return lines;
}

interface ArticleContext {
    readonly services: DpaServices;
    readonly names: Names;
    readonly consumed: Set<number>;
    readonly place: (item: IndexedBlock, text: string, destination: Destination) => void;
    readonly standard: Map<string, StandardClause>;
    readonly metadata: Metadata;
    readonly out: Output;
    /** The agreement has terms on transfers outside the EEA (an article or sentence about them). */
    readonly transfers: boolean;
    /** A sentence extends the processor's obligations to the persons under its authority (reading.ts `extendsToPersons`). */
    readonly personsBound: boolean;
}

/** One section's clauses: its standard clauses' sentences go into the model, the rest into one custom clause. Returns the custom clause's name, if any. */
function articleLines(section: Section, context: ArticleContext): string[] {
    const { services, names, consumed, place, standard, metadata, out, transfers, personsBound } = context;
    const heading = section.heading;
    const title = heading ? headingTitle(heading.block) : 'Preambule';
    const prose: { item: IndexedBlock; text: string }[] = [];
    const modelled: string[] = [];
    /** The standard clauses this article states, by keyword: their line in `modelled`. */
    const here = new Map<string, string>();
    const articleText = section.blocks.map(b => blockText(b.block)).join('\n');
    for (const item of section.blocks) {
        if (consumed.has(item.index)) continue;
        const text = blockText(item.block);
        const rest: string[] = [];
        for (const sentence of item.block.kind === 'table' ? [{ text }] : sentences(text).all()) {
            const piece = sentence.text.trim();
            if (piece === '') continue;
            const law = lawIn(piece);
            const court = courtIn(piece);
            const found = standardClausesIn(piece);
            // Parameters a later sentence adds to a clause this article stated.
            const inArticle = found.filter(c => merges(c.keyword) && here.has(c.keyword));
            for (const more of inArticle) {
                const merged = mergeClauses(standard.get(more.keyword)!, more);
                standard.set(more.keyword, merged);
                modelled[modelled.indexOf(here.get(more.keyword)!)] = merged.text;
                here.set(more.keyword, merged.text);
            }
            const clauses = found.filter(c => !c.partial && !standard.has(c.keyword)).map(c => withFlowDown(c, articleText));
            const keep = item.block.kind !== 'table' && (clauses.length > 0 || inArticle.length > 0 || (law && !metadata.law) || (court && !metadata.court));
            if (!keep) {
                rest.push(piece);
                continue;
            }
            const elements: string[] = [];
            if (law && !metadata.law) { metadata.law = law; elements.push('law'); }
            if (court && !metadata.court) { metadata.court = court; elements.push('court'); }
            for (const clause of clauses) {
                standard.set(clause.keyword, clause);
                here.set(clause.keyword, clause.text);
                elements.push(`clause:${clause.keyword}`);
                modelled.push(`// ${where(item.block.at)}: ${commentText(piece)}`, clause.text);
            }
            for (const more of inArticle) {
                elements.push(`clause:${more.keyword}`);
                modelled.splice(modelled.indexOf(here.get(more.keyword)!), 0, `// ${where(item.block.at)}: ${commentText(piece)}`);
            }
            if (clauses.length === 0 && inArticle.length === 0) out.header.push(`// ${where(item.block.at)}: ${commentText(piece)}`);
            place(item, piece, { kind: 'model', element: elements.join(',') });
        }
        if (rest.length > 0) prose.push({ item, text: rest.join(' ') });
    }
    const lines: string[] = [];
    if (heading) lines.push(`// ${where(heading.block.at)}: ${commentText(heading.block.text)}`);
    lines.push(...modelled);
    if (prose.length > 0) {
        const name = names.make(title, 'Clause');
        const paragraphs = prose.map(p => p.text);
        const reading = readArticle(services, title, paragraphs, standard, { transfers, personsBound });
        const covers = [...reading.covers];
        for (const [pattern, element] of TITLE_ELEMENTS) if (pattern.test(title) && !covers.includes(element) && !standard.has('duration')) covers.push(element);
        for (const clause of reading.standard) {
            standard.set(clause.keyword, clause);
            lines.push(`// Read from the text of ${commentText(heading?.block.text ?? title)} by the clause reader${clause.because ? `, ${clause.because}` : ''}; the text stays in the clause below.`, clause.text);
        }
        // A standard clause of an earlier article that this one completes: its line is rewritten.
        for (const clause of reading.completed) {
            const at = out.clauses.lastIndexOf(standard.get(clause.keyword)?.text ?? '');
            if (at < 0) continue;
            out.clauses[at] = clause.text;
            standard.set(clause.keyword, clause);
        }
        const review = [
            reading.standard.length > 0 ? `read as the standard clause${reading.standard.length > 1 ? 's' : ''} ${reading.standard.map(c => c.keyword).join(', ')} above` : 'not recognised as a standard clause',
            ...reading.completed.map(c => `its text completes the standard clause ${c.keyword} of an earlier article (now \`${c.text}\`)`),
            covers.length > 0 ? `the text reads as ${covers.join(', ')} (covers): check that it provides ${covers.length > 1 ? 'them' : 'it'}` : 'no other Art. 28(3) element found in the text'
        ].join('; ');
        lines.push(`// REVIEW: ${review}`, `clause ${name} ${dpaString(title)}${covers.length > 0 ? ` covers ${covers.join(', ')}` : ''} {`);
        if (heading) place(heading, heading.block.text, { kind: 'prose', clause: name });
        for (const p of prose) {
            lines.push(`    text ${dpaString(p.text)}`);
            place(p.item, p.text, { kind: 'prose', clause: name });
        }
        lines.push('}');
        out.clauses.push(...lines);
        return [name];
    }
    if (heading) place(heading, heading.block.text, { kind: 'comment' });
    out.clauses.push(...lines);
    return [];
}

/**
 * The blocks as the recogniser reads them: a heading as its whole line, number first ("Artikel 4
 * Titel"); a sub-heading below an article or annex (level 3 and deeper) as a paragraph of it,
 * which is what it is in an agreement's text; a paragraph's number without its closing dot
 * ("2.3." → "2.3").
 */
function asWritten(source: SourceDocument): SourceDocument {
    const blocks = source.blocks.map((block): SourceBlock => {
        if (block.kind === 'heading') {
            const text = block.number !== undefined && !block.text.startsWith(block.number) ? `${block.number} ${block.text}`.trim() : block.text;
            if (block.level >= 3) return { kind: 'paragraph', at: block.at, text };
            return { ...block, text };
        }
        if (block.kind === 'paragraph' && block.number !== undefined && /^\d+(?:\.\d+)+\.$/u.test(block.number)) return { ...block, number: block.number.slice(0, -1) };
        return block;
    });
    return { ...source, blocks };
}
