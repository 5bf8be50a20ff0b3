/**
 * What each rule reads, for docs/rules.md, derived from the code and the data rather than written
 * by hand, so that it stays true as rules are added:
 *
 * - the kinds of text it reads: the prose table (`PROSE_CHECKS`: a check and the kinds of text it
 *   is run on) for the rules its check reports; every kind for a rule reported in a loop over
 *   every string of the document (`textTokens`, unfiltered); and the kinds of the strings the
 *   rule's own diagnostics point into on its fixtures and on the examples (examples/, examples/real/:
 *   rules that read text outside the table);
 * - the `covers` elements it checks: the element whose absence it reports (art28.json, through
 *   `ART28_ELEMENTS`), and the elements a custom clause's `covers` is tested for on the way to one
 *   of its reports in the sources of validation/ (read with the TypeScript compiler).
 *
 * A covers test is a call on a clause's `covers` (`clause.covers.includes('audit')`,
 * `covers.some(c => LIST.includes(c))`), the clause index's `covers('audit')`, or
 * `clauseAbout(clause, ['audit'], …)`. It counts for a report when it guards it: in the condition
 * of an `if` or `?:` around it, on the left of `&&`/`||` before it, in an earlier `if (…) return`
 * of an enclosing block, in the collection a loop around it walks — directly, through a local
 * constant, or in a function of the same file that calls the reporting one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ART28_ELEMENTS, PROSE_CHECKS, textKindOf, textTokens, type TextKind } from '../packages/language/src/index.js';
import { check } from '../test/helpers.js';
import { loadFixtures, withoutMarkers } from '../test/language/rule-fixtures.js';

export interface RuleReading {
    /** The kinds of text the rule reads, in the order of `TEXT_KINDS`. */
    readonly kinds: readonly TextKind[];
    /** The Art. 28(3) elements whose `covers` the rule checks, in the order of art28.json. */
    readonly covers: readonly string[];
    /** The elements whose absence the rule reports (a custom clause that covers one provides it). */
    readonly absence: readonly string[];
}

/** The kinds of text, in the order the documentation lists them, with their names. */
export const TEXT_KINDS: readonly (readonly [TextKind, string])[] = [
    ['paragraph', 'custom clause text'],
    ['title', 'clause titles'],
    ['measure', 'measure descriptions'],
    ['prose', 'other prose'],
    ['identity', 'names and identifiers']
];

const REPORTERS = new Set(['rule', 'reportRule', 'reportText']);
const RULE_ID = /^DPA-R\d\d$/;
const ELEMENTS: ReadonlySet<string> = new Set(ART28_ELEMENTS.map(e => e.id));
/** Among the guards of a report: it is inside a loop over every string of the document. */
const EVERY_STRING = '*every-string*';

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return sourceFiles(path);
        return name.endsWith('.ts') ? [path] : [];
    });
}

type FunctionNode = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

/** One source file: its top-level functions and its top-level constants. */
interface SourceInfo {
    readonly functions: Map<string, FunctionNode>;
    readonly constants: Map<string, ts.Expression>;
}

function readSource(path: string): SourceInfo {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const functions = new Map<string, FunctionNode>();
    const constants = new Map<string, ts.Expression>();
    for (const statement of file.statements) {
        if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) functions.set(statement.name.text, statement);
        if (!ts.isVariableStatement(statement)) continue;
        for (const d of statement.declarationList.declarations) {
            if (!ts.isIdentifier(d.name) || !d.initializer) continue;
            const init = d.initializer;
            if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) functions.set(d.name.text, init);
            else constants.set(d.name.text, init);
        }
    }
    return { functions, constants };
}

function calleeName(call: ts.CallExpression): string | undefined {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return callee.text;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    return undefined;
}

/** Whether a call tests a clause's `covers`. */
function isCoversTest(call: ts.CallExpression): boolean {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return callee.text === 'clauseAbout';
    if (!ts.isPropertyAccessExpression(callee)) return false;
    return callee.name.text === 'covers' || /\bcovers\b/.test(callee.expression.getText());
}

/** The local constants of a function: name → initializer. */
function localConstants(fn: FunctionNode): Map<string, ts.Expression> {
    const found = new Map<string, ts.Expression>();
    const visit = (node: ts.Node): void => {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) found.set(node.name.text, node.initializer);
        ts.forEachChild(node, visit);
    };
    if (fn.body) visit(fn.body);
    return found;
}

class CoversReader {
    private readonly reports = new Map<FunctionNode, Map<string, Set<string>>>();
    private readonly active = new Set<FunctionNode>();

    constructor(private readonly source: SourceInfo) {}

    /** The elements the covers tests inside `node` name: in string literals, or in constants they use. */
    private elementsIn(node: ts.Node, locals: Map<string, ts.Expression>, seen = new Set<string>()): Set<string> {
        const found = new Set<string>();
        const literals = (n: ts.Node): void => {
            if (ts.isStringLiteralLike(n) && ELEMENTS.has(n.text)) found.add(n.text);
            if (ts.isIdentifier(n) && !seen.has(n.text)) {
                const constant = this.source.constants.get(n.text);
                if (constant) {
                    seen.add(n.text);
                    literals(constant);
                }
            }
            ts.forEachChild(n, literals);
        };
        const visit = (n: ts.Node): void => {
            if (ts.isCallExpression(n) && isCoversTest(n)) literals(n);
            else if (ts.isIdentifier(n) && !seen.has(n.text) && locals.has(n.text)) {
                seen.add(n.text);
                for (const e of this.elementsIn(locals.get(n.text)!, locals, seen)) found.add(e);
            }
            ts.forEachChild(n, visit);
        };
        visit(node);
        return found;
    }

    /** The covers tests that guard `node` inside the body of `fn`. */
    private guards(node: ts.Node, fn: FunctionNode, locals: Map<string, ts.Expression>): Set<string> {
        const found = new Set<string>();
        const add = (n: ts.Node) => this.elementsIn(n, locals).forEach(e => found.add(e));
        let child: ts.Node = node;
        for (let parent = node.parent; parent && child !== fn; child = parent, parent = parent.parent) {
            if (ts.isIfStatement(parent) && child !== parent.expression) add(parent.expression);
            else if (ts.isConditionalExpression(parent) && child !== parent.condition) add(parent.condition);
            else if (ts.isBinaryExpression(parent) && child === parent.right
                && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken].includes(parent.operatorToken.kind)) add(parent.left);
            else if ((ts.isForOfStatement(parent) || ts.isForInStatement(parent)) && child === parent.statement) {
                add(parent.expression);
                // A loop over every string of the document (unfiltered) reads every kind of text.
                if (ts.isCallExpression(parent.expression) && calleeName(parent.expression) === 'textTokens') found.add(EVERY_STRING);
            }
            else if (ts.isBlock(parent)) {
                for (const statement of parent.statements) {
                    if (statement === child) break;
                    if (ts.isIfStatement(statement) && exits(statement.thenStatement)) add(statement.expression);
                }
            }
        }
        return found;
    }

    /** The rules `fn` reports, directly or through functions of its file, each with the covers tests that guard it. */
    reportsOf(fn: FunctionNode): Map<string, Set<string>> {
        const known = this.reports.get(fn);
        if (known) return known;
        const result = new Map<string, Set<string>>();
        if (this.active.has(fn)) return result;
        this.active.add(fn);
        const locals = localConstants(fn);
        const note = (rule: string, guards: Iterable<string>) => {
            const set = result.get(rule) ?? new Set<string>();
            for (const g of guards) set.add(g);
            result.set(rule, set);
        };
        const visit = (node: ts.Node): void => {
            if (ts.isCallExpression(node) && REPORTERS.has(calleeName(node) ?? '')) {
                const id = node.arguments.find(ts.isStringLiteral)?.text;
                if (id && RULE_ID.test(id)) note(id, this.guards(node, fn, locals));
            }
            if (ts.isIdentifier(node) && !ts.isFunctionDeclaration(node.parent) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
                const callee = this.source.functions.get(node.text);
                if (callee && callee !== fn) {
                    const here = this.guards(node, fn, locals);
                    for (const [rule, guards] of this.reportsOf(callee)) note(rule, [...guards, ...here]);
                }
            }
            ts.forEachChild(node, visit);
        };
        if (fn.body) visit(fn.body);
        this.active.delete(fn);
        this.reports.set(fn, result);
        return result;
    }
}

/** Whether a statement always leaves the enclosing block (an early `return`, `continue`, `throw`). */
function exits(statement: ts.Statement): boolean {
    if (ts.isReturnStatement(statement) || ts.isContinueStatement(statement) || ts.isThrowStatement(statement)) return true;
    return ts.isBlock(statement) && statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1]!);
}

/** Every top-level function of the validator's sources, by name (names of checks are unique), with the rules it reports. */
function reportingFunctions(validation: string): Map<string, Map<string, Set<string>>> {
    const byName = new Map<string, Map<string, Set<string>>>();
    for (const path of sourceFiles(validation)) {
        const source = readSource(path);
        const reader = new CoversReader(source);
        for (const [name, fn] of source.functions) {
            const reports = reader.reportsOf(fn);
            if (reports.size === 0) continue;
            const merged = byName.get(name) ?? new Map<string, Set<string>>();
            for (const [rule, guards] of reports) merged.set(rule, new Set([...(merged.get(rule) ?? []), ...guards]));
            byName.set(name, merged);
        }
    }
    return byName;
}

/** The agreements of examples/ and examples/real/, whose diagnostics are judged in their tests. */
function exampleTexts(examples: string | undefined): string[] {
    if (!examples) return [];
    const folders = [examples, join(examples, 'real')].filter(dir => existsSync(dir));
    return folders.flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.dpa')).sort().map(f => readFileSync(join(dir, f), 'utf8')));
}

/** The kinds of the strings the diagnostics of each rule point into, over the firing fixtures and the examples. */
async function observedKinds(fixtures: string, examples: string | undefined): Promise<Map<string, Set<TextKind>>> {
    const kinds = new Map<string, Set<TextKind>>();
    const texts = [...loadFixtures(fixtures).filter(f => !f.quiet).map(f => withoutMarkers(f.text)), ...exampleTexts(examples)];
    for (const text of texts) {
        const result = await check(text);
        if (!result.agreement) continue;
        const tokens = textTokens(result.agreement);
        const lines = text.split('\n');
        const offset = (line: number, character: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
        for (const d of result.diagnostics) {
            const rule = String(d.code ?? '');
            if (!RULE_ID.test(rule)) continue;
            const at = offset(d.range.start.line, d.range.start.character);
            const token = tokens.find(t => t.isString && at >= t.offset && at < t.offset + Math.max(t.text.length, 1));
            const kind = token ? textKindOf(token) : 'none';
            if (kind === 'none') continue;
            kinds.set(rule, (kinds.get(rule) ?? new Set()).add(kind));
        }
    }
    return kinds;
}

/**
 * What each rule reads; `validation` is the validator's source folder, `fixtures` the rule
 * fixtures, `examples` the examples folder (with `real/`).
 */
export async function ruleReadings(validation: string, fixtures: string, examples?: string): Promise<Map<string, RuleReading>> {
    const functions = reportingFunctions(validation);
    const kinds = await observedKinds(fixtures, examples);
    for (const entry of PROSE_CHECKS) {
        for (const rule of functions.get(entry.check.name)?.keys() ?? []) {
            const set = kinds.get(rule) ?? new Set<TextKind>();
            entry.reads.forEach(k => set.add(k));
            kinds.set(rule, set);
        }
    }
    const covers = new Map<string, Set<string>>();
    for (const reports of functions.values()) {
        for (const [rule, guards] of reports) {
            covers.set(rule, new Set([...(covers.get(rule) ?? []), ...guards]));
            if (guards.has(EVERY_STRING)) kinds.set(rule, new Set(TEXT_KINDS.map(([k]) => k)));
        }
    }
    const rules = new Set([...kinds.keys(), ...covers.keys(), ...ART28_ELEMENTS.map(e => e.rule)]);
    const order = ART28_ELEMENTS.map(e => e.id);
    return new Map([...rules].map(rule => [rule, {
        kinds: TEXT_KINDS.map(([k]) => k).filter(k => kinds.get(rule)?.has(k)),
        covers: order.filter(e => covers.get(rule)?.has(e)),
        absence: ART28_ELEMENTS.filter(e => e.rule === rule).map(e => e.id)
    }]));
}
