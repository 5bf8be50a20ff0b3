/**
 * The JSON Schema of the YAML baseline, derived from the .dpa grammar itself (so it has the same
 * structure and cannot drift from it): one definition per AST type, with the properties the
 * grammar assigns, `required` where the grammar makes an assignment mandatory, booleans for `?=`,
 * arrays for `+=`, enums for keywords, patterns for the terminals (ID, DATE, MONTH, placeholders,
 * days of the year) and the data type rules built from them (country codes, dates, measure kinds,
 * durations' units), integers for INT, and no other properties. A rule that is a choice between
 * types (Clause) becomes a `oneOf` with a `type` discriminator. Cross-references become id strings;
 * the grammar's references are returned too, so that the baseline can check that they resolve
 * (references.ts), as the linker does.
 */
import { GrammarAST, GrammarUtils, type Grammar } from 'langium';

export type JsonSchema = { readonly [key: string]: unknown };

/** Where a property of a type holds nodes (`Processing.staff` → StaffOperations) or references. */
export interface TypeLinks {
    /** Property → the type of the nodes it contains (a union: its members, read from `type`). */
    readonly children: ReadonlyMap<string, string>;
    /** Property → the type a cross-reference in it must name. */
    readonly references: ReadonlyMap<string, string>;
}

export interface DerivedSchema {
    readonly schema: JsonSchema;
    /** Type name → its links; every object type of the grammar has an entry. */
    readonly links: ReadonlyMap<string, TypeLinks>;
    /** Union type name → its member types (the values of a member's `type` property). */
    readonly unions: ReadonlyMap<string, readonly string[]>;
    /** The types whose nodes carry a `type` property (TAG) in the YAML (members of a union). */
    readonly tagged: ReadonlySet<string>;
    /** The entry type (the document). */
    readonly entry: string;
}

/** The property that says which type a member of a union is (`type: InstructionsClause`). */
export const TAG = 'type';

interface Property {
    schema: JsonSchema;
    required: boolean;
}

/** `text` as a literal in a regular expression (ajv compiles patterns with the `u` flag: no needless escapes). */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A union rule: `Clause: InstructionsClause | … ;`, alternatives of rule calls and nothing else. */
function unionMembers(rule: GrammarAST.ParserRule): string[] | undefined {
    const elements = GrammarAST.isAlternatives(rule.definition) ? rule.definition.elements : [rule.definition];
    const members: string[] = [];
    for (const element of elements) {
        if (!GrammarAST.isRuleCall(element) || element.cardinality !== undefined) return undefined;
        const called = element.rule.ref;
        if (!GrammarAST.isParserRule(called) || GrammarUtils.isDataTypeRule(called)) return undefined;
        members.push(GrammarUtils.getRuleTypeName(called));
    }
    return members;
}

/** The values a data type rule (or a terminal) accepts: `undefined` for any string, else regex alternatives. */
function valuePatterns(rule: GrammarAST.AbstractRule, seen: Set<GrammarAST.AbstractRule> = new Set()): string[] | undefined {
    if (GrammarAST.isTerminalRule(rule)) {
        return rule.name === 'STRING' ? undefined : [GrammarUtils.terminalRegex(rule).source];
    }
    if (seen.has(rule)) throw new Error(`recursive data type rule ${rule.name}`);
    seen.add(rule);
    const patterns: string[] = [];
    const alternatives = GrammarAST.isParserRule(rule) && GrammarAST.isAlternatives(rule.definition) ? rule.definition.elements : [(rule as GrammarAST.ParserRule).definition];
    for (const element of alternatives) {
        if (GrammarAST.isKeyword(element)) {
            patterns.push(escape(element.value));
        } else if (GrammarAST.isRuleCall(element) && element.rule.ref) {
            const inner = valuePatterns(element.rule.ref, seen);
            if (inner === undefined) return undefined;
            patterns.push(...inner);
        } else {
            throw new Error(`data type rule ${rule.name}: only keywords and rule calls are supported, found ${element.$type}`);
        }
    }
    return patterns;
}

function stringSchema(rule: GrammarAST.AbstractRule): JsonSchema {
    if (GrammarAST.isTerminalRule(rule) && rule.name === 'INT') return { type: 'integer', minimum: 0 };
    const patterns = valuePatterns(rule);
    return patterns === undefined ? { type: 'string' } : { type: 'string', pattern: `^(?:${patterns.join('|')})$` };
}

/** Derives the schema and the links of every type from `grammar` (merged with its imports). */
export function deriveSchema(grammar: Grammar): DerivedSchema {
    const definitions: Record<string, JsonSchema> = {};
    const links = new Map<string, TypeLinks>();
    const unions = new Map<string, readonly string[]>();
    const parserRules = grammar.rules.filter(GrammarAST.isParserRule).filter(rule => !GrammarUtils.isDataTypeRule(rule));
    for (const rule of parserRules) {
        const members = unionMembers(rule);
        if (members) unions.set(GrammarUtils.getRuleTypeName(rule), members);
    }
    const tagged = new Set([...unions.values()].flat());

    for (const rule of parserRules) {
        const type = GrammarUtils.getRuleTypeName(rule);
        const members = unions.get(type);
        if (members) {
            definitions[type] = {
                type: 'object',
                properties: { [TAG]: { enum: members } },
                required: [TAG],
                discriminator: { propertyName: TAG },
                oneOf: members.map(member => ({ $ref: `#/definitions/${member}` }))
            };
            continue;
        }
        if (rule.fragment) throw new Error(`fragment rules are not supported (${rule.name})`);
        const properties = new Map<string, Property[]>();
        const children = new Map<string, string>();
        const references = new Map<string, string>();
        const add = (feature: string, property: Property) => properties.set(feature, [...(properties.get(feature) ?? []), property]);

        const visit = (element: GrammarAST.AbstractElement, optional: boolean): void => {
            const here = optional || GrammarUtils.isOptionalCardinality(element.cardinality, element);
            if (GrammarAST.isAssignment(element)) {
                const schema = assigned(type, element, children, references);
                const required = !here && element.operator !== '?=';
                add(element.feature, { schema: required && schema['type'] === 'array' ? { ...schema, minItems: 1 } : schema, required });
            } else if (GrammarAST.isAlternatives(element)) {
                for (const inner of element.elements) visit(inner, here || element.elements.length > 1);
            } else if (GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) {
                for (const inner of element.elements) visit(inner, here);
            } else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)) {
                throw new Error(`unassigned rule call in ${rule.name}`);
            }
            // Keywords and actions outside assignments hold no value.
        };
        visit(rule.definition, false);

        if (tagged.has(type) && properties.has(TAG)) throw new Error(`${type} has a property '${TAG}', the tag of a union member`);
        const schemaProperties: Record<string, JsonSchema> = tagged.has(type) ? { [TAG]: { const: type } } : {};
        const required: string[] = tagged.has(type) ? [TAG] : [];
        for (const [feature, occurrences] of properties) {
            const distinct = [...new Map(occurrences.map(o => [JSON.stringify(o.schema), o.schema])).values()];
            schemaProperties[feature] = distinct.length === 1 ? distinct[0]! : { anyOf: distinct };
            if (occurrences.some(o => o.required)) required.push(feature);
        }
        definitions[type] = { type: 'object', properties: schemaProperties, required, additionalProperties: false };
        links.set(type, { children, references });
    }

    const entryRule = GrammarUtils.getEntryRule(grammar);
    if (!entryRule) throw new Error('the grammar has no entry rule');
    const entry = GrammarUtils.getRuleTypeName(entryRule);
    return { schema: { $ref: `#/definitions/${entry}`, definitions }, links, unions, tagged, entry };
}

/** The schema of one assignment's value; records the children and references of `owner`. */
function assigned(owner: string, assignment: GrammarAST.Assignment, children: Map<string, string>, references: Map<string, string>): JsonSchema {
    const array = GrammarUtils.isArrayOperator(assignment.operator);
    if (assignment.operator === '?=') return { type: 'boolean' };
    let item: JsonSchema;
    const terminal = assignment.terminal;
    if (GrammarAST.isKeyword(terminal)) {
        item = { const: terminal.value };
    } else if (GrammarAST.isAlternatives(terminal) && terminal.elements.every(GrammarAST.isKeyword)) {
        item = { enum: terminal.elements.map(keyword => (keyword as GrammarAST.Keyword).value) };
    } else if (GrammarAST.isCrossReference(terminal)) {
        const target = terminal.type.ref;
        if (!target) throw new Error(`unresolved cross-reference type in ${owner}.${assignment.feature}`);
        references.set(assignment.feature, GrammarUtils.getTypeName(target));
        const called = GrammarAST.isRuleCall(terminal.terminal) ? terminal.terminal.rule.ref : undefined;
        item = called ? stringSchema(called) : { type: 'string' };
    } else if (GrammarAST.isRuleCall(terminal) && terminal.rule.ref) {
        const called = terminal.rule.ref;
        if (GrammarAST.isParserRule(called) && !GrammarUtils.isDataTypeRule(called)) {
            const type = GrammarUtils.getRuleTypeName(called);
            children.set(assignment.feature, type);
            item = { $ref: `#/definitions/${type}` };
        } else {
            item = stringSchema(called);
        }
    } else {
        throw new Error(`unsupported assignment ${owner}.${assignment.feature} (${terminal.$type})`);
    }
    return array ? { type: 'array', items: item } : item;
}
