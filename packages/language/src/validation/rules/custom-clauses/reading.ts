import { AstUtils } from 'langium';
import { CLAUSE_READING_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import type { Lang } from '../../../i18n/lang.js';
import { compileFamily, compilePattern, findFamily, sentences, type Family, type FamilyMatch } from '../../text/index.js';
import { clausesOf, paragraphsOf, type Paragraph } from '../clauses/shared.js';

// A custom clause read against the Art. 28(3) elements it is about (data/clause-reading.json):
// the elements it `covers`, or, without `covers`, those its title names (a title that names none:
// the element its text is clearly about, by its topic terms). For each, the parts of
// the element its text has, the parts it lacks and the flags that make it fall short. Nothing of
// the clause is trusted unread: art28.ts asks `provides` before counting the element as present.

/** A part or flag of an element, compiled: one family per id, so parts never hide each other. */
interface Reader {
    readonly id: string;
    readonly label: Readonly<Record<Lang, string>>;
    readonly family: Family;
    readonly providedBy: readonly string[];
    readonly rule?: string;
    /** The element is provided without this part; its absence is information only. */
    readonly secondary: boolean;
}

interface ElementReader {
    readonly topic: RegExp;
    /** The topic, global: its terms counted over a clause's text. */
    readonly topicTerms: RegExp;
    readonly parts: readonly Reader[];
    readonly flags: readonly Reader[];
    readonly conditions: readonly Reader[];
}

type ReadingData = NonNullable<typeof CLAUSE_READING_DATA.elements[ast.Art28Element]>;

function compileElement(element: ast.Art28Element, data: ReadingData): ElementReader {
    const compile = (kind: string) => (variant: ReadingData['parts'][number]): Reader => ({
        id: variant.id,
        label: variant.label,
        family: compileFamily([variant], `clause-reading.json ${element} ${kind}`),
        providedBy: variant.providedBy ?? [],
        secondary: variant.secondary === true,
        ...(variant.rule ? { rule: variant.rule } : {})
    });
    return {
        topic: compilePattern(data.topic, 'iu', `clause-reading.json ${element} topic`),
        topicTerms: compilePattern(data.topic, 'giu', `clause-reading.json ${element} topic (counted)`),
        parts: data.parts.map(compile('parts')),
        flags: (data.flags ?? []).map(compile('flags')),
        conditions: (data.conditions ?? []).map(compile('conditions'))
    };
}

const READERS = new Map<ast.Art28Element, ElementReader>(
    Object.entries(CLAUSE_READING_DATA.elements).flatMap(([element, data]) => (ast.isArt28Element(element) ? [[element, compileElement(element, data)] as const] : []))
);

/** Where a family matched: the paragraph and the match in its text. */
export interface Found {
    readonly paragraph: Paragraph;
    readonly match: FamilyMatch;
}

/** A flag found in the clause's text. */
export interface FoundFlag extends Found {
    readonly id: string;
    readonly label: Readonly<Record<Lang, string>>;
}

/** A part of an element the clause's text lacks. */
export interface MissingPart {
    readonly id: string;
    readonly label: Readonly<Record<Lang, string>>;
    /** The rule that reports its absence, if not the information to check by hand. */
    readonly rule?: string;
    /** The element is provided without it (clause-reading.json `secondary`). */
    readonly secondary: boolean;
}

/** What a custom clause says about one Art. 28(3) element. */
export interface ElementReading {
    readonly clause: ast.CustomClause;
    readonly element: ast.Art28Element;
    /** The clause `covers` the element (otherwise its title names it). */
    readonly explicit: boolean;
    /** Whether the element has reading data: without it, `covers` is all there is to go on. */
    readonly read: boolean;
    readonly found: readonly string[];
    readonly missing: readonly MissingPart[];
    readonly flags: readonly FoundFlag[];
    /** The conditions (clause-reading.json `conditions`) its text has, by id. */
    readonly conditions: readonly string[];
    /**
     * The clause provides the element: no flag, and at least one part in its own text when it
     * `covers` the element, every part (at least one in its text; a part a rule reports aside)
     * when only its title names it.
     */
    readonly provides: boolean;
}

function first(family: Family, paragraphs: readonly Paragraph[]): Found | undefined {
    for (const paragraph of paragraphs) {
        const match = findFamily(family, sentences(paragraph.text))[0];
        if (match) return { paragraph, match };
    }
    return undefined;
}

function readElement(clause: ast.CustomClause, element: ast.Art28Element, explicit: boolean, paragraphs: readonly Paragraph[]): ElementReading {
    const reader = READERS.get(element);
    if (!reader) return { clause, element, explicit, read: false, found: [], missing: [], flags: [], conditions: [], provides: explicit };
    const found: string[] = [];
    const missing: MissingPart[] = [];
    // The clause types of the agreement, found once per agreement (per clause read, it was quadratic in the clauses).
    const agreement = AstUtils.getContainerOfType(clause, ast.isAgreement);
    const standard: ReadonlySet<string> = agreement ? clausesOf(agreement).types : new Set();
    let inText = 0;
    for (const part of reader.parts) {
        const here = first(part.family, paragraphs) !== undefined;
        if (here && !part.secondary) inText++;
        if (here || part.providedBy.some(type => standard.has(type))) found.push(part.id);
        else missing.push({ id: part.id, label: part.label, secondary: part.secondary, ...(part.rule ? { rule: part.rule } : {}) });
    }
    const flags = reader.flags.flatMap(flag => {
        const at = first(flag.family, paragraphs);
        return at ? [{ ...at, id: flag.id, label: flag.label }] : [];
    });
    const conditions = reader.conditions.filter(condition => first(condition.family, paragraphs) !== undefined).map(condition => condition.id);
    // A part whose absence a rule reports (`rule`) does not keep the element from being provided.
    // A secondary part neither provides the element by itself nor keeps it from being provided.
    const provides = flags.length === 0 && (explicit ? inText > 0 || reader.parts.length === 0 : inText > 0 && missing.every(part => part.rule !== undefined || part.secondary));
    return { clause, element, explicit, read: true, found, missing, flags, conditions, provides };
}

const cache = new WeakMap<ast.CustomClause, readonly ElementReading[]>();

/** How often a topic occurs in a clause's text before it counts, and how far it must lead the next topic. */
const DOMINANT_MIN = 2;
const DOMINANT_LEAD = 2;

/**
 * The elements a clause whose title names none is about, by its text: the topic terms of each
 * element (clause-reading.json `topic`) counted over the text; elements with the same topic count
 * together. The clearly dominant topic (at least DOMINANT_MIN terms, more than DOMINANT_LEAD times
 * the next one) wins; when unclear, nothing.
 */
function byContent(paragraphs: readonly Paragraph[]): ast.Art28Element[] {
    const text = paragraphs.map(p => p.text).join('\n');
    const topics = new Map<string, { elements: ast.Art28Element[]; count: number }>();
    for (const [element, reader] of READERS) {
        const topic = topics.get(reader.topic.source) ?? { elements: [], count: [...text.matchAll(reader.topicTerms)].length };
        topic.elements.push(element);
        topics.set(reader.topic.source, topic);
    }
    const [top, next] = [...topics.values()].sort((a, b) => b.count - a.count);
    return top && top.count >= DOMINANT_MIN && top.count > DOMINANT_LEAD * (next?.count ?? 0) ? top.elements : [];
}

/**
 * The elements a custom clause is about, each as its text has it: the elements it `covers`;
 * a clause without `covers` is about the elements its title names (clause-reading.json `topic`),
 * or, when its title names none, the element its text is clearly about (`byContent`).
 */
export function readClause(clause: ast.CustomClause): readonly ElementReading[] {
    let readings = cache.get(clause);
    if (!readings) {
        const paragraphs = paragraphsOf(clause);
        const named = [...READERS].filter(([, reader]) => reader.topic.test(clause.title)).map(([element]) => element);
        const elements = clause.covers.length > 0
            ? clause.covers.map(element => ({ element, explicit: true }))
            : (named.length > 0 ? named : byContent(paragraphs)).map(element => ({ element, explicit: false }));
        readings = elements.map(({ element, explicit }) => readElement(clause, element, explicit, paragraphs));
        cache.set(clause, readings);
    }
    return readings;
}

/** The elements a clause is about (covered, or named by its title), read or not. */
export function elementsOf(clause: ast.CustomClause): ast.Art28Element[] {
    return readClause(clause).map(r => r.element);
}

/** The part, flag or condition `id` of clause-reading.json, as the reading runs it: whether it finds something in a text. */
export function readsIn(id: string, text: string): boolean {
    const reader = [...READERS.values()].flatMap(r => [...r.parts, ...r.flags, ...r.conditions]).find(r => r.id === id);
    if (!reader) throw new Error(`clause-reading.json has no part or flag ${id}`);
    return findFamily(reader.family, sentences(text)).length > 0;
}
