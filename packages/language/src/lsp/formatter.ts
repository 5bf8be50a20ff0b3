import { GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { AbstractFormatter, DefaultNodeFormatter, Formatting, FormattingRegion, type FormattingAction, type FormattingCollector, type NodeFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Keywords with no space before and one after, wherever they are. */
const PUNCTUATION: readonly string[] = [',', ':'];

/** The nodes `formatMembers` states a layout for. */
const HAS_LAYOUT: readonly ((node: AstNode) => boolean)[] = [
    ast.isAgreement, ast.isParty, ast.isSubProcessor, ast.isProcessing, ast.isCustomClause, ast.isDurationClause
];

/**
 * The one canonical layout of a .dpa file.
 *
 * `format` states the layout per AST node with Langium's formatting API: which tokens start a
 * line (`Formatting.newLine()` / `Formatting.indent()`), and the spacing between tokens on a
 * line (one space unless stated: no space before `,` and `:`). Langium's own whitespace engine
 * indents comments by the AST nesting (a comment between two members lands in column 0) and
 * leaves blank lines around comments alone, so `doDocumentFormat` applies those statements with
 * a small engine of its own over the token stream, comments included:
 *
 * - a token that starts a line is indented one level (`tabSize` spaces, or a tab) per enclosing
 *   `{ … }`; everything else follows the previous token on its line;
 * - a comment keeps its placement. On its own line it stays there, indented like the code that
 *   follows it (like the members when a `}` follows). At the end of a line it stays there, one
 *   space after the code, or in its own column when the source set it further right (comments
 *   aligned by hand stay aligned while the code leaves room). Code that a `//` comment pushes
 *   onto a new line is a continuation, indented one level deeper. A block comment that starts
 *   a line keeps the code after it on that line;
 * - up to one blank line is kept where the source had blank lines, never right after `{`,
 *   right before `}` or before the first token; the file ends with one line break.
 *
 * Only whitespace between tokens changes (and, for a multi-line block comment that moves, the
 * indentation of its inner lines), so formatting keeps every token and is idempotent. A
 * document with syntax errors is left as it is.
 */
export class DpaFormatter extends AbstractFormatter {

    protected override format(node: AstNode): void {
        const f = this.getNodeFormatter(node);
        // Lists: `data A, B`, `staff Role: "op", "op"`.
        f.keywords(...PUNCTUATION).prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        this.formatMembers(node, f);
    }

    /** The layout of the nodes that have one of their own (blocks, the clause with a list in parentheses). */
    protected formatMembers(node: AstNode, f: NodeFormatter<AstNode>): void {
        if (ast.isAgreement(node)) {
            f.node(node).prepend(Formatting.newLine());
            this.block(f);
            f.keywords('title', 'version', 'effective', 'revised', 'status', 'record-of', 'definitions', 'signed', 'formed', 'law', 'court', 'excludes', 'measures').prepend(Formatting.indent());
            f.nodes(
                ...(node.mainAgreement ? [node.mainAgreement] : []), ...node.parameters, ...node.parties, ...node.exclusions,
                ...node.subprocessors, ...node.dataCategories, ...node.subjectCategories, ...node.staffRoles,
                ...node.measures, ...node.processings, ...node.clauses
            ).prepend(Formatting.indent());
        } else if (ast.isParty(node)) {
            this.block(f);
            f.keywords('name', 'trade-name', 'any-customer', 'alias', 'form', 'kvk', 'registration', 'address', 'seat', 'signatory', 'contact', 'dpo').prepend(Formatting.indent());
        } else if (ast.isSubProcessor(node)) {
            this.block(f);
            f.keywords('name', 'service', 'country', 'seat', 'location', 'contract', 'parent', 'role', 'via', 'when', 'data', 'commits').prepend(Formatting.indent());
            f.nodes(...node.transfers).prepend(Formatting.indent());
        } else if (ast.isProcessing(node)) {
            this.block(f);
            f.keywords('purpose', 'data', 'subjects', 'staff', 'operations', 'location', 'subprocessors', 'measures', 'retention')
                .prepend(Formatting.indent());
            // `retention of backups …`, `retention of <category> …`: each on its own line.
            f.nodes(...node.partRetentions).prepend(Formatting.indent());
        } else if (ast.isCustomClause(node)) {
            this.block(f);
            f.keywords('text').prepend(Formatting.indent());
            // The English version: `"Titel" en "Title"`, `text en "…"`, one space either side.
            f.keywords('en').prepend(Formatting.oneSpace()).append(Formatting.oneSpace());
        } else if (ast.isDurationClause(node)) {
            // `survives by-nature (breach, audit)`: the list inside its parentheses.
            f.keyword('(').prepend(Formatting.oneSpace()).append(Formatting.noSpace());
            f.keyword(')').prepend(Formatting.noSpace());
        }
    }

    /** ` {` on the declaration line, `}` on a line of its own. */
    protected block(f: NodeFormatter<AstNode>): void {
        f.keyword('{').prepend(Formatting.oneSpace());
        f.keyword('}').prepend(Formatting.newLine());
    }

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const { lexerErrors, parserErrors, value } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0 || !value.$cstNode) return [];
        try {
            const { leaves, nodes } = walk(value.$cstNode);
            const rules = this.collectRules(nodes, leaves);
            const edits = layout(document, tokensOf(document.textDocument.getText(), leaves, rules), options);
            // In a range: the edits that end on its lines (the whitespace before a token belongs to its line).
            return range ? edits.filter(e => e.range.end.line >= range.start.line && e.range.end.line <= range.end.line) : edits;
        } catch {
            // A formatter never breaks the editor: on anything unexpected, change nothing.
            return [];
        }
    }

    /**
     * Gathers what `format` states for every node, by token offset, in one pass: the punctuation
     * rule (the same for every node) from the tokens themselves, the rest from the nodes that have
     * a layout of their own (`format` on every node looked the punctuation up in each node's
     * syntax tree again). No two rules meet at one offset between the two, so the order is free.
     */
    protected collectRules(nodes: readonly AstNode[], leaves: readonly LeafCstNode[]): Rules {
        const rules: Rules = { prepend: new Map(), append: new Map() };
        this.collector = (node, mode, formatting) => {
            const map = mode === 'prepend' ? rules.prepend : rules.append;
            const key = mode === 'prepend' ? node.offset : node.end;
            const existing = map.get(key);
            if (!existing || (existing.options.priority ?? 0) <= (formatting.options.priority ?? 0)) map.set(key, formatting);
        };
        const noSpace = Formatting.noSpace();
        const oneSpace = Formatting.oneSpace();
        // Each node's keywords, in the order of the text, as `findNodesForKeyword` finds them (their own, not their children's).
        const keywords = new Map<AstNode, Map<string, CstNode[]>>();
        for (const leaf of leaves) {
            if (leaf.hidden || !GrammarAST.isKeyword(leaf.grammarSource)) continue;
            const keyword = leaf.grammarSource.value;
            if (PUNCTUATION.includes(keyword)) {
                this.collector(leaf, 'prepend', noSpace);
                this.collector(leaf, 'append', oneSpace);
            }
            let own = keywords.get(leaf.astNode);
            if (!own) keywords.set(leaf.astNode, own = new Map());
            const list = own.get(keyword);
            if (list) list.push(leaf);
            else own.set(keyword, [leaf]);
        }
        // Whether a node has a layout, per type (asked once per type, not once per node).
        const hasLayout = new Map<string, boolean>();
        for (const node of nodes) {
            let has = hasLayout.get(node.$type);
            if (has === undefined) hasLayout.set(node.$type, has = HAS_LAYOUT.some(is => is(node)));
            if (has) this.formatMembers(node, new IndexedNodeFormatter(node, this.collector, keywords.get(node) ?? new Map()));
        }
        return rules;
    }
}

/** A node formatter that finds the node's keywords in an index made in one pass, not by walking its syntax tree per keyword. */
class IndexedNodeFormatter<T extends AstNode> extends DefaultNodeFormatter<T> {
    constructor(astNode: T, collector: FormattingCollector, private readonly own: ReadonlyMap<string, CstNode[]>) {
        super(astNode, collector);
    }

    override keyword(keyword: string, index?: number): FormattingRegion {
        const nodes = this.own.get(keyword) ?? [];
        // As `findNodeForKeyword`: the index-th, within bounds; the first without one.
        const node = nodes[Math.max(0, Math.min(index ?? 0, nodes.length - 1))];
        return new FormattingRegion(node ? [node] : [], this.collector);
    }

    override keywords(...keywords: string[]): FormattingRegion {
        return new FormattingRegion(keywords.flatMap(keyword => this.own.get(keyword) ?? []), this.collector);
    }
}

interface Rules {
    /** Formatting before the token at an offset (also stated on a node that starts there). */
    prepend: Map<number, FormattingAction>;
    /** Formatting after the token that ends at an offset. */
    append: Map<number, FormattingAction>;
}

interface Token {
    offset: number;
    end: number;
    text: string;
    comment?: 'line' | 'block';
    /** A code token the layout puts at the start of a line. */
    lineStart: boolean;
    /** Spaces before a code token that follows another code token on the same line. */
    spaces: number;
    /** The number of enclosing blocks (for `}`: outside its own block). */
    depth: number;
    /** Whether the source has a line break between the previous token and this one. */
    lineBreakBefore: boolean;

}

/** The non-empty leaves of the syntax tree, comments included, in the order of the text, and the AST nodes with a syntax tree of their own. */
function walk(root: CstNode): { leaves: LeafCstNode[]; nodes: AstNode[] } {
    const leaves: LeafCstNode[] = [];
    const nodes: AstNode[] = [];
    const visit = (node: CstNode) => {
        if (isCompositeCstNode(node)) {
            if (node.astNode.$cstNode === node) nodes.push(node.astNode);
            for (const child of node.content) visit(child);
        } else if (isLeafCstNode(node) && node.length > 0) {
            leaves.push(node);
        }
    };
    visit(root);
    return { leaves: leaves.sort((a, b) => a.offset - b.offset), nodes };
}

function tokensOf(source: string, leaves: readonly LeafCstNode[], rules: Rules): Token[] {
    const tokens: Token[] = [];
    let depth = 0;
    for (const leaf of leaves) {
        if (tokens.length > 0 && leaf.offset < tokens[tokens.length - 1]!.end) continue;
        const text = leaf.text;
        const previous = tokens[tokens.length - 1];
        const lineBreak = previous ? source.indexOf('\n', previous.end) : -1;
        const lineBreakBefore = !previous || (lineBreak >= 0 && lineBreak < leaf.offset);
        if (leaf.hidden) {
            if (/^\s*$/.test(text)) continue;
            tokens.push({ offset: leaf.offset, end: leaf.end, text, comment: text.startsWith('//') ? 'line' : 'block', lineStart: false, spaces: 1, depth, lineBreakBefore });
            continue;
        }
        if (text === '}') depth = Math.max(0, depth - 1);
        const stated = rules.prepend.get(leaf.offset) ?? (previous && !previous.comment ? rules.append.get(previous.end) : undefined);
        const move = stated?.moves[0];
        const lineStart = stated?.moves.some(m => (m.lines ?? 0) > 0 || m.tabs !== undefined) ?? false;
        tokens.push({ offset: leaf.offset, end: leaf.end, text, lineStart, spaces: move?.characters ?? 1, depth, lineBreakBefore });
        if (text === '{') depth++;
    }
    return tokens;
}

/** The edits that give the tokens their canonical whitespace. */
function layout(document: LangiumDocument, tokens: Token[], options: FormattingOptions): TextEdit[] {
    const source = document.textDocument.getText();
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    const unit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize || 4);
    const edits: TextEdit[] = [];
    const replace = (start: number, end: number, newText: string) => {
        if (source.slice(start, end) !== newText) {
            edits.push({ range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText });
        }
    };
    /** The source column of an offset: asked only for comments and stray text, not for every token. */
    const columnAt = (offset: number) => document.textDocument.positionAt(offset).character;
    /** The column the current output line has reached. */
    let column = 0;
    tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        const gapStart = previous?.end ?? 0;
        const gap = source.slice(gapStart, token.offset);
        if (/\S/.test(gap)) {
            // Text the syntax tree does not account for: leave it, and what surrounds it, alone.
            column = columnAt(token.offset);
        } else {
            let newText = previous ? whitespaceBefore(tokens, i, gap, eol, unit) : '';
            // A trailing `//` comment the source set apart from the code (aligned with others)
            // keeps its column while the code leaves room.
            if (token.comment === 'line' && newText === ' ' && gap.length > 1 && columnAt(token.offset) > column + 1) {
                newText = ' '.repeat(columnAt(token.offset) - column);
            }
            replace(gapStart, token.offset, newText);
            const lineBreak = newText.lastIndexOf('\n');
            column = lineBreak >= 0 ? newText.length - lineBreak - 1 : column + newText.length;
        }
        let text = token.text;
        if (token.comment === 'block' && text.includes('\n')) {
            text = shiftInnerLines(text, column - columnAt(token.offset));
            replace(token.offset, token.end, text);
        }
        const lineBreak = text.lastIndexOf('\n');
        column = lineBreak >= 0 ? text.length - lineBreak - 1 : column + text.length;
    });
    const last = tokens[tokens.length - 1];
    if (last && !/\S/.test(source.slice(last.end))) replace(last.end, source.length, eol);
    return edits;
}

function whitespaceBefore(tokens: Token[], i: number, gap: string, eol: string, unit: string): string {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    const hadLineBreak = gap.includes('\n');
    // A block comment that starts a line keeps the code that follows it on that line.
    const afterLeadingBlockComment = previous.comment === 'block' && ownLine(tokens, i - 1) && !hadLineBreak && token.text !== '}';
    const newLine = previous.comment === 'line'
        || (token.comment ? hadLineBreak : (token.lineStart && !afterLeadingBlockComment) || (previous.comment === 'block' && hadLineBreak));
    if (!newLine) {
        return ' '.repeat(token.comment || previous.comment ? 1 : token.spaces);
    }
    const blank = (gap.match(/\n/g)?.length ?? 0) >= 2 && !opensBlockLine(tokens, i) && token.text !== '}';
    return eol.repeat(blank ? 2 : 1) + unit.repeat(indentation(tokens, i));
}

/** Whether the line before token `i` is the line of a block's `{` (after it: trailing comments only). */
function opensBlockLine(tokens: Token[], i: number): boolean {
    let j = i - 1;
    while (j > 0 && tokens[j]!.comment && !ownLine(tokens, j)) j--;
    return !tokens[j]!.comment && tokens[j]!.text === '{';
}

/** Whether comment `j` is on a line of its own in the output (it was in the source). */
function ownLine(tokens: Token[], j: number): boolean {
    const previous = tokens[j - 1];
    return !previous || previous.comment === 'line' || tokens[j]!.lineBreakBefore;
}

function indentation(tokens: Token[], i: number): number {
    const token = tokens[i]!;
    // Code that a comment pushes onto a new line continues its line one level deeper; a `{` stays level.
    if (!token.comment) return token.lineStart || token.text === '{' ? token.depth : token.depth + 1;
    // A comment on its own line: indented like the code after it, or like the members before a `}`.
    let next = i + 1;
    while (tokens[next]?.comment) next++;
    return tokens[next] && !tokens[next]!.lineStart ? token.depth + 1 : token.depth;
}

/** Moves the inner lines of a block comment along with its first line. */
function shiftInnerLines(text: string, delta: number): string {
    if (delta === 0) return text;
    const [first, ...rest] = text.split('\n');
    return [first, ...rest.map(line => {
        if (line.trim() === '') return line;
        return delta > 0 ? ' '.repeat(delta) + line : line.slice(Math.min(-delta, /^[ \t]*/.exec(line)![0].length));
    })].join('\n');
}
