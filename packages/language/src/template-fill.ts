import { isLeafCstNode, CstUtils, type LangiumDocument } from 'langium';
import type { Document } from './generated/ast.js';
import { findPlaceholders } from './text-scan.js';

/** Escapes a value for use inside a .dpa string literal. */
function escapeString(value: string): string {
    return value.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/**
 * The source text of a concrete agreement made from a template: every `{{field}}` that has a
 * value is replaced (escaped inside strings, verbatim in place of a date or country code) and the
 * `template` keyword is removed, so that the result is validated like any agreement, and a
 * field left without a value is reported (DPA-R01) instead of slipping into the document.
 */
export function instantiateTemplate(document: LangiumDocument<Document>, values: Readonly<Record<string, string>>): string {
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    if (!root) return text;
    const edits: { start: number; end: number; text: string }[] = [];
    for (const cst of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(cst) || cst.hidden) continue;
        const type = cst.tokenType.name;
        if (type === 'template' && edits.length === 0) {
            edits.push({ start: cst.offset, end: cst.end, text: '' });
        } else if (type === 'STRING' || type === 'PLACEHOLDER') {
            for (const p of findPlaceholders(cst.text)) {
                const value = values[p.name];
                if (value === undefined) continue;
                edits.push({ start: cst.offset + p.start, end: cst.offset + p.end, text: type === 'STRING' ? escapeString(value) : value });
            }
        }
    }
    let result = '';
    let position = 0;
    for (const edit of edits.sort((a, b) => a.start - b.start)) {
        result += text.slice(position, edit.start) + edit.text;
        position = edit.end;
    }
    return result + text.slice(position);
}
