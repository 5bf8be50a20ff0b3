import { CLAUSE_READING_DATA, readClause, readsIn, sentences, type Document, type DpaServices, type ElementReading } from '@dpa/language';
import { dpaString } from '../emit/writer.js';
import type { StandardClause } from './clauses.js';

// An article read by the language's own clause reader (rules/custom-clauses/reading.ts, data
// clause-reading.json): the Art. 28(3) elements its text is about, and for each the parts of the
// element it has, those it lacks and the flags that make it fall short. Where the reading is
// clear, the element becomes its standard clause with the parameters the reading gives
// (`instructions without legal-requirement-notice`); the others stay `covers` of the custom clause
// that keeps the text, so that the validator reads them again and reports what is missing.

/** The topic of each element the clause reader reads (clause-reading.json `topic`). */
const TOPICS: readonly (readonly [string, RegExp])[] = Object.entries(CLAUSE_READING_DATA.elements as Readonly<Record<string, { topic: string }>>)
    .map(([element, data]) => [element, new RegExp(data.topic, 'iu')] as const);

/** The standard clause's keyword for each element it provides. */
export const KEYWORD_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
    instructions: ['instructions', 'infringing-instructions'],
    confidentiality: ['confidentiality'],
    security: ['security'],
    subprocessing: ['subprocessing'],
    'data-subject-requests': ['data-subject-requests'],
    assistance: ['assistance'],
    breach: ['breach-notification'],
    audit: ['audit'],
    termination: ['deletion'],
    duration: ['duration'],
    transfers: []
};

const ASSISTANCE_TOPICS: Readonly<Record<string, string>> = {
    'assist-security': 'security',
    'assist-breach': 'breach',
    'assist-dpia': 'dpia',
    'assist-consultation': 'prior-consultation'
};

export interface ArticleReading {
    /** The elements the custom clause keeping the text covers. */
    readonly covers: string[];
    /** Standard clauses the reading gives, with the elements each takes from `covers`. */
    readonly standard: StandardClause[];
    /**
     * Standard clauses an earlier article gave, completed by what this one says: an `instructions`
     * clause `without` a part this article's paragraphs on instructions have (the notice of a legal
     * requirement in the article on the processor's duties, after the instructions in the article on roles).
     */
    readonly completed: StandardClause[];
}

/**
 * The elements an article is about: those whose topic its title names, or the first sentence of
 * one of its paragraphs (a numbered paragraph states its subject first; a breach article that
 * mentions the data subjects in passing is not about their requests). Assistance (Art. 28(3)(f))
 * is read, too, where a sentence of the article undertakes it (clause-reading.json
 * `assist-undertaking`: "werkt mee aan … het informeren van de Autoriteit Persoonsgegevens"), in
 * those sentences only: the rest of a long article on the processor's duties is not about it.
 */
function readings(services: DpaServices, title: string, paragraphs: readonly string[]): ElementReading[] {
    const leads = [title, ...paragraphs.map(p => sentences(p).all()[0]?.text ?? p)].join('\n');
    // Instructions are also read where the text does not name them: "uitsluitend in het kader van
    // de Overeenkomst" is the reader's own part for documented instructions.
    const candidates = TOPICS.filter(([element, topic]) => topic.test(leads) || element === 'instructions').map(([element]) => element);
    const all = candidates.length === 0 ? [] : readTwice(services, title, candidates, paragraphs);
    if (candidates.includes('assistance')) return all;
    const undertaking = paragraphs.flatMap(p => sentences(p).all().map(sentence => sentence.text)).filter(sentence => readsIn('assist-undertaking', sentence));
    return undertaking.length === 0 ? all : [...all, ...readTwice(services, title, ['assistance'], undertaking)];
}

/** The elements read in the paragraphs, as a custom clause that covers them, twice (see `withoutInsertions`). */
function readTwice(services: DpaServices, title: string, elements: readonly string[], paragraphs: readonly string[]): ElementReading[] {
    const read = (texts: readonly string[]): ElementReading[] => {
        const text = `agreement A { clause C ${dpaString(title)} covers ${elements.join(', ')} {${texts.map(p => ` text ${dpaString(p)}`).join('')} } }`;
        const clause = services.parser.LangiumParser.parse<Document>(text).value.agreement?.clauses[0];
        return clause?.$type === 'CustomClause' ? [...readClause(clause)] : [];
    };
    const full = read(paragraphs.map(normalised));
    // The reader looks for a part's words close together; a sentence with an inserted clause
    // (", binnen redelijke grenzen en tegen vergoeding …,") is read again without it. Flags come
    // from the full text only. Both readings see the text `normalised`.
    const core = read(paragraphs.map(withoutInsertions));
    return full.map(reading => {
        const more = core.find(r => r.element === reading.element)?.found.filter(part => !reading.found.includes(part)) ?? [];
        return more.length === 0 ? reading : { ...reading, found: [...reading.found, ...more], missing: reading.missing.filter(part => !more.includes(part.id)) };
    });
}

/**
 * A text as the second reading reads it: without the clauses inserted between commas, with a
 * Dutch elliptical compound written out ("Unie- of Nederlands recht" → "Unierecht of Nederlands
 * recht") and "assistentie" in the reader's word, "bijstand".
 */
function withoutInsertions(text: string): string {
    return normalised(text).replace(/,[^,.;:()]{1,140},\s*/gu, ' ');
}

function normalised(text: string): string {
    return text.replace(/(\p{L}+)-\s+(of|en)\s+(\p{L}+)\s+(\p{L}+)/gu, '$1$4 $2 $3 $4')
        .replace(/(?<!\p{L})[Aa]ssistentie(?!\p{L})/gu, 'bijstand');
}

/**
 * A duty of secrecy in the text ("geheimhoudingsplicht", "houdt … geheim", "behandelt vertrouwelijk"),
 * not the confidentiality of Art. 32(1)(b) ("vertrouwelijkheid, integriteit en beschikbaarheid").
 */
const SECRECY_DUTY = /geheimhouding|geheim\s+(?:te\s+)?houd|(?:houdt|houden|behandelt|behandelen)[^.;]{0,60}(?:geheim|vertrouwelijk)(?!heid)|vertrouwelijk\s+(?:te\s+)?(?:behandel|houd)|(?:keep|treat)\p{L}*[^.;]{0,40}confidential(?!ity)|confidentiality\s+(?:obligation|duty|undertaking)|secrecy/iu;

/** Requests of data subjects handled by both parties together ("in onderling overleg", "gezamenlijk"). */
const JOINT_REQUESTS = /(?<!\p{L})verzoek[^.;]{0,80}(?<!\p{L})(?:in\s+onderling\s+overleg|gezamenlijk)(?!\p{L})|(?<!\p{L})(?:in\s+onderling\s+overleg|gezamenlijk)(?!\p{L})[^.;]{0,60}(?<!\p{L})verzoek|(?<!\p{L})(?:jointly|together)(?!\p{L})[^.;]{0,60}(?<!\p{L})request|(?<!\p{L})request[^.;]{0,80}(?<!\p{L})(?:jointly|together)(?!\p{L})/iu;

/** The standard clause a reading gives, when it is clear; undefined to leave the element to the custom clause. */
function standardOf(reading: ElementReading, all: readonly ElementReading[], text: string, context: AgreementContext): StandardClause | undefined {
    const transfersClause = context.transfers;
    const found = new Set(reading.found);
    const flags = new Set(reading.flags.map(f => f.id));
    switch (reading.element) {
        case 'instructions': {
            if (!found.has('documented') || flags.size > 0) return undefined;
            const infringement = all.find(r => r.element === 'infringing-instructions')?.found.includes('infringement-notice') === true;
            // Transfers count as instructed when the agreement has terms on transfers (as the reader
            // counts them with a transfers clause).
            const without = [
                ...(found.has('transfers') || transfersClause ? [] : ['transfers']),
                ...(found.has('legal-requirement-notice') ? [] : ['legal-requirement-notice']),
                ...(infringement ? [] : ['infringement-notice'])
            ];
            return { keyword: 'instructions', text: `instructions${without.length > 0 ? ` without ${without.join(', ')}` : ''}` };
        }
        case 'confidentiality':
            if (flags.size > 0) return undefined;
            if (found.has('persons-bound')) return { keyword: 'confidentiality', text: 'confidentiality' };
            // The article binds the processor to confidentiality, and another extends all its
            // obligations to the persons who process under its authority (Art. 28(3)(b), 29).
            return context.personsBound && SECRECY_DUTY.test(text) ? { keyword: 'confidentiality', text: 'confidentiality', because: 'with the article that extends the processor\'s obligations to the persons under its authority' } : undefined;
        case 'security':
            if (!found.has('art32-obligation') || flags.size > 0) return undefined;
            return { keyword: 'security', text: /(?:zich|zal)\s+(?:\p{L}+\s+){0,3}inspannen|inspanningsverplichting|best[- ]efforts?/iu.test(text) ? 'security best-efforts' : 'security' };
        case 'assistance': {
            const topics = reading.found.flatMap(part => ASSISTANCE_TOPICS[part] ?? []);
            return topics.length > 0 && flags.size === 0 ? { keyword: 'assistance', text: `assistance ${topics.join(', ')}` } : undefined;
        }
        case 'data-subject-requests':
            if (flags.size > 0) return undefined;
            // "Partijen handelen het verzoek in onderling overleg af": joint handling, no more (DPA-R33).
            if (found.has('assist-requests')) return { keyword: 'data-subject-requests', text: JOINT_REQUESTS.test(text) ? 'data-subject-requests jointly' : 'data-subject-requests' };
            return found.has('forward-requests') ? { keyword: 'data-subject-requests', text: 'data-subject-requests forward no-assistance' } : undefined;
        case 'audit':
            if (flags.has('replaced-by-report')) return { keyword: 'audit', text: 'audit evidence reports instead' };
            if (flags.has('inspections-excluded')) return { keyword: 'audit', text: 'audit on-site none' };
            return found.has('information') || found.has('inspections') ? { keyword: 'audit', text: 'audit' } : undefined;
        case 'subprocessing':
            return flags.has('without-authorisation') || flags.has('authorisation-not-needed') ? { keyword: 'subprocessing', text: 'subprocessing without-authorisation' } : undefined;
        default:
            return undefined;
    }
}

/** What the rest of the agreement says that the reading of one article needs. */
export interface AgreementContext {
    /** The agreement has terms on transfers outside the EEA (an article, sentence or clause on them). */
    readonly transfers: boolean;
    /**
     * A sentence of the agreement extends the processor's obligations to the persons who process
     * under its authority (clause-reading.json `obligations-extend-to-persons`): its duty of
     * confidentiality binds them.
     */
    readonly personsBound: boolean;
}

/** Whether a text extends the processor's obligations to the persons under its authority. */
export function extendsToPersons(text: string): boolean {
    return readsIn('obligations-extend-to-persons', text);
}

/**
 * An article's text read: the standard clauses it clearly states (none for a keyword in `taken`,
 * which an earlier article or sentence has), and the elements the custom clause keeping its text
 * covers: those it has at least one part of, not provided by a standard clause.
 */
export function readArticle(services: DpaServices, title: string, paragraphs: readonly string[], taken: ReadonlyMap<string, StandardClause>, agreement: AgreementContext): ArticleReading {
    const all = readings(services, title, paragraphs);
    const text = paragraphs.join('\n');
    const standard: StandardClause[] = [];
    for (const reading of all) {
        const clause = standardOf(reading, all, text, { ...agreement, transfers: taken.has('transfers') || agreement.transfers });
        if (clause && !taken.has(clause.keyword) && !standard.some(s => s.keyword === clause.keyword)) standard.push(clause);
    }
    const earlier = taken.get('instructions');
    const completed = earlier ? completedInstructions(services, earlier, paragraphs) : undefined;
    const provided = new Set([...taken.keys(), ...standard.map(s => s.keyword)].flatMap(keyword => KEYWORD_ELEMENTS[keyword] ?? []));
    // Covered: an element with a part of it in the text; sub-processing only with its authorisation
    // (Art. 28(2)), deletion only at the end of the processing (not a retention period's deletion).
    const covers = all.filter(r => r.found.length > 0 && !provided.has(r.element))
        .filter(r => r.element !== 'subprocessing' || r.found.includes('authorisation'))
        .filter(r => r.element !== 'deletion' || /einde|afloop|beëindig|be\\u00EBindig|beeindig|termination|end of|expir/iu.test(text))
        .map(r => r.element).sort();
    return { covers, standard, completed: completed ? [completed] : [] };
}

/** The parts `instructions … without` may name, with the element whose reading finds each. */
const INSTRUCTION_PARTS: readonly (readonly [string, string])[] = [
    ['transfers', 'instructions'],
    ['legal-requirement-notice', 'instructions'],
    ['infringement-notice', 'infringing-instructions']
];

/**
 * An `instructions` clause of an earlier article without the parts that this article's paragraphs
 * on instructions (those that name them: "instructie", "instruction") have; undefined when they
 * add none. Only those paragraphs are read: a breach article's "wettelijke plicht … op de
 * hoogte" is no notice of a legal requirement to process otherwise.
 */
function completedInstructions(services: DpaServices, earlier: StandardClause, paragraphs: readonly string[]): StandardClause | undefined {
    const without = /\swithout\s(.+)$/u.exec(earlier.text)?.[1]?.split(/,\s*/u) ?? [];
    if (without.length === 0) return undefined;
    const topic = TOPICS.find(([element]) => element === 'instructions')?.[1];
    const onInstructions = paragraphs.filter(p => topic?.test(p) === true);
    if (onInstructions.length === 0) return undefined;
    const found = readings(services, 'Instructies', onInstructions);
    const has = (part: string): boolean => INSTRUCTION_PARTS.some(([id, element]) => id === part && found.some(r => r.element === element && r.found.includes(id) && r.flags.length === 0));
    const rest = without.filter(part => !has(part));
    if (rest.length === without.length) return undefined;
    return { keyword: 'instructions', text: `${earlier.text.replace(/\swithout\s.+$/u, '')}${rest.length > 0 ? ` without ${rest.join(', ')}` : ''}` };
}
