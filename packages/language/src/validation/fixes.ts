import type { CstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import type * as ast from '../generated/ast.js';
import { isRange } from '../lsp/params.js';

/** A text edit of a quick fix. */
export interface FixEdit {
    readonly range: Range;
    readonly newText: string;
}

/**
 * A quick fix, computed by the check that reports the diagnostic and carried in the
 * diagnostic's `data`, so that the code action provider only has to apply it.
 */
export interface Fix {
    /** Shown in the editor's quick-fix menu. */
    readonly title: string;
    readonly edits: readonly FixEdit[];
    /** The one fix to apply with "Fix all" / on save. */
    readonly preferred?: boolean;
}

/** The diagnostic `data` of a rule: the fixes it offers. */
export interface FixData {
    readonly fixes: readonly Fix[];
}

/**
 * Whether a diagnostic's `data` is the fix data of one of our checks, down to every edit: a
 * client sends back whatever diagnostics it holds, also those of other tools and ones it made up,
 * so nothing of their shape is trusted. With `lineCount`, an edit must lie inside the document.
 */
export function isFixData(data: unknown, lineCount = Number.POSITIVE_INFINITY): data is FixData {
    if (typeof data !== 'object' || data === null) return false;
    const fixes = (data as { fixes?: unknown }).fixes;
    return Array.isArray(fixes) && fixes.every(fix => isFix(fix, lineCount));
}

function isFix(fix: unknown, lineCount: number): fix is Fix {
    if (typeof fix !== 'object' || fix === null) return false;
    const { title, edits, preferred } = fix as Partial<Record<keyof Fix, unknown>>;
    return typeof title === 'string' && title.length > 0
        && (preferred === undefined || typeof preferred === 'boolean')
        && Array.isArray(edits) && edits.length > 0 && edits.every(edit => isFixEdit(edit, lineCount));
}

function isFixEdit(edit: unknown, lineCount: number): edit is FixEdit {
    if (typeof edit !== 'object' || edit === null) return false;
    const { range, newText } = edit as Partial<Record<keyof FixEdit, unknown>>;
    return typeof newText === 'string' && isRange(range) && range.end.line < lineCount;
}

/** Indentation of the line where a CST node starts. */
function indentOf(node: CstNode): string {
    const line = node.root.fullText.split('\n')[node.range.start.line] ?? '';
    return /^\s*/.exec(line)?.[0] ?? '';
}

/** Inserts lines just before the closing brace of a block node (agreement, processing, …). */
export function insertBeforeClosingBrace(node: { $cstNode?: CstNode }, lines: readonly string[]): FixEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const closing = [...cstLeaves(cst)].reverse().find(leaf => leaf.text === '}');
    if (!closing) return undefined;
    const outer = indentOf(cst);
    const inner = `${outer}    `;
    const position: Position = closing.range.start;
    const lineText = cst.root.fullText.split('\n')[position.line] ?? '';
    const onOwnLine = lineText.slice(0, position.character).trim() === '';
    const text = lines.map(line => `${inner}${line}\n`).join('');
    return onOwnLine
        ? { range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: 0 } }, newText: text }
        : { range: { start: position, end: position }, newText: `\n${text}${outer}` };
}

/** Adds a standard clause to the agreement (after its last clause or before its closing brace). */
export function insertClause(agreement: ast.Agreement, clause: string): FixEdit | undefined {
    return insertBeforeClosingBrace(agreement, [clause]);
}

export function replaceNode(node: { $cstNode?: CstNode }, newText: string): FixEdit | undefined {
    return node.$cstNode ? { range: node.$cstNode.range, newText } : undefined;
}

export function replaceRange(range: Range, newText: string): FixEdit {
    return { range, newText };
}

/** A fix with its edits, or undefined when an edit could not be placed. */
export function fix(title: string, edits: readonly (FixEdit | undefined)[], preferred = false): Fix | undefined {
    if (edits.some(e => e === undefined)) return undefined;
    return { title, edits: edits as FixEdit[], ...(preferred ? { preferred } : {}) };
}

function* cstLeaves(node: CstNode): Generator<CstNode> {
    const content = (node as { content?: CstNode[] }).content;
    if (!content) {
        yield node;
        return;
    }
    for (const child of content) yield* cstLeaves(child);
}
