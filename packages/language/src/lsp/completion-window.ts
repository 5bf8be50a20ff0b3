import { GrammarAST, isCompositeCstNode, isRootCstNode, type AstNode, type CstNode, type LangiumDocument, type Lexer } from 'langium';
import * as ast from '../generated/ast.js';

/**
 * The part of a document completion has to read, so that completion costs the same at any size.
 *
 * Langium's completion lexes the whole text to find the tokens around the cursor
 * (`backtrackToAnyToken`) and parses the text from its start up to the cursor to learn what the
 * grammar expects there (`findFeaturesAt`), two or three times per request. But the body of an
 * agreement is a loop of members in any order (`agreement X { (member)* }`): after any complete
 * member the parser is where it is right after the `{`. So when everything before the cursor's
 * member parsed without an error, reading the agreement's head (up to its `{`) and then the text
 * from a member start before the cursor gives the same parser state, and lexing from that member
 * start gives the same tokens. The window starts at the member before the one the cursor is in,
 * so that the token before the cursor (which may end the previous member) is inside it.
 *
 * A window is only made from the document's syntax tree when the tree is of the text on screen,
 * there is no lexer error, and no syntax error before the window; otherwise completion reads the
 * whole text as Langium does.
 */
export class CompletionWindow {
    private constructor(
        /** The whole text. */
        readonly text: string,
        /** The agreement's head: the text up to and including the `{` of its body. */
        private readonly head: string,
        /** Where the window starts: the start of a member of the agreement body. */
        readonly start: number
    ) {}

    /** The window for a cursor at `offset`, or undefined where completion must read everything. */
    static at(document: LangiumDocument, offset: number): CompletionWindow | undefined {
        const { lexerErrors, parserErrors, value } = document.parseResult;
        const root = value.$cstNode;
        const text = document.textDocument.getText();
        if (!root || !isRootCstNode(root) || lexerErrors.length > 0 || root.fullText !== text) return undefined;
        const body = ast.isDocument(value) ? value.agreement?.$cstNode : undefined;
        if (!body || !isCompositeCstNode(body)) return undefined;
        const open = body.content.find(child => GrammarAST.isKeyword(child.grammarSource) && child.grammarSource.value === '{');
        if (!open) return undefined;
        // The last two member starts at or before the cursor.
        let previous: number | undefined;
        let last: number | undefined;
        for (const child of body.content) {
            if (child.offset > offset) break;
            if (child.offset > open.offset && isMemberStart(child)) [previous, last] = [last, child.offset];
        }
        if (previous === undefined || last === undefined) return undefined;
        const start = previous;
        if (parserErrors.some(error => error.token.startOffset < start)) return undefined;
        return new CompletionWindow(text, text.slice(0, open.end) + '\n', start);
    }

    /** The text the completion parser reads for a cursor at `offset` (at or after the window's start). */
    textUpTo(offset: number): string | undefined {
        return offset < this.start ? undefined : this.head + this.text.slice(this.start, offset);
    }

    /**
     * Langium's `backtrackToAnyToken` over the window: the token at `offset` (or the cursor, between
     * tokens) and the token before it. Undefined when the window cannot tell (a token cut by its end).
     */
    tokensAround(lexer: Lexer, offset: number): TokensAround | undefined {
        if (offset < this.start) return undefined;
        // Up to the end of the cursor's line, its line break included (no whole token ends with one).
        const lineEnd = this.text.indexOf('\n', offset);
        const end = lineEnd < 0 ? this.text.length : lineEnd + 1;
        const lexed = lexer.tokenize(this.text.slice(this.start, end));
        // A string or comment cut by the window's end is a lexer error: read everything instead.
        if (lexed.errors.length > 0) return undefined;
        let previous: { start: number; end: number } | undefined;
        const around = (nextTokenStart: number, nextTokenEnd: number): TokensAround => ({
            nextTokenStart, nextTokenEnd,
            previousTokenStart: previous?.start, previousTokenEnd: previous?.end
        });
        for (const token of lexed.tokens) {
            const start = this.start + token.startOffset;
            const tokenEnd = this.start + token.endOffset! + 1;
            if (start >= offset) return previous ? around(offset, offset) : undefined;
            if (tokenEnd - 1 >= offset) {
                // A token running into the window's end may go on past it; the token before may be before the window.
                if ((tokenEnd >= end && end < this.text.length) || !previous) return undefined;
                return around(start, tokenEnd);
            }
            previous = { start, end: tokenEnd };
        }
        return previous ? around(offset, offset) : undefined;
    }
}

/** What `DefaultCompletionProvider.backtrackToAnyToken` returns. */
export interface TokensAround {
    nextTokenStart: number;
    nextTokenEnd: number;
    previousTokenStart?: number;
    previousTokenEnd?: number;
}

/** Whether a node in the agreement body is a whole member (`parties+=Party`, …), not a part of one (the date after `effective`). */
function isMemberStart(node: CstNode): boolean {
    if (!isCompositeCstNode(node) || !GrammarAST.isRuleCall(node.grammarSource)) return false;
    const assignment: AstNode | undefined = node.grammarSource.$container;
    // The body's loop `( … | parties+=Party | … )*`, not a choice within a member (`effective (DateValue | 'on' …)`).
    const loop: AstNode | undefined = GrammarAST.isAssignment(assignment) ? assignment.$container : undefined;
    return GrammarAST.isAlternatives(loop) && loop.cardinality === '*';
}
