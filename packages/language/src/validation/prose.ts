import type * as ast from '../generated/ast.js';
import { isCustomClause } from '../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../i18n/texts.js';
import type { Check, CheckContext } from './check-module.js';
import { fix, type Fix } from './fixes.js';
import { TextCache } from './text/cache.js';
import { rangeOf, replaceInToken, sentences, textKindOf, textTokens, type Context, type Replacement, type Sentences, type TextKind, type TextToken } from './text/index.js';

// The prose pass: every string of the agreement, as a piece of a kind (a clause paragraph, a
// title, a measure description, other prose), read by the prose rules registered for that kind
// (PROSE_CHECKS in checks.ts), in one walk over the document's text.

/** One string of the agreement under check, with what the prose rules need to know about it. */
export interface Piece {
    readonly token: TextToken;
    readonly kind: TextKind;
    readonly sentences: Sentences;
    /** The custom clause of a paragraph or title. */
    readonly clause?: ast.CustomClause;
}

/** A prose rule: a check of one piece of text. */
export type ProseCheck = (piece: Piece, context: CheckContext) => void;

/** A row of the prose table: the kinds of text a rule reads. */
export interface ProseEntry {
    readonly reads: readonly TextKind[];
    readonly check: ProseCheck;
}

const piecesCache = new WeakMap<ast.Agreement, Piece[]>();

/** The pieces of the agreement's text (template parameters and bare placeholders are none), in source order. */
export function pieces(agreement: ast.Agreement): readonly Piece[] {
    let found = piecesCache.get(agreement);
    if (!found) {
        found = textTokens(agreement).flatMap(token => {
            const kind = textKindOf(token);
            if (kind === 'none') return [];
            const clause = isCustomClause(token.node) ? token.node : undefined;
            return [{ token, kind, sentences: sentences(token.text), ...(clause ? { clause } : {}) }];
        });
        piecesCache.set(agreement, found);
    }
    return found;
}

/**
 * The checks that run the prose table over every piece of the agreement's text, in source order:
 * `slices` checks, each over its share of the pieces. The validator reads the clock and lets other
 * work run between two checks (dpa-validator.ts), not inside one, and the prose pass is the longest
 * stretch of a validation (about a third of it): as one check it kept a keystroke in a large
 * agreement waiting for the end of the pass over the previous version's text.
 */
export function proseChecks(table: readonly ProseEntry[], slices: number): Check<ast.Agreement>[] {
    // The rules of each kind of text, in the table's order, found once.
    const byKind = new Map<TextKind, ProseCheck[]>();
    for (const entry of table) {
        for (const kind of entry.reads) byKind.set(kind, [...(byKind.get(kind) ?? []), entry.check]);
    }
    return Array.from({ length: slices }, (_, slice) => {
        const prose: Check<ast.Agreement> = (agreement, context) => {
            const all = pieces(agreement);
            const end = Math.floor((all.length * (slice + 1)) / slices);
            for (let i = Math.floor((all.length * slice) / slices); i < end; i++) {
                const piece = all[i]!;
                context.checkTime();
                for (const check of byKind.get(piece.kind) ?? []) check(piece, context);
            }
        };
        return prose;
    });
}

/**
 * The text of each clause by its CST node, with the parts it was joined from. An edit reparses one
 * member of the agreement and keeps the CST nodes of the others (incremental-parse.ts), while the
 * syntax tree is new on every build; by CST node, an unchanged clause finds its text again, the
 * same string object, whose hash the text caches have computed already (a clause's text joined
 * anew per build and looked up by content cost several milliseconds per keystroke).
 */
const clauseTexts = new WeakMap<object, { readonly parts: readonly string[]; readonly text: string }>();

/** The text of a custom clause (title and paragraphs), for clause-level context. */
export function clauseText(clause: ast.CustomClause | undefined): string {
    if (!clause) return '';
    let text = textOfNode.get(clause);
    if (text !== undefined) return text;
    const parts = [clause.title, ...clause.paragraphs];
    const key = clause.$cstNode ?? clause;
    const known = clauseTexts.get(key);
    if (known && known.parts.length === parts.length && known.parts.every((part, i) => part === parts[i])) {
        text = known.text;
    } else {
        text = parts.join('\n');
        clauseTexts.set(key, { parts, text });
    }
    textOfNode.set(clause, text);
    return text;
}

/** Within one build: the text of each clause node, found once. */
const textOfNode = new WeakMap<ast.CustomClause, string>();

/** Where a stretch of a piece is, for a diagnostic. */
export function where(context: CheckContext, piece: Piece, start: number, end: number) {
    return { node: piece.token.node, range: rangeOf(context.document, piece.token, start, end) };
}

/** A fix that replaces a stretch of the piece's text. */
export function replaceFix(context: CheckContext, piece: Piece, found: Replacement | undefined, preferred = false): Fix | undefined {
    if (!found) return undefined;
    const edit = replaceInToken(context.document, piece.token, found.start, found.end, found.replacement);
    return fix(LANGUAGE_MESSAGES.text(context.lang, 'fix.replaceWith', { text: found.replacement }), [edit], preferred);
}

/** Whether a clause is about a topic: its `covers`, or its title or text names the topic. */
export function clauseAbout(clause: ast.CustomClause | undefined, elements: readonly string[], topic: Context): boolean {
    if (!clause) return false;
    return clause.covers.some(c => elements.includes(c)) || TOPICS.get(topic.test, clauseText(clause), () => topic.test.test(clauseText(clause)));
}

/** Whether a clause's text names a topic, by content (text/cache.ts). */
const TOPICS = new TextCache<RegExp, boolean>();
