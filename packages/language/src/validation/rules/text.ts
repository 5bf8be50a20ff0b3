import { CstUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import * as ast from '../../generated/ast.js';
import { findPatternMatches, findPlaceholders } from '../../text-scan.js';
import type { CheckModule } from '../check-module.js';
import type { Reporter } from '../report.js';

/** A string literal or bare placeholder token of the document, with its raw source text. */
interface TextToken {
    readonly node: AstNode;
    readonly cst: CstNode;
    /** Offset in the document where `text` starts (after the opening quote for strings). */
    readonly offset: number;
    readonly text: string;
}

/** Every string literal and placeholder token in the document, in source order. */
export function textTokens(root: AstNode): TextToken[] {
    const tokens: TextToken[] = [];
    if (!root.$cstNode) return tokens;
    for (const cst of CstUtils.streamCst(root.$cstNode)) {
        if (!isLeafCstNode(cst) || cst.hidden) continue;
        const type = cst.tokenType.name;
        if (type === 'STRING') {
            tokens.push({ node: cst.astNode, cst, offset: cst.offset + 1, text: cst.text.slice(1, -1) });
        } else if (type === 'PLACEHOLDER') {
            tokens.push({ node: cst.astNode, cst, offset: cst.offset, text: cst.text });
        }
    }
    return tokens;
}

function rangeOf(document: LangiumDocument, token: TextToken, start: number, end: number): Range {
    return {
        start: document.textDocument.positionAt(token.offset + start),
        end: document.textDocument.positionAt(token.offset + end)
    };
}

/**
 * DPA-R01: unfilled template fields and placeholder text. `{{name}}` must name a declared
 * parameter; in a concrete (non-template) agreement it must have a default value. Placeholder
 * text such as "[klant naam]" or "……" is unfinished in any agreement: filling the template
 * would not replace it.
 */
export function checkPlaceholders(agreement: ast.Agreement, tokens: readonly TextToken[], document: LangiumDocument, report: Reporter): void {
    const parameters = new Map(agreement.parameters.map(p => [p.name, p]));
    const used = new Set<string>();
    for (const token of tokens) {
        for (const placeholder of findPlaceholders(token.text)) {
            const range = rangeOf(document, token, placeholder.start, placeholder.end);
            const parameter = parameters.get(placeholder.name);
            used.add(placeholder.name);
            if (!parameter) {
                report.check('unknown-parameter', { node: token.node, range }, { x: placeholder.name });
            } else if (!agreement.template && parameter.default === undefined) {
                report.rule('DPA-R01', { node: token.node, range }, { x: placeholder.name });
            }
        }
        if (ast.isTemplateParameter(token.node)) continue;
        for (const match of findPatternMatches('DPA-R01', token.text)) {
            report.rule('DPA-R01', { node: token.node, range: rangeOf(document, token, match.start, match.end) }, { x: match.text });
        }
    }
    for (const parameter of agreement.parameters) {
        if (!used.has(parameter.name)) {
            report.check('unused-parameter', { node: parameter, property: 'name' }, { x: parameter.name });
        }
    }
}

/** DPA-R02: citations of the repealed Wbp (or Directive 95/46/EC) as applicable law. */
export function checkRepealedLaw(tokens: readonly TextToken[], document: LangiumDocument, report: Reporter): void {
    for (const token of tokens) {
        for (const match of findPatternMatches('DPA-R02', token.text)) {
            report.rule('DPA-R02', { node: token.node, range: rangeOf(document, token, match.start, match.end) });
        }
    }
}

export const textModule: CheckModule = {
    name: 'text',
    rules: ['DPA-R01', 'DPA-R02'],
    checks: {
        Agreement: (agreement, { report, document }) => {
            const tokens = textTokens(agreement);
            checkPlaceholders(agreement, tokens, document, report);
            checkRepealedLaw(tokens, document, report);
        }
    }
};
