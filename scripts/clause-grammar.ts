/**
 * The standard clauses as the grammar defines them (grammar/clauses.langium, read through the
 * language services' grammar): each clause's syntax, its parameters, and sample clauses that
 * exercise every parameter value, so docs/clauses.md follows the grammar without a list of its own.
 */
import { GrammarAST, GrammarUtils } from 'langium';
import { SAMPLE_VALUES, TYPE_SAMPLES } from './clause-notes.js';

export interface ClauseParameter {
    /** The property of the AST node, e.g. `deadline`. */
    readonly feature: string;
    /** How it is written, e.g. `within <duration>`. */
    readonly syntax: string;
    /** The keywords written before its value, e.g. `backups within`. */
    readonly keywords: readonly string[];
    /** `flag` (present or not), `choice` (one keyword), `list` (keywords, comma-separated), `value` (a duration, number, date). */
    readonly kind: 'flag' | 'choice' | 'list' | 'value';
    /** The keywords it takes (flag, choice, list). */
    readonly values: readonly string[];
    /** How each of them is written: with the keywords around it (a list's items stand alone). */
    readonly written: readonly string[];
    /** The type of a `value` parameter, e.g. `Duration`. */
    readonly type?: string;
    /** `required`, `one-of` (one of several alternatives is required) or `optional`. */
    readonly presence: 'required' | 'one-of' | 'optional';
}

/** A sample clause and the form it varies: `form` is the same clause with every optional part left out. */
export interface ClauseSample {
    readonly source: string;
    readonly form: string;
}

export interface StandardClause {
    /** The node type, e.g. `BreachClause`. */
    readonly type: string;
    /** The leading keywords, e.g. `breach notification`. */
    readonly keyword: string;
    readonly syntax: string;
    readonly parameters: readonly ClauseParameter[];
    /** The forms (every required choice), in grammar order. */
    readonly forms: readonly string[];
    /** Each optional part of each form, one at a time. */
    readonly options: readonly ClauseSample[];
}

type Element = GrammarAST.AbstractElement;

/** How a value of a grammar rule is named in the syntax, e.g. `<date>`. */
const VALUE_NAMES: Readonly<Record<string, string>> = { DateValue: 'date', INT: 'number', STRING: 'text', ID: 'name' };
/** Values written as a small phrase of their own. */
const VALUE_PHRASES: Readonly<Record<string, string>> = { PeriodicDelivery: 'every <duration> (by <--MM-DD>)?' };

function valueName(rule: string): string {
    if (VALUE_PHRASES[rule] !== undefined) return VALUE_PHRASES[rule];
    return `<${VALUE_NAMES[rule] ?? rule.toLowerCase()}>`;
}

function isOptional(e: Element): boolean {
    return e.cardinality === '?' || e.cardinality === '*';
}

/** The keywords a data type rule stands for (`Auditor returns string: 'a' | 'b'`), if it is only keywords. */
function keywordsOf(e: Element): string[] | undefined {
    if (GrammarAST.isKeyword(e)) return [e.value];
    if (GrammarAST.isAlternatives(e)) {
        const all = e.elements.map(keywordsOf);
        return all.every((k): k is string[] => k !== undefined) ? all.flat() : undefined;
    }
    if (GrammarAST.isRuleCall(e) && GrammarAST.isParserRule(e.rule.ref) && GrammarUtils.isDataTypeRule(e.rule.ref)) return keywordsOf(e.rule.ref.definition);
    return undefined;
}

function calledRule(e: Element): string | undefined {
    return GrammarAST.isRuleCall(e) ? e.rule.ref?.name : undefined;
}

function syntaxOf(e: Element): string {
    let text: string;
    if (GrammarAST.isKeyword(e)) text = e.value;
    else if (GrammarAST.isAction(e)) text = '';
    else if (GrammarAST.isAssignment(e)) {
        const keywords = keywordsOf(e.terminal);
        text = keywords ? (keywords.length > 1 ? `(${keywords.join(' | ')})` : keywords[0]!) : valueName(calledRule(e.terminal) ?? e.feature);
    } else if (GrammarAST.isAlternatives(e)) text = `(${e.elements.map(syntaxOf).join(' | ')})`;
    else if (GrammarAST.isGroup(e) || GrammarAST.isUnorderedGroup(e)) {
        const inner = e.elements.map(syntaxOf).filter(s => s).join(' ');
        text = e.cardinality ? `(${inner})` : inner;
    } else text = calledRule(e) ? valueName(calledRule(e)!) : '';
    // A group already wrapped in brackets by its own case keeps them; others get them for the cardinality.
    if (!e.cardinality) return text;
    return text.startsWith('(') && text.endsWith(')') ? `${text}${e.cardinality}` : `(${text})${e.cardinality}`;
}

/** A sentence of the clause: its words, and the same words with every optional part left out. */
interface Sentence {
    readonly words: readonly string[];
    readonly form: readonly string[];
    readonly optional: boolean;
}

/**
 * The sentences of an element: every required choice, combined with at most one optional part
 * (taken with its own minimal content, or with one nested optional part of its own).
 */
function sentences(e: Element, rule: string): Sentence[] {
    // A repeated choice of parameters in any order (`(a | b | c)*`): each alternative is optional.
    if (e.cardinality === '*' && GrammarAST.isAlternatives(e)) {
        return [{ words: [], form: [], optional: false }, ...innerSentences(e, rule).map(s => ({ words: s.words, form: [], optional: true }))];
    }
    if (e.cardinality === '*') return [{ words: [], form: [], optional: false }];
    const inner = innerSentences(e, rule);
    if (e.cardinality !== '?') return inner;
    return [{ words: [], form: [], optional: false }, ...inner.map(s => ({ words: s.words, form: [], optional: true }))];
}

function required(words: readonly string[]): Sentence {
    return { words, form: words, optional: false };
}

function innerSentences(e: Element, rule: string): Sentence[] {
    if (GrammarAST.isKeyword(e)) return [required([e.value])];
    if (GrammarAST.isAction(e)) return [required([])];
    if (GrammarAST.isAssignment(e)) {
        const keywords = keywordsOf(e.terminal);
        if (keywords) return keywords.map(k => required([k]));
        const type = calledRule(e.terminal) ?? e.feature;
        return [required([SAMPLE_VALUES[`${rule}.${e.feature}`] ?? TYPE_SAMPLES[type] ?? `<${type}>`])];
    }
    if (GrammarAST.isAlternatives(e)) return e.elements.flatMap(alt => sentences(alt, rule));
    if (GrammarAST.isGroup(e) || GrammarAST.isUnorderedGroup(e)) {
        let combined: Sentence[] = [required([])];
        for (const [i, child] of e.elements.entries()) {
            if (isListRepeat(e.elements[i - 1], child)) continue;
            const list = listOf(child, e.elements[i + 1]);
            const next = list ? [required(list)] : sentences(child, rule);
            // The later child's choices outermost, so that the sentences come in grammar order.
            combined = next.flatMap(b => combined.filter(a => !(a.optional && b.optional)).map(a => ({
                words: [...a.words, ...b.words], form: [...a.form, ...b.form], optional: a.optional || b.optional
            })));
        }
        return combined;
    }
    return [required([`<${calledRule(e) ?? 'value'}>`])];
}

/** The repeated part of a list, `(',' topics+=Topic)*` after `topics+=Topic`. */
function isListRepeat(first: Element | undefined, repeat: Element | undefined): repeat is GrammarAST.Group {
    if (!first || !GrammarAST.isAssignment(first) || first.operator !== '+=' || first.cardinality) return false;
    return repeat !== undefined && GrammarAST.isGroup(repeat) && repeat.cardinality === '*'
        && repeat.elements.some(x => GrammarAST.isAssignment(x) && x.feature === first.feature);
}

/** A list of keywords (`topics+=Topic (',' topics+=Topic)*`) written with every value once: `security , breach , …`. */
function listOf(first: Element, repeat: Element | undefined): string[] | undefined {
    if (!isListRepeat(first, repeat) || !GrammarAST.isAssignment(first)) return undefined;
    const values = keywordsOf(first.terminal);
    if (!values) return undefined;
    const separator = repeat.elements.filter(GrammarAST.isKeyword).map(k => k.value);
    return values.flatMap((v, i) => (i === 0 ? [v] : [...separator, v]));
}

/** The parameters of a clause rule: its assignments, with the keywords written next to them. */
function parametersOf(definition: Element, head: number): ClauseParameter[] {
    const found: ClauseParameter[] = [];
    const keywordRun = (elements: readonly Element[], from: number, to: number): string[] | undefined => {
        const run = elements.slice(from, to);
        return run.every(GrammarAST.isKeyword) ? run.map(k => (k as GrammarAST.Keyword).value) : undefined;
    };
    // `prefix`: the keywords that open an enclosing group before the choice the parameter is in (`survives (until-deletion | <duration>)`).
    const visit = (e: Element, optional: boolean, alternative: boolean, siblings: readonly Element[], first: number, prefix: readonly string[]): void => {
        const isOpt = optional || isOptional(e);
        if (GrammarAST.isAssignment(e)) {
            if (found.some(p => p.feature === e.feature)) return;
            const keywords = keywordsOf(e.terminal);
            const kind = e.operator === '?=' ? 'flag' : e.operator === '+=' ? 'list' : keywords ? 'choice' : 'value';
            const at = siblings.indexOf(e);
            const before: string[] = [];
            for (let i = at - 1; i >= first && GrammarAST.isKeyword(siblings[i]); i--) before.unshift((siblings[i] as GrammarAST.Keyword).value);
            const after: string[] = [];
            for (let i = at + 1; i < siblings.length && GrammarAST.isKeyword(siblings[i]); i++) after.push((siblings[i] as GrammarAST.Keyword).value);
            const type = keywords ? undefined : calledRule(e.terminal);
            const written = (value: string) => [...prefix, ...before, value, ...after].join(' ');
            found.push({
                feature: e.feature,
                syntax: written(syntaxOf({ ...e, cardinality: undefined } as Element)),
                keywords: [...prefix, ...before],
                kind,
                values: keywords ?? [],
                written: (keywords ?? []).map(k => (kind === 'list' ? k : written(k))),
                ...(type ? { type } : {}),
                presence: isOpt ? 'optional' : alternative ? 'one-of' : 'required'
            });
            return;
        }
        if (GrammarAST.isAlternatives(e)) e.elements.forEach(alt => visit(alt, isOpt, true, [alt], 0, prefix));
        else if (GrammarAST.isGroup(e) || GrammarAST.isUnorderedGroup(e)) {
            e.elements.forEach((child, i) => {
                const opening = GrammarAST.isAssignment(child) ? undefined : keywordRun(e.elements, 0, i);
                visit(child, isOpt, alternative, e.elements, 0, opening ? [...prefix, ...opening] : prefix);
            });
        }
    };
    if (GrammarAST.isGroup(definition) && !definition.cardinality) {
        definition.elements.forEach((child, i) => {
            const opening = GrammarAST.isAssignment(child) ? undefined : keywordRun(definition.elements, head, i);
            visit(child, false, false, definition.elements, head, opening ?? []);
        });
    } else visit(definition, false, false, [definition], 0, []);
    return found;
}

/** The leading keywords of a rule, e.g. `breach notification`. */
function headOf(definition: Element): string[] {
    const elements = GrammarAST.isGroup(definition) && !definition.cardinality ? definition.elements : [definition];
    const words: string[] = [];
    for (const e of elements) {
        if (GrammarAST.isAction(e)) continue;
        if (!GrammarAST.isKeyword(e) || e.cardinality) break;
        words.push(e.value);
    }
    return words;
}

/** The clause rules a union rule stands for (`Clause: A | B | …`, also nested), in grammar order. */
function unionMembers(rule: GrammarAST.ParserRule): GrammarAST.ParserRule[] {
    const definition = rule.definition;
    if (!GrammarAST.isAlternatives(definition) || !definition.elements.every(GrammarAST.isRuleCall)) return [rule];
    return definition.elements.flatMap(alt => {
        const called = (alt as GrammarAST.RuleCall).rule.ref;
        return called && GrammarAST.isParserRule(called) ? unionMembers(called) : [];
    });
}

/** Every standard clause of the grammar (the members of `Clause` but the custom clause), in grammar order. */
export function standardClauses(grammar: GrammarAST.Grammar): StandardClause[] {
    const clause = grammar.rules.find(r => r.name === 'Clause');
    if (!clause || !GrammarAST.isParserRule(clause)) throw new Error('The grammar has no Clause rule');
    return unionMembers(clause).flatMap(rule => {
        if (rule.name === 'CustomClause' || rule === clause) return [];
        const definition = rule.definition;
        const head = headOf(definition);
        const all = sentences(definition, rule.name).map(s => ({ source: s.words.join(' '), form: s.form.join(' '), optional: s.optional }));
        const forms = [...new Set(all.filter(s => !s.optional).map(s => s.source))];
        const options = all.filter(s => s.optional && !forms.includes(s.source)).map(({ source, form }) => ({ source, form }));
        const actions = GrammarAST.isGroup(definition) ? definition.elements.filter(GrammarAST.isAction).length : 0;
        return [{
            type: rule.name,
            keyword: head.join(' '),
            syntax: syntaxOf(definition).replace(/\s+/g, ' ').trim(),
            parameters: parametersOf(definition, head.length + actions),
            forms,
            options: options.filter((o, i) => options.findIndex(p => p.source === o.source) === i)
        }];
    });
}

/** Commas as the grammar's lists are written: `a , b` → `a, b`. */
export function spaced(source: string): string {
    return source.replace(/ ,/g, ',');
}
