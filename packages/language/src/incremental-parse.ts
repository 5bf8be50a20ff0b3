import {
    AstUtils, CompositeCstNodeImpl, DefaultLangiumDocumentFactory, DocumentState, GrammarAST, isAstNode, isMultiReference, isReference, LeafCstNodeImpl, RootCstNodeImpl,
    type AstNode, type CstNode, type LangiumDocument, type Linker, type MultiReference, type Mutable, type ParseResult, type Reference,
    type ReferenceInfo
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { isDocument, type Agreement } from './generated/ast.js';
import { MAX_BLOCK_NESTING } from './dpa-lexer.js';
import { rememberIndex } from './dpa-linking.js';

/**
 * Incremental reparse of a .dpa document (issue 12). A keystroke inside one member of the
 * agreement (a party, a sub-processor, a processing activity, a clause, a measure, a data
 * category …) reparses only that member's new text with the rule its assignment calls, and splices the new AST node and its CST
 * into the old tree; everything else keeps its objects, with the CST offsets and ranges after the
 * edit shifted. Anything that does not fit the fast path falls back to Langium's full parse; the
 * property test (test/language/incremental-parse.test.ts) checks that both give the same tree.
 */

/** One contiguous change: old text [start, oldEnd) became new text [start, newEnd). */
export interface TextEdit {
    readonly start: number;
    readonly oldEnd: number;
    readonly newEnd: number;
}

/** The smallest single edit that turns `oldText` into `newText` (common prefix and suffix). */
export function findEdit(oldText: string, newText: string): TextEdit {
    const min = Math.min(oldText.length, newText.length);
    // Whole chunks first (a string comparison is a memory comparison), then character by character.
    let start = 0;
    while (start + CHUNK <= min && oldText.substring(start, start + CHUNK) === newText.substring(start, start + CHUNK)) start += CHUNK;
    while (start < min && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let oldEnd = oldText.length;
    let newEnd = newText.length;
    while (oldEnd - CHUNK >= start && newEnd - CHUNK >= start && oldText.substring(oldEnd - CHUNK, oldEnd) === newText.substring(newEnd - CHUNK, newEnd)) {
        oldEnd -= CHUNK;
        newEnd -= CHUNK;
    }
    while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
        oldEnd--;
        newEnd--;
    }
    return { start, oldEnd, newEnd };
}

const CHUNK = 1024;

/** How often each path ran, for tests (a count, never a timing). */
export interface IncrementalParseStats {
    incremental: number;
    full: number;
}

/** The writable fields behind a leaf's offset and range (Langium's LeafCstNodeImpl). */
interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

/** A composite node's cached range and own AST node (Langium's CompositeCstNodeImpl). */
interface CompositeFields {
    _rangeCache: unknown;
    _astNode: AstNode | undefined;
}

/** How to move the positions of the CST leaves after an edit. */
interface Shift {
    readonly offset: number;
    readonly lines: number;
    /** Positions on this line (before the shift) move by `characters` too. */
    readonly line: number;
    readonly characters: number;
}

function shiftLeaf(leaf: LeafCstNodeImpl, shift: Shift): void {
    const fields = leaf as unknown as LeafFields;
    fields._offset += shift.offset;
    if (fields._startLine === shift.line) fields._startColumn += shift.characters;
    if (fields._endLine === shift.line) fields._endColumn += shift.characters;
    fields._startLine += shift.lines;
    fields._endLine += shift.lines;
}

/** Shifts every leaf under `node` and drops every cached composite range there. */
function shiftTree(node: CstNode, shift: Shift): void {
    if (node instanceof LeafCstNodeImpl) {
        shiftLeaf(node, shift);
    } else if (node instanceof CompositeCstNodeImpl) {
        (node as unknown as CompositeFields)._rangeCache = undefined;
        for (const child of node.content) shiftTree(child, shift);
    }
}

/** The deepest `{ … }` nesting of the leaves under `node`, and whether the braces balance. */
function braceDepth(node: CstNode): { max: number; balanced: boolean } {
    let depth = 0;
    let max = 0;
    let balanced = true;
    const visit = (n: CstNode): void => {
        if (n instanceof CompositeCstNodeImpl) {
            for (const child of n.content) visit(child);
            return;
        }
        if (n.hidden) return;
        const name = (n as LeafCstNodeImpl).tokenType.name;
        if (name === '{') max = Math.max(max, ++depth);
        else if (name === '}' && --depth < 0) balanced = false;
    };
    visit(node);
    return { max, balanced: balanced && depth === 0 };
}

/** The first or last non-hidden leaf under `node`. */
function boundaryLeaf(node: CstNode, last: boolean): LeafCstNodeImpl | undefined {
    if (node instanceof LeafCstNodeImpl) return node.hidden ? undefined : node;
    if (!(node instanceof CompositeCstNodeImpl)) return undefined;
    const content = node.content;
    for (let i = last ? content.length - 1 : 0; last ? i >= 0 : i < content.length; i += last ? -1 : 1) {
        const leaf = boundaryLeaf(content[i]!, last);
        if (leaf) return leaf;
    }
    return undefined;
}

/** The index of the child of `parent` whose span contains [start, end), by binary search over the ordered children. */
function childContaining(parent: CompositeCstNodeImpl, start: number, end: number): number {
    const content = parent.content;
    let low = 0;
    let high = content.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const child = content[mid]!;
        if (child.end <= start) low = mid + 1;
        else if (child.offset > start) high = mid - 1;
        else return end <= child.end ? mid : -1;
    }
    return -1;
}

/** The first token after the child at `index` of `parent`, among its siblings. */
function siblingLeaf(parent: CompositeCstNodeImpl, index: number): LeafCstNodeImpl | undefined {
    for (let i = index + 1; i < parent.content.length; i++) {
        const leaf = boundaryLeaf(parent.content[i]!, false);
        if (leaf) return leaf;
    }
    return undefined;
}

/** The index of the last non-hidden child before `index` of `parent` (-1 when none). */
function previousMember(parent: CompositeCstNodeImpl, index: number): number {
    for (let i = index - 1; i >= 0; i--) if (!parent.content[i]!.hidden) return i;
    return -1;
}

function isWhitespace(text: string, index: number): boolean {
    return index < 0 || index >= text.length || /\s/.test(text[index]!);
}

/** What the grammar says about the rule of a member's type: whether it ends with its closing brace, and which tokens it can read after its first. */
interface RuleShape {
    readonly closed: boolean;
    readonly afterFirst: ReadonlySet<string>;
}

const shapes = new WeakMap<GrammarAST.ParserRule, RuleShape>();

/**
 * A member without a closing brace (a measure, a data category, a standard clause) ends where
 * the next token cannot continue it. That end stays where it was as long as neither the token
 * after the member can continue it nor the member's first token can continue the member before
 * it; the token names a rule can read after its first one are its keywords and terminals, through
 * every rule it calls (a superset, so the test errs on the side of the full parse).
 */
function ruleShape(rule: GrammarAST.ParserRule): RuleShape {
    let shape = shapes.get(rule);
    if (shape) return shape;
    const body = rule.definition;
    const elements = GrammarAST.isGroup(body) ? body.elements.filter(e => !GrammarAST.isAction(e)) : [body];
    const plainKeyword = (element: GrammarAST.AbstractElement | undefined): element is GrammarAST.Keyword => GrammarAST.isKeyword(element) && !element.cardinality;
    const tail = elements[elements.length - 1];
    const closed = elements.length > 1 && plainKeyword(tail) && tail.value === '}';
    const afterFirst = new Set<string>();
    const seen = new Set<GrammarAST.AbstractRule>();
    const collect = (element: AstNode): void => {
        for (const node of [element, ...AstUtils.streamAllContents(element)]) {
            if (GrammarAST.isKeyword(node)) {
                afterFirst.add(node.value);
            } else if (GrammarAST.isCrossReference(node) && !node.terminal) {
                afterFirst.add('ID');
            } else if (GrammarAST.isRuleCall(node)) {
                const called = node.rule.ref;
                if (!called || seen.has(called)) continue;
                seen.add(called);
                if (GrammarAST.isTerminalRule(called)) afterFirst.add(called.name);
                else if (GrammarAST.isParserRule(called)) collect(called.definition);
                else afterFirst.add('*'); // anything else: never on the fast path
            }
        }
    };
    for (const element of elements.slice(plainKeyword(elements[0]) ? 1 : 0)) collect(element);
    shape = { closed, afterFirst };
    shapes.set(rule, shape);
    return shape;
}

/** The rule that makes nodes of `type` (the grammar's rules are named after their types). */
function ruleOf(grammar: GrammarAST.Grammar, type: string): GrammarAST.ParserRule | undefined {
    const rule = grammar.rules.find(r => r.name === type);
    return GrammarAST.isParserRule(rule) ? rule : undefined;
}

/** Whether `type`'s member can end before a token named `next` (see ruleShape). */
function endsBefore(grammar: GrammarAST.Grammar, type: string, next: string): boolean {
    const rule = ruleOf(grammar, type);
    if (!rule) return false;
    const shape = ruleShape(rule);
    return shape.closed || (!shape.afterFirst.has(next) && !shape.afterFirst.has('*'));
}

/** Writes into the old root CST node the text it now stands for. */
function setFullText(root: RootCstNodeImpl, text: string): void {
    (root as unknown as { _text: string })._text = text;
}

/**
 * Reparses only the member of the agreement that `edit` falls inside, and splices it into the
 * tree of `parseResult` (which must be free of errors). Returns false, having changed nothing,
 * when the edit does not fit the fast path; the caller then parses the whole text.
 */
export function reparseMember(
    parse: (text: string, rule: string) => ParseResult, grammar: GrammarAST.Grammar, parseResult: ParseResult, newText: string, edit: TextEdit
): boolean {
    // Everything below is checked before the first change to the tree.
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return false;
    const root = parseResult.value;
    const rootCst = root.$cstNode;
    if (!isDocument(root) || !root.agreement || !(rootCst instanceof RootCstNodeImpl)) return false;
    const agreement: Agreement = root.agreement;
    const agreementCst = agreement.$cstNode;
    if (!(agreementCst instanceof CompositeCstNodeImpl) || agreementCst.container !== rootCst) return false;

    // The member: a composite child of the agreement, made by an assignment's rule call, that the edit falls strictly inside.
    const index = childContaining(agreementCst, edit.start, edit.oldEnd);
    const memberCst = index >= 0 ? agreementCst.content[index] : undefined;
    if (!(memberCst instanceof CompositeCstNodeImpl) || memberCst.hidden) return false;
    const call = memberCst.grammarSource;
    const callContainer: AstNode | undefined = GrammarAST.isRuleCall(call) ? call.$container : undefined;
    const assignment = GrammarAST.isAssignment(callContainer) ? callContainer : undefined;
    const rule = GrammarAST.isRuleCall(call) ? call.rule.ref : undefined;
    if (!assignment || !GrammarAST.isParserRule(rule)) return false;
    const member = memberCst.astNode;
    if (member.$container !== agreement || member.$cstNode !== memberCst || member.$containerProperty !== assignment.feature) return false;
    const first = boundaryLeaf(memberCst, false);
    const last = boundaryLeaf(memberCst, true);
    if (!first || !last || first === last) return false;
    const typeRule = ruleOf(grammar, member.$type);
    if (!typeRule) return false;
    const closed = ruleShape(typeRule).closed;
    // The first token stays as it is; so does a closing brace. The last token of a member without one may change.
    if (edit.start <= first.end || (closed ? edit.oldEnd >= last.offset : edit.oldEnd > last.end)) return false;
    // The member ends where it ended, and so does the one before it (see ruleShape).
    const next = siblingLeaf(agreementCst, index);
    if (!next || !endsBefore(grammar, member.$type, next.tokenType.name)) return false;
    const before = agreementCst.content[previousMember(agreementCst, index)];
    if (before instanceof CompositeCstNodeImpl) {
        const previous = before.astNode;
        if (previous.$container !== agreement || previous.$cstNode !== before || !endsBefore(grammar, previous.$type, first.tokenType.name)) return false;
    } else if (!(before instanceof LeafCstNodeImpl) || before.tokenType.name !== '{') {
        // After one of the agreement's own properties (`status draft "…"`): not worth the analysis.
        return false;
    }
    const delta = edit.newEnd - edit.oldEnd;
    const memberEnd = last.end + delta;
    const oldText = rootCst.fullText;
    if (!isWhitespace(oldText, first.offset - 1) || !isWhitespace(newText, memberEnd)) return false;

    const text = newText.substring(first.offset, memberEnd);
    const result = parse(text, rule.name);
    const node = result.value;
    const cst = node.$cstNode;
    if (result.lexerErrors.length > 0 || result.parserErrors.length > 0) return false;
    if (node.$type !== member.$type || !(cst instanceof RootCstNodeImpl) || cst.offset !== 0 || cst.end !== text.length) return false;
    // The nesting guard of DpaLexer counts over the whole document: the agreement's brace and the member's.
    const depth = braceDepth(cst);
    if (!depth.balanced || depth.max + 1 > MAX_BLOCK_NESTING) return false;
    const newLast = boundaryLeaf(cst, true);
    if (!newLast || (closed && newLast.tokenType.name !== '}')) return false;

    // Positions: the new member's leaves move to where the member starts; the leaves after it by the edit.
    const start = first.range.start;
    for (const leaf of leavesOf(cst)) shiftLeaf(leaf, { offset: first.offset, lines: start.line, line: 0, characters: start.character });
    const oldEndPosition = last.range.end;
    const newEndPosition = newLast.range.end;
    const after: Shift = {
        offset: delta,
        lines: newEndPosition.line - oldEndPosition.line,
        line: oldEndPosition.line,
        characters: newEndPosition.character - oldEndPosition.character
    };
    for (let child: CstNode = memberCst; child.container; child = child.container) {
        const parent = child.container;
        (parent as unknown as CompositeFields)._rangeCache = undefined;
        const content = parent.content;
        for (let i = content.indexOf(child) + 1; i < content.length; i++) shiftTree(content[i]!, after);
    }

    // The splice: the old member's composite takes the new content; the new AST node takes the old one's place.
    memberCst.content = cst.content;
    for (const child of memberCst.content) (child as Mutable<CstNode>).container = memberCst;
    (memberCst as unknown as CompositeFields)._rangeCache = undefined;
    memberCst.astNode = node;
    const mutable = node as Mutable<AstNode>;
    mutable.$cstNode = memberCst;
    mutable.$container = agreement;
    mutable.$containerProperty = member.$containerProperty;
    mutable.$containerIndex = member.$containerIndex;
    const owner = agreement as unknown as Record<string, unknown>;
    const value = owner[assignment.feature];
    if (Array.isArray(value) && member.$containerIndex !== undefined) value[member.$containerIndex] = node;
    else owner[assignment.feature] = node;
    setFullText(rootCst, newText);
    return true;
}

/**
 * A copy of the AST under `node` with new objects throughout (references rebuilt, unresolved;
 * the CST nodes point to the copies), on the same CST. The rest of the language (validation
 * caches by node, the severity policy by root) counts on a new parse giving new nodes, and the
 * positions of the nodes after an edit change, so no node outlives an update. Copying the AST
 * is cheap: a 20,000-line agreement has about 10,000 nodes, most of the text is in strings.
 */
export function renewAst<T extends AstNode>(root: T, linker: Linker): T {
    const nodes: AstNode[] = [];
    const references: ReferenceInfo[] = [];
    const rebuild = (reference: Reference | MultiReference, owner: AstNode, property: string): Reference | MultiReference => isReference(reference)
        ? linker.buildReference(owner, property, reference.$refNode, reference.$refText)
        : linker.buildMultiReference(owner, property, reference.$refNode, reference.$refText);
    const renew = (node: AstNode, container: AstNode | undefined): AstNode => {
        const copy: Record<string, unknown> = { ...(node as unknown as Record<string, unknown>) };
        const owner = copy as unknown as AstNode;
        if (container) copy.$container = container;
        nodes.push(owner);
        const keys = Object.keys(copy);
        // References first, then contained nodes, each in the order of the keys (as dpa-linking.ts walks).
        let children = false;
        for (const key of keys) {
            if (key.charCodeAt(0) === 36) continue; // `$type`, `$container`, `$cstNode`, …
            const value = copy[key];
            if (typeof value !== 'object' || value === null) continue;
            if (Array.isArray(value)) {
                const items: unknown[] = value.slice();
                for (let index = 0; index < items.length; index++) {
                    const element = items[index];
                    if (typeof element !== 'object' || element === null) continue;
                    if (isReference(element) || isMultiReference(element)) {
                        const reference = rebuild(element, owner, key);
                        items[index] = reference;
                        references.push({ reference, container: owner, property: key, index });
                    } else if (isAstNode(element)) {
                        children = true;
                    }
                }
                copy[key] = items;
            } else if (isReference(value) || isMultiReference(value)) {
                const reference = rebuild(value, owner, key);
                copy[key] = reference;
                references.push({ reference, container: owner, property: key });
            } else if (isAstNode(value)) {
                children = true;
            }
        }
        if (children) {
            for (const key of keys) {
                if (key.charCodeAt(0) === 36) continue;
                const value = copy[key];
                if (Array.isArray(value)) {
                    for (let index = 0; index < value.length; index++) {
                        const element: unknown = value[index];
                        if (typeof element === 'object' && element !== null && isAstNode(element)) value[index] = renew(element, owner);
                    }
                } else if (typeof value === 'object' && value !== null && isAstNode(value)) {
                    copy[key] = renew(value, owner);
                }
            }
        }
        const cst = node.$cstNode;
        if (cst instanceof CompositeCstNodeImpl && (cst as unknown as CompositeFields)._astNode === node) cst.astNode = owner;
        return owner;
    };
    const copy = renew(root, undefined) as T;
    rememberIndex(copy, { nodes, references });
    return copy;
}

function* leavesOf(node: CstNode): Generator<LeafCstNodeImpl> {
    if (node instanceof LeafCstNodeImpl) yield node;
    else if (node instanceof CompositeCstNodeImpl) for (const child of node.content) yield* leavesOf(child);
}

/**
 * The document factory: `update` tries the incremental reparse of one member first (see
 * reparseMember), and parses the whole text as Langium does otherwise.
 */
export class DpaDocumentFactory extends DefaultLangiumDocumentFactory {
    readonly stats: IncrementalParseStats = { incremental: 0, full: 0 };

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            const textDocumentGetter = this.createTextDocumentGetter(document.uri, text);
            Object.defineProperty(document, 'textDocument', { get: textDocumentGetter });
        }
        if (oldText !== text) {
            if (oldText !== undefined && this.updateIncrementally(document, oldText, text)) {
                this.stats.incremental++;
            } else {
                this.stats.full++;
                document.parseResult = await this.parseAsync(document.uri, text, cancellationToken);
                (document.parseResult.value as Mutable<AstNode>).$document = document;
            }
        }
        document.state = DocumentState.Parsed;
        return document;
    }

    protected updateIncrementally<T extends AstNode>(document: Mutable<LangiumDocument<T>>, oldText: string, text: string): boolean {
        const services = this.serviceRegistry.getServices(document.uri);
        const parser = services.parser.LangiumParser;
        const old = document.parseResult;
        if (!reparseMember((input, rule) => parser.parse(input, { rule }), services.Grammar, old, text, findEdit(oldText, text))) return false;
        const root = renewAst(old.value, services.references.Linker) as Mutable<T>;
        root.$document = document;
        document.parseResult = { value: root, lexerErrors: [], parserErrors: [], lexerReport: old.lexerReport };
        return true;
    }
}
