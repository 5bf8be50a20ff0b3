/**
 * The checks of a template's source and parsed tree before it is compiled: block nesting (on the
 * source, then exactly on the tree), the partials and helpers it refers to, and partials that
 * include themselves (across all templates of an engine).
 */
import { errorText } from '../errors.js';
import { TEMPLATE_LIMITS } from '../template-limits.js';
import { lineCounter, TemplateError } from './errors.js';

/**
 * Counts the nesting of blocks in the source, before handlebars parses it (its parser is
 * recursive and slow on deep nesting): `{{#…}}`, `{{^name}}` open, `{{/…}}` closes; comments and
 * `\{{` are skipped. The exact check on the parsed tree follows (checkAstNesting).
 */
export function checkSourceNesting(source: string, name: string, file: string | undefined): void {
    let depth = 0;
    for (const m of source.matchAll(/\\\{\{|\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#/]|\^\s*[^\s}~])/g)) {
        if (!m[1]) continue; // escaped (literal text) or a comment
        if (m[1] === '/') depth = Math.max(0, depth - 1);
        else if (++depth > TEMPLATE_LIMITS.maxBlockDepth) throw new TemplateError(name, lineCounter(source)(m.index), errorText('error.template.nestedBlocks', { max: TEMPLATE_LIMITS.maxBlockDepth }), file);
    }
}

/** The nesting of blocks and sub-expressions on the parsed tree, iteratively (no recursion). */
export function checkAstNesting(ast: hbs.AST.Program, name: string, file: string | undefined): void {
    const stack: { node: unknown; depth: number }[] = [{ node: ast, depth: 0 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop()!;
        if (Array.isArray(node)) {
            for (const child of node) stack.push({ node: child, depth });
            continue;
        }
        if (!isNode(node)) continue;
        const nests = node.type === 'BlockStatement' || node.type === 'PartialBlockStatement' || node.type === 'DecoratorBlock' || node.type === 'SubExpression';
        const inner = nests ? depth + 1 : depth;
        if (inner > TEMPLATE_LIMITS.maxBlockDepth) throw new TemplateError(name, node.loc?.start.line, errorText('error.template.nestedExpressions', { max: TEMPLATE_LIMITS.maxBlockDepth }), file);
        for (const [key, value] of Object.entries(node)) {
            if (key !== 'loc' && typeof value === 'object' && value !== null) stack.push({ node: value, depth: inner });
        }
    }
}

/**
 * Partials that include themselves, directly (`a → a`) or through others (`a → b → a`), would
 * recurse until the process runs out of stack or memory: rejected when the folder is loaded, at
 * the file and line of the first inclusion of the cycle. Inline partials (`{{#*inline "x"}}`) are
 * nodes of their template; a call resolves to an inline partial of the same template first.
 */
export function rejectPartialCycles(uses: readonly PartialUse[]): void {
    interface Node { readonly id: string; readonly name: string; readonly use: PartialUse; readonly calls: PartialCall[] }
    const nodes = new Map<string, Node>();
    const partialId = (name: string) => `partial:${name}`;
    const inlineId = (use: PartialUse, name: string) => `${use.label}#${name}`;
    for (const use of uses) {
        const partial = /^partials\/(.+)$/.exec(use.label)?.[1];
        const top: Node = { id: partial !== undefined ? partialId(partial) : `template:${use.label}`, name: partial ?? use.label, use, calls: [] };
        nodes.set(top.id, top);
        for (const inline of use.inline) nodes.set(inlineId(use, inline), { id: inlineId(use, inline), name: inline, use, calls: [] });
        for (const call of use.calls) (call.scope !== undefined ? nodes.get(inlineId(use, call.scope)) ?? top : top).calls.push(call);
    }
    const target = (from: Node, call: PartialCall): Node | undefined =>
        from.use.inline.has(call.name) ? nodes.get(inlineId(from.use, call.name)) : nodes.get(partialId(call.name));
    const state = new Map<string, 'active' | 'done'>();
    const path: { node: Node; call?: PartialCall }[] = [];
    const visit = (node: Node): void => {
        state.set(node.id, 'active');
        for (const call of node.calls) {
            const next = target(node, call);
            if (!next) continue;
            path.push({ node, call });
            if (state.get(next.id) === 'active') {
                const cycle = path.slice(path.findIndex(step => step.node.id === next.id));
                const first = cycle[0]!;
                const names = [...cycle.map(step => step.node.name), next.name].join(' → ');
                const reason = cycle.length === 1 ? errorText('error.template.partialIncludesItself', { name: next.name, names }) : errorText('error.template.partialCycle', { names });
                throw new TemplateError(first.node.use.label, first.call!.line, reason, first.node.use.file);
            }
            if (!state.has(next.id)) visit(next);
            path.pop();
        }
        state.set(node.id, 'done');
    };
    // Sorted, so that the same folder always reports the same cycle.
    for (const node of [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
        if (!state.has(node.id)) visit(node);
    }
}

interface AstNode {
    readonly type: string;
    readonly loc?: { readonly start: { readonly line: number } };
    readonly [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Checks what a template refers to: every `{{> partial}}` must exist (or be defined inline), and
 * every helper call (`{{name arg}}`, `{{#name arg}}`, `(name arg)`) must name a known helper.
 */
export function checkReferences(ast: hbs.AST.Program, name: string, file: string | undefined, helpers: ReadonlySet<string>, partials: ReadonlySet<string>): PartialUse {
    const inline = new Set<string>();
    const calls: { kind: 'partial' | 'helper'; name: string; line: number | undefined; scope: string | undefined }[] = [];
    let scope: string | undefined;
    const visit = (node: unknown): void => {
        if (Array.isArray(node)) {
            node.forEach(visit);
            return;
        }
        if (!isNode(node)) return;
        const line = node.loc?.start.line;
        const path = node['path'] ?? node['name'];
        const pathName = isNode(path) && path.type === 'PathExpression' && !path['data'] && (path['parts'] as unknown[]).length === 1 && !/^(this\b|\.)/.test(String(path['original']))
            ? String(path['original'])
            : undefined;
        const params = (node['params'] as unknown[] | undefined) ?? [];
        switch (node.type) {
            case 'PartialStatement': {
                const partial = isNode(path) && path.type === 'StringLiteral' ? String(path['value']) : isNode(path) && path.type === 'PathExpression' ? String(path['original']) : undefined;
                if (partial !== undefined && !partial.startsWith('@')) calls.push({ kind: 'partial', name: partial, line, scope });
                break;
            }
            case 'DecoratorBlock':
                if (isNode(path) && path['original'] === 'inline' && isNode(params[0]) && params[0].type === 'StringLiteral') {
                    // The calls inside an inline partial are its own (for the check of cycles).
                    const inlineName = String(params[0]['value']);
                    inline.add(inlineName);
                    const outer = scope;
                    scope = inlineName;
                    visit(node['program']);
                    scope = outer;
                    return;
                }
                break;
            case 'SubExpression':
                if (pathName !== undefined) calls.push({ kind: 'helper', name: pathName, line, scope });
                break;
            case 'MustacheStatement':
            case 'BlockStatement':
                if (pathName !== undefined && (params.length > 0 || node['hash'])) calls.push({ kind: 'helper', name: pathName, line, scope });
                break;
        }
        for (const [key, value] of Object.entries(node)) {
            if (key !== 'loc' && typeof value === 'object') visit(value);
        }
    };
    visit(ast);
    for (const call of calls) {
        if (call.kind === 'partial' && !partials.has(call.name) && !inline.has(call.name)) {
            const known = [...partials].sort();
            throw new TemplateError(name, call.line, known.length
                ? errorText('error.template.unknownPartial', { name: call.name, known: known.join(', ') })
                : errorText('error.template.unknownPartialNoneDefined', { name: call.name }), file);
        }
        if (call.kind === 'helper' && !helpers.has(call.name)) {
            const known = [...helpers].filter(h => !h.endsWith('Missing')).sort();
            throw new TemplateError(name, call.line, errorText('error.template.unknownHelper', { name: call.name, known: known.join(', ') }), file);
        }
    }
    return { label: name, file, inline, calls: calls.filter(call => call.kind === 'partial') };
}

/** A `{{> name}}` in a template, inside the inline partial `scope` if any. */
interface PartialCall {
    readonly name: string;
    readonly line: number | undefined;
    readonly scope: string | undefined;
}

/** A template's partial calls and inline partials, for the static check of cycles. */
export interface PartialUse {
    readonly label: string;
    readonly file: string | undefined;
    readonly inline: ReadonlySet<string>;
    readonly calls: readonly PartialCall[];
}
