import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { REPLACEMENTS_DATA, WORDING_DATA } from '../../data/index.js';
import * as ast from '../../generated/ast.js';
import { compilePattern, findPatternMatches, findPlaceholders, type TextMatch } from '../../text-scan.js';
import type { CheckModule } from '../check-module.js';
import { fix, replaceRange, type Fix, type FixEdit } from '../fixes.js';
import type { Reporter } from '../report.js';

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
    for (const cst of CstUtils.streamCst(root.$cstNode)) {
        if (!isLeafCstNode(cst) || cst.hidden) continue;
        const type = cst.tokenType.name;
        if (type === 'STRING') {
            tokens.push({ node: cst.astNode, cst, feature: GrammarUtils.findAssignment(cst)?.feature, offset: cst.offset + 1, text: cst.text.slice(1, -1), isString: true });
        } else if (type === 'PLACEHOLDER') {
            tokens.push({ node: cst.astNode, cst, feature: GrammarUtils.findAssignment(cst)?.feature, offset: cst.offset, text: cst.text, isString: false });
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

// ---------------------------------------------------------------------------------------------
// Replacement tables (data/replacements.json)
// ---------------------------------------------------------------------------------------------

interface ReplacementEntry {
    readonly pattern: string;
    readonly replacement: string;
}

/** A stretch of text to replace: `text.slice(start, end)` becomes `replacement`. */
export interface Replacement {
    readonly start: number;
    readonly end: number;
    readonly replacement: string;
}

/** Keeps a capital first letter of the replaced text; never lowers one of the replacement. */
function matchCase(original: string, replacement: string): string {
    const first = original.charAt(0);
    return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** An ordered replacement table; see the comment in replacements.json. */
export class ReplacementTable {
    private readonly entries: readonly { search: RegExp; replacement: string }[];

    /** `origin` names the table in messages and tests (`replacements.json DPA-R24`). */
    constructor(entries: readonly ReplacementEntry[], origin: string) {
        this.entries = entries.map((e, i) => ({ search: compilePattern(e.pattern, 'giu', `${origin}[${i}]`), replacement: e.replacement }));
    }

    /** The first entry that matches a stretch of `text` containing `[start, end)`. */
    find(text: string, start: number, end: number): Replacement | undefined {
        for (const entry of this.entries) {
            for (const m of text.matchAll(entry.search)) {
                if (m.index > start) break;
                const stop = m.index + m[0].length;
                if (stop < end || m[0].length === 0) continue;
                const replacement = entry.replacement.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
                return { start: m.index, end: stop, replacement: matchCase(m[0], replacement) };
            }
        }
        return undefined;
    }
}

// ---------------------------------------------------------------------------------------------
// DPA-R01
// ---------------------------------------------------------------------------------------------

/** "Mark the agreement as a template": `template ` before the `agreement` keyword. */
function markAsTemplate(agreement: ast.Agreement, lang: 'nl' | 'en'): Fix | undefined {
    const keyword = GrammarUtils.findNodeForKeyword(agreement.$cstNode, 'agreement');
    const edit = keyword ? replaceRange({ start: keyword.range.start, end: keyword.range.start }, 'template ') : undefined;
    return fix(lang === 'nl' ? 'Markeer de overeenkomst als template' : 'Mark the agreement as a template', [edit]);
}

/**
 * DPA-R01: unfilled template fields and placeholder text. `{{name}}` must name a declared
 * parameter; in a concrete (non-template) agreement it must have a default value. Placeholder
 * text such as "[klant naam]" or "……" is unfinished in any agreement: filling the template
 * would not replace it.
 */
export function checkPlaceholders(agreement: ast.Agreement, tokens: readonly TextToken[], document: LangiumDocument, report: Reporter, checkTime: () => void = () => {}): void {
    const parameters = new Map(agreement.parameters.map(p => [p.name, p]));
    const used = new Set<string>();
    let template: Fix | undefined | null = null;
    for (const token of tokens) {
        checkTime();
        for (const placeholder of findPlaceholders(token.text)) {
            const range = rangeOf(document, token, placeholder.start, placeholder.end);
            const parameter = parameters.get(placeholder.name);
            used.add(placeholder.name);
            if (!parameter) {
                report.check('unknown-parameter', { node: token.node, range }, { x: placeholder.name });
            } else if (!agreement.template && parameter.default === undefined) {
                if (template === null) template = markAsTemplate(agreement, report.lang);
                report.rule('DPA-R01', { node: token.node, range }, { x: placeholder.name }, [template]);
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

// ---------------------------------------------------------------------------------------------
// DPA-R02
// ---------------------------------------------------------------------------------------------

const R02 = REPLACEMENTS_DATA['DPA-R02'];
const wbpCitations = new ReplacementTable(R02.citations, 'replacements.json DPA-R02.citations');
const wbpArticle = compilePattern(R02.articleCitation, 'giu', 'replacements.json DPA-R02.articleCitation');
const wbpArticles: Readonly<Record<string, string>> = R02.articles;
/** A number right before a bare "Wbp" ("artikel 1, sub d, Wbp"): replacing only "Wbp" would cite a wrong AVG article. */
const CITED_NUMBER_BEFORE = /\d[^.;]{0,25}$/u;

/** The current AVG/UAVG counterpart of a Wbp citation (table 7.6), if the table knows it. */
export function wbpReplacement(text: string, match: TextMatch): Replacement | undefined {
    for (const m of text.matchAll(wbpArticle)) {
        const end = m.index + m[0].length;
        if (m.index > match.start || end < match.end) continue;
        const article = m[1]!.toLowerCase();
        const detail = m[2]!.trim().toLowerCase().replace(/\s+/g, ' ');
        const replacement = wbpArticles[detail ? `${article} ${detail}` : article]
            ?? (detail.startsWith('lid') ? wbpArticles[article] : undefined);
        return replacement ? { start: m.index, end, replacement: matchCase(m[0], replacement) } : undefined;
    }
    const found = wbpCitations.find(text, match.start, match.end);
    if (found && /^wbp$/i.test(text.slice(found.start, found.end)) && CITED_NUMBER_BEFORE.test(text.slice(0, found.start))) return undefined;
    return found;
}

/** A sentence that speaks of the Wbp as history ("is ingetrokken", "vervangen door de AVG"). */
const HISTORICAL = compilePattern(WORDING_DATA.context.historical,  'iu', 'wording.json context.historical');
const SENTENCE_END = compilePattern(WORDING_DATA.sentenceEnd, 'gu', 'wording.json sentenceEnd');

/** The sentence of `text` around `[start, end)`. */
function sentenceAround(text: string, start: number, end: number): string {
    let from = 0;
    for (const m of text.matchAll(SENTENCE_END)) {
        const stop = m.index + m[0].length;
        if (stop > start) return text.slice(from, Math.max(stop, end));
        from = stop;
    }
    return text.slice(from);
}

/**
 * DPA-R02: citations of the repealed Wbp (or Directive 95/46/EC) as applicable law; not where
 * the sentence speaks of it as repealed or replaced.
 */
export function checkRepealedLaw(tokens: readonly TextToken[], document: LangiumDocument, report: Reporter, checkTime: () => void = () => {}): void {
    for (const token of tokens) {
        checkTime();
        for (const match of findPatternMatches('DPA-R02', token.text)) {
            if (HISTORICAL.test(sentenceAround(token.text, match.start, match.end))) continue;
            const replacement = token.isString ? wbpReplacement(token.text, match) : undefined;
            const fixes = replacement
                ? [fix(report.lang === 'nl' ? `Vervang door “${replacement.replacement}”` : `Replace with “${replacement.replacement}”`,
                    [replaceInToken(document, token, replacement.start, replacement.end, replacement.replacement)], true)]
                : [];
            report.rule('DPA-R02', { node: token.node, range: rangeOf(document, token, match.start, match.end) }, {}, fixes);
        }
    }
}

export const textModule: CheckModule = {
    name: 'text',
    rules: ['DPA-R01', 'DPA-R02'],
    checks: {
        Agreement: (agreement, { report, document, checkTime }) => {
            const tokens = textTokens(agreement);
            checkPlaceholders(agreement, tokens, document, report, checkTime);
            checkRepealedLaw(tokens, document, report, checkTime);
        }
    }
};
