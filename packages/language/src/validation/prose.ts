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

/** The check that runs the prose table over every piece of the agreement's text. */
export function proseCheck(table: readonly ProseEntry[]): Check<ast.Agreement> {
    // The rules of each kind of text, in the table's order, found once.
    const byKind = new Map<TextKind, ProseCheck[]>();
    for (const entry of table) {
        for (const kind of entry.reads) byKind.set(kind, [...(byKind.get(kind) ?? []), entry.check]);
    }
    return (agreement, context) => {
        for (const piece of pieces(agreement)) {
            context.checkTime();
            for (const check of byKind.get(piece.kind) ?? []) check(piece, context);
        }
    };
}

const clauseTexts = new WeakMap<ast.CustomClause, string>();

/** The text of a custom clause (title and paragraphs), for clause-level context. */
export function clauseText(clause: ast.CustomClause | undefined): string {
    if (!clause) return '';
    let text = clauseTexts.get(clause);
    if (text === undefined) {
        text = [clause.title, ...clause.paragraphs].join('\n');
        clauseTexts.set(clause, text);
    }
    return text;
}

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
