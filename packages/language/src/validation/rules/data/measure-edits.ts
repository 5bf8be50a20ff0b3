import { GrammarUtils } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type * as ast from '../../../generated/ast.js';
import { insertBeforeClosingBrace, type FixEdit } from '../../fixes.js';

// Edits of the measures of Bijlage 2, for the quick fixes of the data and measure rules.

/** The line ending of the last document asked about (each fix asks again; the search reads the whole text). */
let lastEnding: { text: string; eol: string } | undefined;

function lineEnding(text: string): string {
    if (lastEnding?.text !== text) lastEnding = { text, eol: text.includes('\r\n') ? '\r\n' : '\n' };
    return lastEnding.eol;
}

/** The line of `text` around `offset`, without its line break (found from the offset: splitting a large document per fix would be quadratic). */
function lineAround(text: string, offset: number): string {
    const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    const end = text.indexOf('\n', offset);
    return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** Inserts declarations on new lines after the last measure (before the closing brace if none). */
export function insertAfterMeasures(agreement: ast.Agreement, lines: readonly string[]): FixEdit | undefined {
    const cst = agreement.measures.at(-1)?.$cstNode;
    if (!cst) return insertBeforeClosingBrace(agreement, lines);
    const text = cst.root.fullText;
    const eol = lineEnding(text);
    const indent = /^\s*/.exec(lineAround(text, cst.offset))?.[0] ?? '';
    const endLine = lineAround(text, cst.end);
    const rest = endLine.slice(cst.range.end.character);
    // After a trailing comment too, so that the comment stays with its measure.
    const position: Position = /^\s*(\/\/.*)?$/.test(rest) ? { line: cst.range.end.line, character: endLine.length } : cst.range.end;
    return { range: { start: position, end: position }, newText: lines.map(line => `${eol}${indent}${line}`).join('') };
}

/** Appends measure names to the `measures` list of a processing activity. */
export function appendMeasures(processing: ast.Processing, names: readonly string[]): FixEdit | undefined {
    const last = GrammarUtils.findNodesForProperty(processing.$cstNode, 'measures').at(-1);
    if (!last) return undefined;
    return { range: { start: last.range.end, end: last.range.end }, newText: names.map(n => `, ${n}`).join('') };
}

/** Deletes a measure's line (its node only when it shares the line with other text). */
export function deleteMeasure(measure: ast.Measure): FixEdit | undefined {
    const cst = measure.$cstNode;
    if (!cst) return undefined;
    const text = cst.root.fullText;
    const before = lineAround(text, cst.offset).slice(0, cst.range.start.character);
    const after = lineAround(text, cst.end).slice(cst.range.end.character);
    if (before.trim() === '' && after.trim() === '') {
        return { range: { start: { line: cst.range.start.line, character: 0 }, end: { line: cst.range.end.line + 1, character: 0 } }, newText: '' };
    }
    return { range: cst.range, newText: '' };
}
