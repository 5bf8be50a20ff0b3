import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { formatMessage, getCheck } from './messages.js';
import type { DpaSettings } from './settings.js';

/**
 * How deep `{ … }` blocks may nest. The grammar itself nests at most four levels (agreement,
 * party or clause, list); a document past 64 is damaged or hostile. Chevrotain's recursive
 * descent (with its error recovery) overflows the stack somewhere past a few thousand levels,
 * which would leave the document unparsed and every request on it waiting for ever.
 */
export const MAX_BLOCK_NESTING = 64;

/**
 * The lexer, with one guard: the token stream ends where blocks nest deeper than
 * MAX_BLOCK_NESTING, and a lexer error there says so. The parser then reads the document up to
 * that point (its syntax errors, diagnostics and editor features work on that part) and can never
 * recurse without bound. The count runs over tokens, so braces inside strings and comments, and
 * the `{{…}}` of a placeholder (one token), do not count.
 */
export class DpaLexer extends DefaultLexer {
    /** The message language; the lexer is made before the settings service, so it is looked up late. */
    constructor(services: LangiumCoreServices, private readonly settings: () => DpaSettings) {
        super(services);
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        let depth = 0;
        for (let i = 0; i < result.tokens.length; i++) {
            const token = result.tokens[i]!;
            const name = token.tokenType.name;
            if (name === '}') depth = Math.max(0, depth - 1);
            else if (name === '{' && ++depth > MAX_BLOCK_NESTING) {
                const cut = token.startOffset;
                return {
                    ...result,
                    tokens: result.tokens.slice(0, i),
                    hidden: result.hidden.filter(h => h.startOffset < cut),
                    errors: [
                        ...result.errors.filter(e => e.offset < cut),
                        {
                            offset: cut,
                            length: 1,
                            line: token.startLine,
                            column: token.startColumn,
                            message: formatMessage(getCheck('nesting-too-deep'), this.settings().language, { x: String(MAX_BLOCK_NESTING) })
                        }
                    ]
                };
            }
        }
        return result;
    }
}
