import { type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import * as ast from '../../generated/ast.js';
import { findAssignedFeature, leafCstNodes } from '../ast-walk.js';
import { replaceRange, type FixEdit } from '../fixes.js';
import { internText } from './cache.js';

/** A string literal or bare placeholder token of the document, with its raw source text. */
export interface TextToken {
    readonly node: AstNode;
    readonly cst: CstNode;
    /** The property of `node` the token is assigned to (`title`, `paragraphs`, …). */
    readonly feature: string | undefined;
    /** Offset in the document where `text` starts (after the opening quote for strings). */
    readonly offset: number;
    readonly text: string;
    readonly isString: boolean;
}

/** Tokens per parse result: the text and wording checks share one walk over the CST. */
const tokenCache = new WeakMap<AstNode, TextToken[]>();

/** Every string literal and placeholder token in the document, in source order. */
export function textTokens(root: AstNode): TextToken[] {
    const cached = tokenCache.get(root);
    if (cached) return cached;
    const tokens: TextToken[] = [];
    if (!root.$cstNode) return tokens;
    for (const cst of leafCstNodes(root.$cstNode)) {
        if (cst.hidden) continue;
        const type = cst.tokenType.name;
        if (type === 'STRING') {
            tokens.push({ node: cst.astNode, cst, feature: findAssignedFeature(cst), offset: cst.offset + 1, text: internText(cst.text.slice(1, -1)), isString: true });
        } else if (type === 'PLACEHOLDER') {
            tokens.push({ node: cst.astNode, cst, feature: findAssignedFeature(cst), offset: cst.offset, text: internText(cst.text), isString: false });
        }
    }
    tokenCache.set(root, tokens);
    return tokens;
}

/** The document range of `token.text.slice(start, end)`. */
export function rangeOf(document: LangiumDocument, token: TextToken, start: number, end: number): Range {
    return {
        start: document.textDocument.positionAt(token.offset + start),
        end: document.textDocument.positionAt(token.offset + end)
    };
}

/** An edit that replaces `token.text.slice(start, end)`. */
export function replaceInToken(document: LangiumDocument, token: TextToken, start: number, end: number, newText: string): FixEdit {
    return replaceRange(rangeOf(document, token, start, end), newText);
}

/**
 * Whether a string token is the given property of its node: the assignment the token was parsed
 * into (found once, when the tokens are collected), so no search of the node's CST per question.
 */
export function isProperty(token: TextToken, node: AstNode, property: string): boolean {
    return token.node === node && token.feature === property;
}

/**
 * What kind of text a token is, which decides the prose rules that read it:
 * - paragraph, title: a custom clause's text and title;
 * - measure: a measure's description;
 * - prose: other free text of the agreement (its title, the main agreement's title, processing
 *   titles, purposes and operations, labels, a sub-processor's service, retention events);
 * - identity: names, addresses, contacts, registration numbers, standards, statutory sources;
 * - none: template parameters and the source a record names (`record-of`), which are not part of
 *   the agreement's text, and bare placeholders.
 */
export type TextKind = 'paragraph' | 'title' | 'measure' | 'prose' | 'identity' | 'none';

export function textKindOf(token: TextToken): TextKind {
    const node = token.node;
    // A template field, and the source a record names (`record-of`), are not the agreement's text.
    if (!token.isString || ast.isTemplateParameter(node) || (ast.isAgreement(node) && token.feature === 'recordOf')) return 'none';
    if (ast.isCustomClause(node)) return token.feature === 'paragraphs' ? 'paragraph' : 'title';
    if (ast.isMeasure(node)) return token.feature === 'description' ? 'measure' : 'identity';
    if (ast.isParty(node) || ast.isAddress(node) || ast.isSignatory(node) || ast.isContact(node) || ast.isCourt(node)) return 'identity';
    if (ast.isSubProcessor(node)) return token.feature === 'service' ? 'prose' : 'identity';
    if (ast.isMainAgreement(node)) return token.feature === 'title' ? 'prose' : 'identity';
    if (ast.isDataCategory(node)) return token.feature === 'label' ? 'prose' : 'identity';
    if (ast.isRetention(node)) return token.feature === 'event' ? 'prose' : 'identity';
    if (ast.isTransfer(node)) return token.feature === 'ground' ? 'prose' : 'identity';
    return 'prose';
}
