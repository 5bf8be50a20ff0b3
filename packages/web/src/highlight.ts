import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags, type Tag } from '@lezer/highlight';
import grammar from '../../../syntaxes/dpa.tmLanguage.json';

/**
 * Highlighting of `.dpa` text from the extension's TextMate grammar (syntaxes/dpa.tmLanguage.json),
 * so that the playground colours keywords exactly as VS Code does: a word is a keyword, a value or
 * a country code when it is a whole match of one of the grammar's word patterns. Comments,
 * strings, dates and numbers are read directly. (The server's semantic tokens are not used: the
 * CodeMirror LSP client does not request them.)
 */
interface Rule {
    readonly name?: string;
    readonly match?: string;
}

function wordRules(section: { readonly patterns?: readonly Rule[] } | undefined, tag: Tag): { readonly regex: RegExp; readonly tag: Tag }[] {
    return (section?.patterns ?? []).filter(rule => rule.match !== undefined).map(rule => ({ regex: new RegExp(`^(?:${rule.match})$`), tag }));
}

const repository = (grammar as { readonly repository: Record<string, { readonly patterns?: readonly Rule[] }> }).repository;
const WORDS = [
    ...wordRules(repository['keywords'], tags.keyword),
    ...wordRules(repository['constants'], tags.atom),
    ...wordRules(repository['country-codes'], tags.constant(tags.name))
];

interface State {
    inComment: boolean;
}

const dpaLanguage = StreamLanguage.define<State>({
    name: 'dpa',
    startState: () => ({ inComment: false }),
    token(stream: StringStream, state: State): string | null {
        if (state.inComment) {
            if (stream.skipTo('*/')) {
                stream.match('*/');
                state.inComment = false;
            } else stream.skipToEnd();
            return 'comment';
        }
        if (stream.eatSpace()) return null;
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'comment';
        }
        if (stream.match('/*')) {
            state.inComment = true;
            return 'comment';
        }
        if (stream.peek() === '"') {
            stream.next();
            for (let c = stream.next(); c !== undefined; c = stream.next()) {
                if (c === '\\') stream.next();
                else if (c === '"') break;
            }
            return 'string';
        }
        if (stream.match(/^(?:\d{4}-\d{2}(?:-\d{2})?|--\d{2}-\d{2}|\d+)(?![\w-])/)) return 'number';
        const word = stream.match(/^[\w-]+/) as RegExpMatchArray | null;
        if (word) {
            const rule = WORDS.find(w => w.regex.test(word[0]));
            return rule ? TOKEN_OF.get(rule.tag)! : null;
        }
        stream.next();
        return null;
    },
    tokenTable: { keyword: tags.keyword, atom: tags.atom, country: tags.constant(tags.name) }
});

const TOKEN_OF = new Map<Tag, string>([[tags.keyword, 'keyword'], [tags.atom, 'atom'], [tags.constant(tags.name), 'country']]);

const style = HighlightStyle.define([
    { tag: tags.keyword, color: '#7a3e9d', fontWeight: '600' },
    { tag: tags.atom, color: '#1a5fb4' },
    { tag: tags.constant(tags.name), color: '#26734d' },
    { tag: tags.string, color: '#9a4a00' },
    { tag: tags.number, color: '#26734d' },
    { tag: tags.comment, color: '#6a737d', fontStyle: 'italic' }
]);

/** The `.dpa` language (its LSP language ID is the language's name) with its highlighting. */
export function dpaHighlighting(): Extension {
    return [dpaLanguage, syntaxHighlighting(style)];
}
