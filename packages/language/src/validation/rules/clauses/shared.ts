import { GrammarUtils, type AstNode, type CstNode, type DiagnosticInfo } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { CLAUSES_DATA } from '../../../data/index.js';
import type { PATTERN_LISTS } from '../../../data/schemas.js';
import * as ast from '../../../generated/ast.js';
import type { Lang } from '../../../i18n/lang.js';
import { joinAnd, LANGUAGE_MESSAGES, type TextKey } from '../../../i18n/texts.js';
import type { Severity } from '../../../messages.js';
import { art28Element } from '../../art28.js';
import type { CheckContext } from '../../check-module.js';
import { fix, insertClause, replaceNode, replaceRange, type Fix, type FixEdit } from '../../fixes.js';
import { compilePatterns, type TextMatch } from '../../text/index.js';

// What the clause rules share: the data of clauses.json, durations (from ../../../durations.ts),
// the paragraphs of custom clauses and the quick fixes that insert or replace a standard clause.

type PatternList = typeof PATTERN_LISTS[number];

export const DATA = CLAUSES_DATA;
export const LIMITS = DATA.thresholds;

/** The topics of Art. 32-36 an assistance clause covers, in the order messages list them. */
export const ASSISTANCE_TOPICS = ['security', 'breach', 'dpia', 'prior-consultation'] as const;
export type AssistanceTopic = typeof ASSISTANCE_TOPICS[number];

/** The standard clause that provides an Art. 28(3) element, as in art28.json. */
export function standard(element: ast.Art28Element): string {
    return art28Element(element).clause!;
}

export const PATTERNS = Object.fromEntries(
    Object.entries(DATA.patterns)
        .filter((entry): entry is [PatternList, string[]] => Array.isArray(entry[1]))
        .map(([key, sources]) => [key, compilePatterns(sources, 'giu', `clauses.json patterns.${key}`)])
) as Record<PatternList, RegExp[]>;
/** A message part of the clause rules (`clauses.*` in the language catalogue), with `{x}` filled in. */
export function say(key: TextKey, lang: Lang, x?: string): string {
    return LANGUAGE_MESSAGES.text(lang, key, x === undefined ? {} : { x });
}

export { formatDuration, hoursOf } from '../../../durations.js';

export function cstText(node: AstNode | undefined): string | undefined {
    return node?.$cstNode?.text;
}

export function insertStandard(agreement: ast.Agreement, text: string, lang: Lang): Fix | undefined {
    return fix(say('clauses.addStandardClause', lang, text), [insertClause(agreement, text)], true);
}

export function replaceByStandard(node: AstNode, text: string, title: string): Fix | undefined {
    return fix(title, [replaceNode(node, text)], true);
}

export function propertyNode(node: AstNode, property: string): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property);
}

export function replaceProperty(node: AstNode, property: string, text: string): FixEdit | undefined {
    const cst = propertyNode(node, property);
    return cst ? replaceRange(cst.range, text) : undefined;
}

/** A paragraph (`text "…"`) of a custom clause, with its raw source text and offset. */
export interface Paragraph {
    readonly clause: ast.CustomClause;
    readonly text: string;
    readonly offset: number;
}

export function paragraphsOf(clause: ast.CustomClause): Paragraph[] {
    return GrammarUtils.findNodesForProperty(clause.$cstNode, 'paragraphs').map(cst => ({ clause, text: cst.text.slice(1, -1), offset: cst.offset + 1 }));
}

export function rangeIn(context: CheckContext, paragraph: Paragraph, match: TextMatch): Range {
    const document = context.document.textDocument;
    return { start: document.positionAt(paragraph.offset + match.start), end: document.positionAt(paragraph.offset + match.end) };
}

/** The clauses of an agreement, as the clause rules ask about them; computed once per agreement. */
export interface Clauses {
    readonly customs: readonly ast.CustomClause[];
    readonly paragraphs: readonly Paragraph[];
    has<T extends ast.Clause>(is: (c: unknown) => c is T): boolean;
    /** The node types of all its clauses, standard and custom. */
    readonly types: ReadonlySet<string>;
    covers(element: ast.Art28Element): ast.CustomClause[];
}

const clausesCache = new WeakMap<ast.Agreement, Clauses>();

export function clausesOf(agreement: ast.Agreement): Clauses {
    let found = clausesCache.get(agreement);
    if (!found) {
        const customs = agreement.clauses.filter(ast.isCustomClause);
        // The answers by question: rules ask per paragraph whether the agreement has a kind of clause.
        const kinds = new Map<(c: unknown) => boolean, boolean>();
        const covering = new Map<ast.Art28Element, ast.CustomClause[]>();
        found = {
            customs,
            paragraphs: customs.flatMap(paragraphsOf),
            types: new Set(agreement.clauses.map(c => c.$type)),
            has: is => {
                let answer = kinds.get(is);
                if (answer === undefined) kinds.set(is, (answer = agreement.clauses.some(c => is(c))));
                return answer;
            },
            covers: element => {
                let clauses = covering.get(element);
                if (!clauses) covering.set(element, (clauses = customs.filter(c => c.covers.includes(element))));
                return [...clauses];
            }
        };
        clausesCache.set(agreement, found);
    }
    return found;
}

/** Reports a rule with an optional `{x}`, fixes and a weaker severity. */
export function reportRule<N extends AstNode>(context: CheckContext, rule: string, where: DiagnosticInfo<N>, x?: string, fixes: readonly (Fix | undefined)[] = [], severity?: Severity): void {
    context.report.rule(rule, where, x === undefined ? {} : { x }, fixes, severity ? { severity } : {});
}

/** Reports a rule on a match in a paragraph of a custom clause. */
export function reportText(context: CheckContext, rule: string, paragraph: Paragraph, match: TextMatch, x?: string): void {
    reportRule(context, rule, { node: paragraph.clause, range: rangeIn(context, paragraph, match) }, x);
}

/** "…: a, b and c" for the assistance topics a clause leaves out (DPA-R12). */
export function assistanceGap(missing: readonly AssistanceTopic[], lang: Lang): string {
    return `${LANGUAGE_MESSAGES.text(lang, 'clauses.missingPrefix')}${joinAnd(missing.map(t => LANGUAGE_MESSAGES.text(lang, `clauses.assistanceTopics.${t}`)), lang)}`;
}
