// Required literals: the words a regular expression cannot match without. Most patterns of the text
// engine look for wording that occurs in few of a document's strings ("onbeperkte
// aansprakelijkheid", "Privacy Shield"), yet each ran over every string. A pattern's required
// literals (for /(?:ver)?nietig(?:en|ing)|ongeldig/i: "nietig" or "ongeldig") are found from its
// source once; one pass over a string (an Aho-Corasick automaton of every literal of every
// pattern, `LiteralIndex`) then tells which literals the string contains, and a pattern none of
// whose literals occur is not run on it: it cannot match there. The analysis is conservative: a
// construct it does not follow (a class, a back-reference, an optional part) requires nothing,
// and a pattern with an alternative that requires nothing is always run. It reads the syntax of
// the `u` flag and of none; a pattern with the `v` flag (nested classes) is given no gate
// (patterns.ts). The texts are compared case-folded, so that the literals of a case-insensitive
// pattern count in any case (and those of a case-sensitive one too: a literal present in the text
// is present in its folded form).

/** Literals shorter than this are left out: they occur in almost every string and would not filter. */
const MIN_LENGTH = 3;

/**
 * The form texts and literals are compared in: lower case, and the long s as an s (a
 * case-insensitive unicode pattern's `s` matches `ſ`, which `toLowerCase` keeps). The other
 * characters a case-insensitive pattern equates lower-case to one another (K, Å, ẞ and their
 * lower cases) or are outside the characters a literal may have (`isLiteralCode`).
 */
export function foldCase(text: string): string {
    const lower = text.toLowerCase();
    return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** What a piece of a pattern requires of a match: one of these strings (folded), or nothing known. */
type Required = ReadonlySet<string> | undefined;

/** One element of a sequence: a character of a literal, or what a group requires, or something that requires nothing known. */
type Atom =
    | { readonly kind: 'char'; readonly char: string }
    | { readonly kind: 'group'; readonly required: Required }
    | { readonly kind: 'other' };

const OTHER: Atom = { kind: 'other' };

/** Characters a backslash makes a class, an assertion or a reference: not literal characters. */
const SPECIAL_ESCAPES = new Set([...'dDwWsSbBpPkcxu0123456789fnrtv']);

class PatternReader {
    private at = 0;

    constructor(private readonly source: string) {}

    /** The alternatives up to a `)` or the end: what every match of one of them requires. */
    alternatives(): Required {
        const union = new Set<string>();
        let known = true;
        for (;;) {
            const required = this.sequence();
            if (required === undefined) known = false;
            else for (const literal of required) union.add(literal);
            if (this.source[this.at] !== '|') break;
            this.at++;
        }
        return known ? union : undefined;
    }

    /** A sequence of atoms up to `|`, `)` or the end: the best of what its parts require. */
    private sequence(): Required {
        const candidates: ReadonlySet<string>[] = [];
        let run = '';
        const endRun = () => {
            if (run.length > 0) candidates.push(new Set([run]));
            run = '';
        };
        while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
            const atom = this.atom();
            const { min, max } = this.quantifier();
            if (atom.kind === 'char' && min >= 1) {
                run += atom.char;
                // `ab+c` has "ab", then more b's: a repeated character ends the run it is in.
                if (max !== 1) endRun();
                continue;
            }
            endRun();
            if (atom.kind === 'group' && min >= 1 && atom.required) candidates.push(atom.required);
        }
        endRun();
        return best(candidates);
    }

    private atom(): Atom {
        const c = this.source[this.at++]!;
        switch (c) {
            case '\\': return this.escape();
            case '[': this.skipClass(); return OTHER;
            case '(': return this.group();
            case '.': case '^': case '$': return OTHER;
            default: return literalAtom(c === '{' || c === '}' ? '' : c);
        }
    }

    private escape(): Atom {
        const c = this.source[this.at++] ?? '';
        // \p{…}, \k<…>, \u{…}, \uXXXX, \xXX, \cX, \1…: skip the argument; none is taken as a literal.
        if ((c === 'p' || c === 'P' || c === 'u' || c === 'k') && (this.source[this.at] === '{' || this.source[this.at] === '<')) {
            this.skipPast(this.source[this.at] === '{' ? '}' : '>');
        } else if (c === 'u') this.at += 4;
        else if (c === 'x') this.at += 2;
        else if (c === 'c') this.at += 1;
        else if (c >= '0' && c <= '9') while (/\d/.test(this.source[this.at] ?? '')) this.at++;
        if (SPECIAL_ESCAPES.has(c)) return OTHER;
        return literalAtom(c);
    }

    private skipPast(close: string): void {
        const end = this.source.indexOf(close, this.at);
        this.at = end < 0 ? this.source.length : end + 1;
    }

    private skipClass(): void {
        while (this.at < this.source.length) {
            const c = this.source[this.at++];
            if (c === '\\') this.at++;
            else if (c === ']') return;
        }
    }

    private group(): Atom {
        let lookaround = false;
        if (this.source[this.at] === '?') {
            const next = this.source[this.at + 1];
            if (next === ':') this.at += 2;
            else if (next === '=' || next === '!') { this.at += 2; lookaround = true; }
            else if (next === '<' && (this.source[this.at + 2] === '=' || this.source[this.at + 2] === '!')) { this.at += 3; lookaround = true; }
            else if (next === '<') this.skipPast('>');
            // A modifier group (`(?i:…)`) or anything else not followed: read on, require nothing.
            else { this.alternatives(); this.at++; return OTHER; }
        }
        const required = this.alternatives();
        this.at++; // the `)`
        return lookaround ? OTHER : { kind: 'group', required };
    }

    /** The quantifier after an atom, if any (`{` that is no quantifier counts as none). */
    private quantifier(): { min: number; max: number } {
        const c = this.source[this.at];
        let bounds: { min: number; max: number } | undefined;
        if (c === '*') bounds = { min: 0, max: Infinity };
        else if (c === '+') bounds = { min: 1, max: Infinity };
        else if (c === '?') bounds = { min: 0, max: 1 };
        if (bounds) this.at++;
        else if (c === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at, this.at + 24));
            if (!m) return { min: 1, max: 1 };
            this.at += m[0].length;
            bounds = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity };
        } else return { min: 1, max: 1 };
        if (this.source[this.at] === '?') this.at++; // lazy
        return bounds;
    }
}

/** A literal character (folded), or OTHER for one a literal may not have. */
function literalAtom(c: string): Atom {
    const code = c.charCodeAt(0);
    if (c.length !== 1 || !isLiteralCode(code)) return OTHER;
    if (code < 0x80) return { kind: 'char', char: code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c };
    const folded = foldCase(c);
    return folded.length === 1 ? { kind: 'char', char: folded } : OTHER;
}

/**
 * Characters a literal may consist of: ASCII letters, digits and punctuation,
 * space and the Latin letters with diacritics of Dutch and English text (Latin-1 and Latin
 * Extended-A, U+00C0-U+017E without × and ÷), whose case-insensitive matches all fold to one
 * lower case. Any other character ends a literal, so no literal depends on a case mapping
 * `foldCase` might not share with the regular expression.
 */
function isLiteralCode(code: number): boolean {
    return (code >= 0x20 && code <= 0x7e) || (code >= 0xc0 && code <= 0x17e && code !== 0xd7 && code !== 0xf7);
}

/** Literals longer than this filter no better for being longer (a score's cap). */
const LONG_ENOUGH = 8;

/**
 * Of the requirements of a sequence's parts (each must be met by every match), the one that
 * filters best: its shortest literal longest (up to LONG_ENOUGH), then the fewest literals.
 */
function best(candidates: readonly ReadonlySet<string>[]): Required {
    let chosen: ReadonlySet<string> | undefined;
    let chosenScore = -Infinity;
    for (const candidate of candidates) {
        let shortest = Infinity;
        for (const literal of candidate) shortest = Math.min(shortest, literal.length);
        const score = Math.min(shortest, LONG_ENOUGH) * 100_000 - candidate.size;
        if (score > chosenScore) {
            chosen = candidate;
            chosenScore = score;
        }
    }
    return chosen;
}

/**
 * The literals (folded) one of which every match of the pattern contains, or undefined when the
 * analysis finds none that is at least MIN_LENGTH long for every alternative.
 */
export function requiredLiterals(source: string): readonly string[] | undefined {
    try {
        const reader = new PatternReader(source);
        const required = reader.alternatives();
        if (!required || required.size === 0) return undefined;
        for (const literal of required) if (literal.length < MIN_LENGTH) return undefined;
        return [...required].sort();
    } catch {
        return undefined;
    }
}

/**
 * Characters outside Latin-1 and Latin Extended-A that fold to a literal character (`foldCase`):
 * the long s, the capital sharp s, the Kelvin and the Ångström sign (the test of this module
 * checks the list against every character of the Basic Multilingual Plane).
 */
export const FOLDED_FROM_ELSEWHERE: ReadonlyMap<number, string> = new Map([[0x17f, 's'], [0x1e9e, 'ß'], [0x212a, 'k'], [0x212b, 'å']]);

/** Character codes below this are classified by table; above it only FOLDED_FROM_ELSEWHERE can be a literal's. */
const TABLE_END = 0x180;

/**
 * The literals of a set of patterns, and which of them a text contains. Built once from every
 * pattern source given; a pattern not among them has no gate (always runs). A text is read once
 * for all literals by an Aho-Corasick automaton over the literals' characters, with the case
 * folded as it reads (no folded copy of the text is made).
 */
export class LiteralIndex {
    /** Per pattern source: the ids of its required literals, or undefined (always run). */
    private readonly gates = new Map<string, Uint16Array | undefined>();
    private readonly literals: readonly string[];
    /** Per character code below TABLE_END: its class (the index of its folded form among the literals' characters, plus 1; 0 for none). */
    private readonly classOf = new Uint16Array(TABLE_END);
    private readonly special = new Map<number, number>();
    /** The automaton: per state and class, the next state (`width` classes per state). */
    private readonly next: Int32Array;
    private readonly width: number;
    /** Per state: the id of the literal that ends there, or -1. */
    private readonly literalAt: Int32Array;
    /** Per state: the nearest state on its chain of proper suffixes where a literal ends (0: none). */
    private readonly outputLink: Int32Array;

    constructor(sources: Iterable<string>) {
        const required = new Map<string, readonly string[] | undefined>();
        for (const source of sources) if (!required.has(source)) required.set(source, requiredLiterals(source));
        const all = new Set<string>();
        for (const literals of required.values()) for (const literal of literals ?? []) all.add(literal);
        this.literals = [...all].sort();
        const idOf = new Map(this.literals.map((literal, id) => [literal, id]));
        for (const [source, literals] of required) {
            this.gates.set(source, literals ? Uint16Array.from(literals, literal => idOf.get(literal)!) : undefined);
        }

        const alphabet = [...new Set(this.literals.join(''))].sort();
        const classOfChar = new Map(alphabet.map((c, i) => [c, i + 1]));
        for (let code = 0; code < TABLE_END; code++) this.classOf[code] = classOfChar.get(foldCase(String.fromCharCode(code))) ?? 0;
        for (const [code, folded] of FOLDED_FROM_ELSEWHERE) {
            const cls = classOfChar.get(folded);
            if (cls !== undefined) this.special.set(code, cls);
        }
        this.width = alphabet.length + 1;

        // The trie of the literals (state 0 is the root), then the automaton: each missing
        // transition goes where the longest proper suffix's would (breadth first).
        const goto: number[][] = [[]];
        const ends: number[] = [-1];
        this.literals.forEach((literal, id) => {
            let state = 0;
            for (const c of literal) {
                const cls = classOfChar.get(c)!;
                let to = goto[state]![cls];
                if (to === undefined) {
                    to = goto.length;
                    goto.push([]);
                    ends.push(-1);
                    goto[state]![cls] = to;
                }
                state = to;
            }
            ends[state] = id;
        });
        const states = goto.length;
        this.next = new Int32Array(states * this.width);
        this.literalAt = Int32Array.from(ends);
        this.outputLink = new Int32Array(states);
        const fail = new Int32Array(states);
        const queue: number[] = [];
        for (let cls = 1; cls < this.width; cls++) {
            const to = goto[0]![cls];
            if (to !== undefined) {
                this.next[cls] = to;
                queue.push(to);
            }
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head]!;
            const suffix = fail[state]!;
            this.outputLink[state] = this.literalAt[suffix]! >= 0 ? suffix : this.outputLink[suffix]!;
            for (let cls = 1; cls < this.width; cls++) {
                const to = goto[state]![cls];
                if (to === undefined) {
                    this.next[state * this.width + cls] = this.next[suffix * this.width + cls]!;
                } else {
                    this.next[state * this.width + cls] = to;
                    fail[to] = this.next[suffix * this.width + cls]!;
                    queue.push(to);
                }
            }
        }
    }

    /** The number of literals (tests, benchmarks). */
    get size(): number {
        return this.literals.length;
    }

    /**
     * The literals one of which any match of any of the sources contains (their ids), or
     * undefined when a source has none or was not given to the index.
     */
    gateOfAll(sources: readonly string[]): Uint16Array | undefined {
        if (sources.length === 1) return this.gates.get(sources[0]!);
        const ids = new Set<number>();
        for (const source of sources) {
            const gate = this.gates.get(source);
            if (!gate) return undefined;
            for (const id of gate) ids.add(id);
        }
        return Uint16Array.from([...ids].sort((a, b) => a - b));
    }

    /** The literals a text contains, one bit per literal id (see `anyPresent`). */
    presentIn(text: string): Uint32Array {
        // A node being typed may have no text yet: it contains nothing.
        if (typeof text !== 'string') return NONE;
        let present: Uint32Array | undefined;
        const { classOf, next, width, literalAt, outputLink } = this;
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            const cls = code < TABLE_END ? classOf[code]! : (this.special.get(code) ?? 0);
            state = next[state * width + cls]!;
            for (let at = literalAt[state]! >= 0 ? state : outputLink[state]!; at !== 0; at = outputLink[at]!) {
                const id = literalAt[at]!;
                present ??= new Uint32Array((this.literals.length + 31) >>> 5);
                present[id >>> 5]! |= 1 << (id & 31);
            }
        }
        return present ?? NONE;
    }
}

/** The literals of a text that has none. */
const NONE = new Uint32Array(0);

/** Whether any of the gate's literals is present (a pattern with this gate may match). */
export function anyPresent(gate: Uint16Array, present: Uint32Array): boolean {
    if (present.length === 0) return false;
    for (let i = 0; i < gate.length; i++) {
        const id = gate[i]!;
        if ((present[id >>> 5]! & (1 << (id & 31))) !== 0) return true;
    }
    return false;
}
