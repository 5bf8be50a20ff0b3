import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { countryAlias, lookupCountry } from './countries.js';
import type { Document } from './generated/ast.js';
import type { MessageArgs as CatalogueArgs } from './i18n/catalogue.js';
import type { Lang } from './i18n/lang.js';
import { LANGUAGE_MESSAGES, type TextKey } from './i18n/texts.js';
import { choiceValueProblem, isChoiceParameter, isRemoved, shapeTemplate, type TemplateShaping } from './template-choices.js';
import { findPlaceholders } from './validation/text/placeholders.js';

/*
 * Template fields are filled with values, never with source: each value becomes one literal of
 * the kind its place in the grammar expects, checked first.
 *
 *   - inside a STRING (`"… {{name}} …"`, terminal /"(\\.|[^"\\])*"/): `\` and `"` are escaped, so
 *     the value cannot close the string; line breaks and tabs become spaces; control characters,
 *     text-direction overrides, lone surrogates and `{{…}}` are refused;
 *   - in place of a date (rule DateValue: DATE | PLACEHOLDER): an ISO date YYYY-MM-DD that exists;
 *   - in place of a country (rule CountryCode: ID | PLACEHOLDER): an ISO 3166-1 code the product knows;
 *   - a party's `kvk "{{name}}"`: eight digits.
 *
 * As a second line of defence, `structureDifference` compares the filled document with the
 * template: the same AST nodes and the same number of tokens, or the fill is refused.
 */

/** Where a template field stands, which decides what its value must be. */
export type FieldSlot = 'text' | 'date' | 'country' | 'kvk';

/** One occurrence of `{{name}}` in a template. */
export interface FieldUse {
    readonly name: string;
    readonly slot: FieldSlot;
    /** Offset of the `{{` in the template text. */
    readonly offset: number;
    /** Length of `{{name}}` as written (spaces inside the braces allowed). */
    readonly length: number;
}

/** Limits and character classes of field values: the one table to change them. */
export const FIELD_VALUE_RULES = {
    /** A value longer than this is refused (a name, a date, an address line: never this long). */
    maxLength: 10_000,
    /** Shown of a value quoted in a message. */
    quotedLength: 60,
    /** C0 controls except tab, LF, CR; DEL; C1 controls. */
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    control: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/,
    /** Bidirectional embeddings, overrides and isolates: text that reads differently than it is stored. */
    bidi: /[\u202A-\u202E\u2066-\u2069]/,
    /** A UTF-16 surrogate without its pair: not a character. */
    loneSurrogate: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    /** Inside a string these become a space. */
    lineBreak: /\r\n|[\r\n\t\u2028\u2029]/g,
    placeholder: /\{\{\s*[_a-zA-Z]\w*\s*\}\}/,
    date: /^\d{4}-\d{2}-\d{2}$/,
    kvk: /^\d{8}$/
} as const;

/** The datatype rules a PLACEHOLDER may stand in, and the slot each gives. */
const VALUE_RULES: Readonly<Record<string, FieldSlot>> = { DateValue: 'date', CountryCode: 'country' };

function quote(value: string): string {
    const max = FIELD_VALUE_RULES.quotedLength;
    return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** The problems a field value can have: the catalogue's `fieldValue.*` messages. */
type FieldProblem = { [K in TextKey]: K extends `fieldValue.${infer P}` ? P : never }[TextKey];

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function isRealDate(value: string): boolean {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * What is wrong with `value` for a field standing in `slot`, in the message language; undefined
 * when the value fits. Every slot is text first (length, control characters, Unicode).
 */
export function fieldValueProblem(slot: FieldSlot, value: string, lang: Lang = 'en'): string | undefined {
    const say = (key: FieldProblem, args?: CatalogueArgs) => LANGUAGE_MESSAGES.text(lang, `fieldValue.${key}`, args);
    const rules = FIELD_VALUE_RULES;
    if (value.length > rules.maxLength) return say('tooLong', { n: value.length, max: rules.maxLength });
    const control = rules.control.exec(value);
    if (control) return say('control', { c: codePoint(control[0]) });
    const bidi = rules.bidi.exec(value);
    if (bidi) return say('bidi', { c: codePoint(bidi[0]) });
    if (rules.loneSurrogate.test(value)) return say('loneSurrogate');
    const placeholder = rules.placeholder.exec(value);
    if (placeholder) return say('placeholder', { p: placeholder[0] });
    switch (slot) {
        case 'text':
            return undefined;
        case 'kvk':
            return rules.kvk.test(value) ? undefined : say('kvk', { v: quote(value) });
        case 'date':
            if (!rules.date.test(value)) return say('dateFormat', { v: quote(value) });
            return isRealDate(value) ? undefined : say('noSuchDate', { v: quote(value) });
        case 'country': {
            if (/^[A-Z]{2}$/.test(value) && lookupCountry(value)) return undefined;
            const alias = countryAlias(value.toUpperCase());
            if (alias) return say('countryAlias', { v: quote(value), code: alias });
            if (/^[a-zA-Z]{2}$/.test(value) && lookupCountry(value.toUpperCase())) return say('countryCase', { v: value, code: value.toUpperCase() });
            return say('countryUnknown', { v: quote(value) });
        }
    }
}

/** The source text of a value that fits its slot (see `fieldValueProblem`). */
export function fieldLiteral(slot: FieldSlot, value: string): string {
    return slot === 'date' || slot === 'country' ? value : value.replace(FIELD_VALUE_RULES.lineBreak, ' ').replace(/[\\"]/g, '\\$&');
}

/** A value that does not fit where its field stands; `instantiateTemplate` refuses it. */
export class TemplateValueError extends Error {
    constructor(readonly field: string, readonly reason: string) {
        super(`${field}: ${reason}`);
    }
}

/** The slot of a PLACEHOLDER or STRING leaf, from the grammar rule and property it belongs to. */
function slotOf(leaf: LeafCstNode, wholeString: boolean): FieldSlot {
    if (leaf.tokenType.name === 'PLACEHOLDER') {
        const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
        return (rule && VALUE_RULES[rule.name]) ?? 'text';
    }
    return wholeString && GrammarUtils.findAssignment(leaf)?.feature === 'kvk' ? 'kvk' : 'text';
}

/**
 * What filling needs of a template, the same for every row: its field uses and where its
 * `template` keyword is. Kept per parsed document (a new parse is a new root), so a batch reads
 * the template's tokens once, not once per row.
 */
interface TemplateFacts {
    readonly uses: readonly FieldUse[];
    readonly keyword?: { readonly start: number; readonly end: number };
}
const FACTS = new WeakMap<Document, TemplateFacts>();

function templateFacts(document: LangiumDocument<Document>): TemplateFacts {
    const root = document.parseResult.value;
    let facts = FACTS.get(root);
    if (!facts) {
        const keyword = root.$cstNode && CstUtils.streamCst(root.$cstNode).find(cst => isLeafCstNode(cst) && !cst.hidden && cst.tokenType.name === 'template');
        facts = { uses: Object.freeze(readFieldUses(document)), ...(keyword ? { keyword: { start: keyword.offset, end: keyword.end } } : {}) };
        FACTS.set(root, facts);
    }
    return facts;
}

/** Every `{{name}}` of a template, in text order, with the slot it stands in. */
export function templateFieldUses(document: LangiumDocument<Document>): FieldUse[] {
    return [...templateFacts(document).uses];
}

function readFieldUses(document: LangiumDocument<Document>): FieldUse[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const uses: FieldUse[] = [];
    for (const cst of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(cst) || cst.hidden) continue;
        const type = cst.tokenType.name;
        if (type !== 'STRING' && type !== 'PLACEHOLDER') continue;
        const found = findPlaceholders(cst.text);
        const whole = type === 'STRING' && found.length === 1 && found[0]!.start === 1 && found[0]!.end === cst.text.length - 1;
        for (const p of found) uses.push({ name: p.name, slot: slotOf(cst, whole), offset: cst.offset + p.start, length: p.text.length });
    }
    return uses;
}

/**
 * The source text of a concrete agreement made from a template: every `{{field}}` that has a
 * value is replaced by a literal of its slot and the `template` keyword is removed, so that the
 * result is validated like any agreement, and a field left without a value is reported (DPA-R01)
 * instead of slipping into the document. Throws `TemplateValueError` (in `lang`) for the first
 * value that does not fit its slot.
 */
export function instantiateTemplate(document: LangiumDocument<Document>, values: Readonly<Record<string, string>>, lang: Lang = 'en', shaping?: TemplateShaping): string {
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    if (!root) return text;
    const agreement = document.parseResult.value.agreement;
    for (const parameter of agreement?.parameters ?? []) {
        if (!isChoiceParameter(parameter) || !Object.hasOwn(values, parameter.name)) continue;
        const problem = choiceValueProblem(agreement!, parameter, values[parameter.name]!, lang);
        if (problem !== undefined) throw new TemplateValueError(parameter.name, problem);
    }
    // The customer's choices first: the elements left out, with their references (template-choices.ts).
    // `shaping`, when given, is `templateShaping(document, values)`, computed once by a caller that needs it too.
    shaping ??= shapeTemplate(document.parseResult.value, text, values);
    const edits: { start: number; end: number; text: string }[] = [...shaping.edits];
    const facts = templateFacts(document);
    if (facts.keyword) edits.push({ ...facts.keyword, text: '' });
    for (const use of facts.uses) {
        if (!Object.hasOwn(values, use.name)) continue;
        if (shaping.edits.some(edit => use.offset >= edit.start && use.offset < edit.end)) continue;
        const value = values[use.name]!;
        const problem = fieldValueProblem(use.slot, value, lang);
        if (problem !== undefined) throw new TemplateValueError(use.name, problem);
        edits.push({ start: use.offset, end: use.offset + use.length, text: fieldLiteral(use.slot, value) });
    }
    let result = '';
    let position = 0;
    for (const edit of edits.sort((a, b) => a.start - b.start)) {
        result += text.slice(position, edit.start) + edit.text;
        position = edit.end;
    }
    return result + text.slice(position);
}

/** The choices of one customer (`values`) applied to a template: what filling removes. */
export function templateShaping(document: LangiumDocument<Document>, values: Readonly<Record<string, string>>): TemplateShaping {
    return shapeTemplate(document.parseResult.value, document.textDocument.getText(), values);
}

function shape(root: AstNode, without?: ReadonlySet<AstNode>): { types: string[]; tokens: number } {
    const types = AstUtils.streamAst(root)
        .filter(node => !without || !isRemoved(node, without))
        .map(node => node.$type).toArray();
    let tokens = 0;
    if (root.$cstNode) {
        for (const cst of CstUtils.streamCst(root.$cstNode)) {
            if (isLeafCstNode(cst) && !cst.hidden && cst.tokenType.name !== 'template') tokens++;
        }
    }
    return { types, tokens };
}

/**
 * How a filled document's structure differs from its template's (undefined when it does not):
 * filling replaces literals only, so both have the same AST nodes in the same order and the
 * same number of tokens (the `template` keyword aside), once the customer's choices have left
 * out what they leave out (`shaping`, from `templateShaping`).
 */
export function structureDifference(template: Document, filled: Document, shaping?: TemplateShaping): string | undefined {
    const a = shape(template, shaping?.removed);
    if (shaping) a.tokens -= shaping.removedTokens;
    const b = shape(filled);
    const index = a.types.findIndex((type, i) => type !== b.types[i]);
    if (index >= 0 || a.types.length !== b.types.length) {
        const at = index >= 0 ? index : Math.min(a.types.length, b.types.length);
        return `the filled agreement has ${b.types[at] ?? 'nothing'} where the template has ${a.types[at] ?? 'nothing'} (node ${at + 1})`;
    }
    if (a.tokens !== b.tokens) return `the filled agreement has ${b.tokens} tokens, the template ${a.tokens}`;
    return undefined;
}
