import { GrammarUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import type { Lang } from '../../i18n/lang.js';
import { LANGUAGE_MESSAGES } from '../../i18n/texts.js';
import { choiceKindOf, conditionalElements, flagValue, isChoiceParameter, listItems, listOptions } from '../../template-choices.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { fix, replaceRange, type Fix } from '../fixes.js';
import { findPatternMatches, findPlaceholders, rangeOf, textTokens } from '../text/index.js';

/** "Mark the agreement as a template": `template ` before the `agreement` keyword. */
function markAsTemplate(agreement: ast.Agreement, lang: Lang): Fix | undefined {
    const keyword = GrammarUtils.findNodeForKeyword(agreement.$cstNode, 'agreement');
    const edit = keyword ? replaceRange({ start: keyword.range.start, end: keyword.range.start }, 'template ') : undefined;
    return fix(LANGUAGE_MESSAGES.text(lang, 'fix.markAsTemplate'), [edit]);
}

/**
 * DPA-R01: unfilled template fields and placeholder text. `{{name}}` must name a declared
 * parameter; in a concrete (non-template) agreement it must have a default value. Placeholder
 * text such as "[klant naam]" or "……" is unfinished in any agreement: filling the template
 * would not replace it. Also the checks `unknown-parameter` and `unused-parameter`.
 */
export function placeholders(agreement: ast.Agreement, context: CheckContext): void {
    const { report, document } = context;
    const parameters = new Map(agreement.parameters.map(p => [p.name, p]));
    const used = new Set<string>();
    let template: Fix | undefined | null = null;
    for (const token of textTokens(agreement)) {
        context.checkTime();
        for (const placeholder of findPlaceholders(token.text)) {
            const range = rangeOf(document, token, placeholder.start, placeholder.end);
            const parameter = parameters.get(placeholder.name);
            used.add(placeholder.name);
            if (!parameter) {
                report.check('unknown-parameter', { node: token.node, range }, { x: placeholder.name });
            } else if (isChoiceParameter(parameter)) {
                report.check('template-choice', { node: token.node, range }, { x: LANGUAGE_MESSAGES.text(context.lang, 'choice.asText', { x: parameter.name }) });
            } else if (!agreement.template && parameter.default === undefined) {
                if (template === null) template = markAsTemplate(agreement, context.lang);
                report.rule('DPA-R01', { node: token.node, range }, { x: placeholder.name }, [template]);
            }
        }
        if (ast.isTemplateParameter(token.node)) continue;
        for (const match of findPatternMatches('DPA-R01', token.text)) {
            report.rule('DPA-R01', { node: token.node, range: rangeOf(document, token, match.start, match.end) }, { x: match.text });
        }
    }
    for (const element of conditionalElements(agreement)) used.add(element.onlyIf?.parameter?.ref?.name ?? '');
    templateChoices(agreement, context);
    for (const parameter of agreement.parameters) {
        if (!used.has(parameter.name)) {
            report.check('unused-parameter', { node: parameter, property: 'name' }, { x: parameter.name });
        }
    }
}

/**
 * The check `template-choice`: a template's choices per customer (template-choices.ts). An `if`
 * names a flag or a list parameter (`if not` only a flag), of the element's kind, in a template
 * agreement; a default is a flag value or names only elements the list can choose.
 */
function templateChoices(agreement: ast.Agreement, context: CheckContext): void {
    const say = (key: 'choice.notChoice' | 'choice.notOnList' | 'choice.wrongKind' | 'choice.notTemplate' | 'choice.defaultFlag' | 'choice.defaultList', x: string, y = '') =>
        ({ x: LANGUAGE_MESSAGES.text(context.lang, key, { x, y }) });
    for (const element of conditionalElements(agreement)) {
        const condition = element.onlyIf!;
        const parameter = condition.parameter?.ref;
        const where = { node: condition, property: 'parameter' } as const;
        if (!agreement.template) context.report.check('template-choice', { node: condition }, say('choice.notTemplate', ''));
        else if (!parameter) continue;
        else if (!isChoiceParameter(parameter)) context.report.check('template-choice', where, say('choice.notChoice', parameter.name));
        else if (parameter.listOf !== undefined && condition.negated) context.report.check('template-choice', where, say('choice.notOnList', parameter.name));
        else if (parameter.listOf !== undefined && parameter.listOf !== choiceKindOf(element)) context.report.check('template-choice', where, say('choice.wrongKind', parameter.name, parameter.listOf));
    }
    for (const parameter of agreement.parameters) {
        if (parameter.default === undefined) continue;
        const where = { node: parameter, property: 'default' } as const;
        if (parameter.flag && flagValue(parameter.default) === undefined) {
            context.report.check('template-choice', where, say('choice.defaultFlag', parameter.name, parameter.default));
        } else if (parameter.listOf !== undefined) {
            const options = listOptions(agreement, parameter);
            const unknown = listItems(parameter.default).filter(item => !options.includes(item));
            if (unknown.length > 0) context.report.check('template-choice', where, say('choice.defaultList', parameter.name, unknown.join('; ')));
        }
    }
}

export const owner: RuleOwner = { name: 'placeholders', rules: ['DPA-R01'] };
