import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode, type Reference } from 'langium';
import * as ast from './generated/ast.js';
import type { Lang } from './i18n/lang.js';
import { LANGUAGE_MESSAGES } from './i18n/texts.js';

/*
 * Choices per customer in a template: a `flag` parameter (ticked or not) or a `list of …`
 * parameter (the elements the customer chooses, by name). An element of the template (a data
 * category, a data subject category, a measure, a processing activity) with `if <parameter>` is
 * part of a customer's agreement only when its condition holds:
 *
 *   - `if medical` with a flag: the flag is ticked; `if not medical`: it is not;
 *   - `if categories` with a list: the customer's list names this element.
 *
 * Filling a template leaves out the elements whose condition fails, every reference to them
 * (`data Address, Medical` becomes `data Address`; a list left empty is removed with its
 * keyword), the conditions themselves and the choice parameters, so the filled agreement is an
 * ordinary one that the validator and the generator see as the customer's own. Only names
 * already in the template are written: no value of a row ever becomes source text.
 *
 * How a value is written (a CSV cell, a JSON string, a default): a flag is `yes`/`no` (also
 * `ja`/`nee`, `true`/`false`, `x`, `1`/`0`; empty is `no`); a list is the names of the chosen
 * elements separated by `;` (`Address; Financial`; empty chooses none).
 */

const FLAG_WORDS: Readonly<Record<string, boolean>> = {
    yes: true, ja: true, true: true, x: true, '1': true,
    no: false, nee: false, false: false, '0': false, '': false
};

/** The value of a flag, or undefined when the text is not one. */
export function flagValue(text: string): boolean | undefined {
    return FLAG_WORDS[text.trim().toLowerCase()];
}

/** The names of a list value: `;`-separated, trimmed, empty items ignored. */
export function listItems(text: string): string[] {
    return text.split(';').map(item => item.trim()).filter(item => item !== '');
}

/** Whether a parameter is a choice (flag or list) rather than a text field. */
export function isChoiceParameter(parameter: ast.TemplateParameter): boolean {
    return parameter.flag || parameter.listOf !== undefined;
}

/** An element that can be left out by its condition. */
export type ChoosableElement = ast.DataCategory | ast.SubjectCategory | ast.Measure | ast.Processing;

/** The kind of element (`data`, `subject`, …) as a list parameter names it. */
export function choiceKindOf(element: ChoosableElement): string {
    if (ast.isDataCategory(element)) return 'data';
    if (ast.isSubjectCategory(element)) return 'subject';
    if (ast.isMeasure(element)) return 'measure';
    return 'processing';
}

/** Every element of the agreement that has an `if` condition. */
export function conditionalElements(agreement: ast.Agreement): ChoosableElement[] {
    const all: ChoosableElement[] = [...agreement.dataCategories, ...agreement.subjectCategories, ...agreement.measures, ...agreement.processings];
    return all.filter(element => element.onlyIf !== undefined);
}

/** The names a list parameter may choose: the elements whose condition names it. */
export function listOptions(agreement: ast.Agreement, parameter: ast.TemplateParameter): string[] {
    return conditionalElements(agreement).filter(e => e.onlyIf?.parameter?.ref === parameter).map(e => e.name);
}

/**
 * What is wrong with the value of a choice parameter, in the message language; undefined when
 * it fits (text parameters are checked by `fieldValueProblem`).
 */
export function choiceValueProblem(agreement: ast.Agreement, parameter: ast.TemplateParameter, value: string, lang: Lang = 'en'): string | undefined {
    if (parameter.flag) {
        return flagValue(value) === undefined ? LANGUAGE_MESSAGES.text(lang, 'fieldValue.flag', { v: value.slice(0, 60) }) : undefined;
    }
    if (parameter.listOf === undefined) return undefined;
    const options = listOptions(agreement, parameter);
    const unknown = listItems(value).filter(item => !options.includes(item));
    if (unknown.length === 0) return undefined;
    return LANGUAGE_MESSAGES.text(lang, 'fieldValue.listUnknown', {
        v: unknown.map(item => `'${item.slice(0, 60)}'`).join(', '),
        options: options.length > 0 ? options.join('; ') : '—'
    });
}

/** The value of a parameter for one customer: the given value, else its default, else empty. */
function valueOf(parameter: ast.TemplateParameter, values: Readonly<Record<string, string>>): string {
    return Object.hasOwn(values, parameter.name) ? values[parameter.name]! : parameter.default ?? '';
}

/** Whether an element is part of the customer's agreement. */
export function conditionHolds(element: ChoosableElement, values: Readonly<Record<string, string>>): boolean {
    const condition = element.onlyIf;
    const parameter = condition?.parameter?.ref;
    if (!condition || !parameter) return true;
    const value = valueOf(parameter, values);
    if (parameter.flag) return (flagValue(value) ?? false) !== condition.negated;
    if (parameter.listOf !== undefined) return !condition.negated && listItems(value).includes(element.name);
    return true;
}

/** A change of the template text: the span from `start` to `end` becomes `text`. */
export interface TextEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** How filling the choices changes the template: the edits, and the nodes and tokens it removes. */
export interface TemplateShaping {
    readonly edits: readonly TextEdit[];
    /** AST nodes of the template that are not in the filled agreement (their descendants neither). */
    readonly removed: ReadonlySet<AstNode>;
    /** How many tokens fewer the filled agreement has. */
    readonly removedTokens: number;
}

function tokens(node: CstNode): LeafCstNode[] {
    return CstUtils.streamCst(node).filter((cst): cst is LeafCstNode => isLeafCstNode(cst) && !cst.hidden).toArray();
}

/** Whether a node, or one of its containers, is in `removed`. */
export function isRemoved(node: AstNode, removed: ReadonlySet<AstNode>): boolean {
    for (let at: AstNode | undefined = node; at; at = at.$container) if (removed.has(at)) return true;
    return false;
}

/** Removing a span keeps its line breaks, so line numbers of the rest stay the template's. */
function blank(text: string, start: number, end: number): TextEdit {
    return { start, end, text: text.slice(start, end).replace(/[^\r\n]/g, '') };
}

/**
 * The edits that make the customer's agreement out of a template: every element whose `if`
 * condition fails is removed, with every reference to it; the conditions of the others and the
 * choice parameters are removed. `values` are the row's values (a missing one: the default).
 */
export function shapeTemplate(document: ast.Document, text: string, values: Readonly<Record<string, string>>): TemplateShaping {
    const agreement = document.agreement;
    const edits: TextEdit[] = [];
    const removed = new Set<AstNode>();
    let removedTokens = 0;
    if (!agreement) return { edits, removed, removedTokens };
    const remove = (node: AstNode) => {
        if (!node.$cstNode) return;
        removed.add(node);
        removedTokens += tokens(node.$cstNode).length;
        edits.push(blank(text, node.$cstNode.offset, node.$cstNode.end));
    };
    const dropped = new Set<AstNode>();
    for (const element of conditionalElements(agreement)) {
        if (conditionHolds(element, values)) remove(element.onlyIf!);
        else {
            dropped.add(element);
            remove(element);
        }
    }
    for (const parameter of agreement.parameters) if (isChoiceParameter(parameter)) remove(parameter);
    if (dropped.size === 0) return { edits, removed, removedTokens };

    const inside = (node: AstNode) => isRemoved(node, removed);
    // References to a dropped element, grouped by the list (container and property) they are in.
    const lists = new Map<AstNode, Map<string, Reference[]>>();
    for (const node of AstUtils.streamAst(agreement)) {
        if (inside(node)) continue;
        for (const info of AstUtils.streamReferences(node)) {
            const byProperty = lists.get(info.container) ?? new Map<string, Reference[]>();
            lists.set(info.container, byProperty);
            const refs = byProperty.get(info.property) ?? [];
            refs.push(info.reference as Reference);
            byProperty.set(info.property, refs);
        }
    }
    for (const [container, byProperty] of lists) {
        if (!container.$cstNode) continue;
        const leaves = tokens(container.$cstNode);
        for (const refs of byProperty.values()) {
            if (!refs.some(r => r.ref !== undefined && dropped.has(r.ref))) continue;
            // Runs: references separated by one comma each (`data A, B, C`); a property may have several.
            const runs: Reference[][] = [];
            let last = -1;
            for (const ref of refs) {
                const at = leaves.findIndex(leaf => leaf.offset === ref.$refNode?.offset);
                if (at < 0) continue;
                if (runs.length > 0 && at === last + 2 && leaves[last + 1]!.text === ',') runs[runs.length - 1]!.push(ref);
                else runs.push([ref]);
                last = at;
            }
            for (const run of runs) {
                const kept = run.filter(r => !(r.ref !== undefined && dropped.has(r.ref)));
                if (kept.length === run.length) continue;
                const first = run[0]!.$refNode!;
                const end = run[run.length - 1]!.$refNode!.end;
                if (kept.length > 0) {
                    edits.push({ start: first.offset, end, text: kept.map(r => r.$refText).join(', ') });
                    removedTokens += (run.length - kept.length) * 2;
                } else if (ast.isPartRetention(container)) {
                    remove(container);
                } else {
                    // The list's keyword goes with it (`data`, `subjects`, `protects`, `via`).
                    const keyword = leaves[leaves.findIndex(leaf => leaf.offset === first.offset) - 1];
                    const start = keyword?.offset ?? first.offset;
                    edits.push(blank(text, start, end));
                    removedTokens += run.length * 2 - 1 + (keyword ? 1 : 0);
                }
            }
        }
    }
    return { edits, removed, removedTokens };
}
