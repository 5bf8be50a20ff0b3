import Handlebars from 'handlebars';
import nlDefinitions from '../templates/nl/definitions.hbs';
import nlRecitals from '../templates/nl/recitals.hbs';
import nlSubject from '../templates/nl/subject.hbs';
import nlLaw from '../templates/nl/law.hbs';
import nlParties from '../templates/nl/parties.hbs';
import nlRetention from '../templates/nl/retention.hbs';
import nlInstructions from '../templates/nl/articles/instructions.hbs';
import nlConfidentiality from '../templates/nl/articles/confidentiality.hbs';
import nlSecurity from '../templates/nl/articles/security.hbs';
import nlSubprocessing from '../templates/nl/articles/subprocessing.hbs';
import nlDataSubjectRequests from '../templates/nl/articles/data-subject-requests.hbs';
import nlAssistance from '../templates/nl/articles/assistance.hbs';
import nlBreach from '../templates/nl/articles/breach.hbs';
import nlTransfers from '../templates/nl/articles/transfers.hbs';
import nlAudit from '../templates/nl/articles/audit.hbs';
import nlLiability from '../templates/nl/articles/liability.hbs';
import nlTermination from '../templates/nl/articles/termination.hbs';
import nlDuration from '../templates/nl/articles/duration.hbs';
import nlAmendments from '../templates/nl/articles/amendments.hbs';
import nlPrecedence from '../templates/nl/articles/precedence.hbs';
import enDefinitions from '../templates/en/definitions.hbs';
import enRecitals from '../templates/en/recitals.hbs';
import enSubject from '../templates/en/subject.hbs';
import enLaw from '../templates/en/law.hbs';
import enParties from '../templates/en/parties.hbs';
import enRetention from '../templates/en/retention.hbs';
import enInstructions from '../templates/en/articles/instructions.hbs';
import enConfidentiality from '../templates/en/articles/confidentiality.hbs';
import enSecurity from '../templates/en/articles/security.hbs';
import enSubprocessing from '../templates/en/articles/subprocessing.hbs';
import enDataSubjectRequests from '../templates/en/articles/data-subject-requests.hbs';
import enAssistance from '../templates/en/articles/assistance.hbs';
import enBreach from '../templates/en/articles/breach.hbs';
import enTransfers from '../templates/en/articles/transfers.hbs';
import enAudit from '../templates/en/articles/audit.hbs';
import enLiability from '../templates/en/articles/liability.hbs';
import enTermination from '../templates/en/articles/termination.hbs';
import enDuration from '../templates/en/articles/duration.hbs';
import enAmendments from '../templates/en/articles/amendments.hbs';
import enPrecedence from '../templates/en/articles/precedence.hbs';
import { joinWords } from './format.js';
import { formatBytes, TEMPLATE_LIMITS } from './template-limits.js';
import type { Lang } from '@dpa/language';
import { termsFor, type Terms } from './terms.js';

/** The built-in templates of each language, by name (`articles/<kind>` for standard clauses). */
const BUILTIN_SOURCES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
    nl: {
        definitions: nlDefinitions, recitals: nlRecitals, subject: nlSubject, law: nlLaw, parties: nlParties, retention: nlRetention,
        'articles/instructions': nlInstructions,
        'articles/confidentiality': nlConfidentiality,
        'articles/security': nlSecurity,
        'articles/subprocessing': nlSubprocessing,
        'articles/data-subject-requests': nlDataSubjectRequests,
        'articles/assistance': nlAssistance,
        'articles/breach': nlBreach,
        'articles/transfers': nlTransfers,
        'articles/audit': nlAudit,
        'articles/liability': nlLiability,
        'articles/termination': nlTermination,
        'articles/duration': nlDuration,
        'articles/amendments': nlAmendments,
        'articles/precedence': nlPrecedence
    },
    en: {
        definitions: enDefinitions, recitals: enRecitals, subject: enSubject, law: enLaw, parties: enParties, retention: enRetention,
        'articles/instructions': enInstructions,
        'articles/confidentiality': enConfidentiality,
        'articles/security': enSecurity,
        'articles/subprocessing': enSubprocessing,
        'articles/data-subject-requests': enDataSubjectRequests,
        'articles/assistance': enAssistance,
        'articles/breach': enBreach,
        'articles/transfers': enTransfers,
        'articles/audit': enAudit,
        'articles/liability': enLiability,
        'articles/termination': enTermination,
        'articles/duration': enDuration,
        'articles/amendments': enAmendments,
        'articles/precedence': enPrecedence
    }
};

/** The names of the built-in templates (the same in every language), e.g. `parties`, `articles/breach`. */
export function builtinTemplateNames(): readonly string[] {
    return Object.keys(BUILTIN_SOURCES.nl);
}

/** The built-in template sources of a language, by name. */
export function builtinTemplateSources(lang: Lang): Readonly<Record<string, string>> {
    return BUILTIN_SOURCES[lang];
}

/**
 * A template that could not be read, compiled or rendered. With a `file` (a firm's template),
 * the message starts `file:line:`; otherwise it names the built-in template.
 */
export class TemplateError extends Error {
    constructor(
        readonly template: string,
        readonly line: number | undefined,
        readonly reason: string,
        readonly file?: string
    ) {
        super(file !== undefined
            ? `${file}${line !== undefined ? `:${line}` : ''}: ${reason}`
            : `Template '${template}'${line !== undefined ? ` line ${line}` : ''}: ${reason}`);
        this.name = 'TemplateError';
    }
}

/** A template's text and, for a firm's template, the file it was read from (for messages). */
export interface TemplateSource {
    readonly source: string;
    readonly file?: string;
}

export interface TemplateEngineOptions {
    /** Templates that replace built-in ones, by built-in name (`articles/breach`). */
    readonly overrides?: Readonly<Record<string, TemplateSource>>;
    /** Partials, usable as `{{> name}}` in every template. */
    readonly partials?: Readonly<Record<string, TemplateSource>>;
    /** Terms replacing the built-in terms of the language (already merged). */
    readonly terms?: Terms;
}

/** Helpers every template may use, besides handlebars' own. */
const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing'];

/** What one agreement's rendering has used so far (see TEMPLATE_LIMITS). */
interface RenderBudget {
    chars: number;
    steps: number;
    nesting: number;
    readonly deadline: number;
}

/** The template or partial being rendered, innermost last: errors name its file. */
interface RenderFrame {
    readonly label: string;
    readonly file: string | undefined;
}

/** A template's partial calls and inline partials, for the static check of cycles. */
interface PartialUse {
    readonly label: string;
    readonly file: string | undefined;
    readonly inline: ReadonlySet<string>;
    readonly calls: readonly PartialCall[];
}

type HelperFunction = (this: unknown, ...args: unknown[]) => unknown;
type InvokePartial = (this: unknown, partial: unknown, context: unknown, options: unknown) => unknown;

/**
 * Compiles and renders the templates of one language: the built-in set, or a firm's templates
 * over it. Built-in templates are compiled once, lazily; overrides and partials eagerly, in the
 * constructor, so that a broken firm template fails when it is loaded. All with `noEscape`:
 * templates produce plain text, and the format renderers escape it.
 *
 * A firm's templates cannot exhaust the process (TEMPLATE_LIMITS): sources are size- and
 * nesting-checked before they are parsed, partials that include themselves (directly or through
 * others) are rejected at load, and rendering counts what it produces at every block, partial and
 * helper boundary and stops with a TemplateError past the limits.
 */
export class TemplateEngine {
    readonly lang: Lang;
    readonly terms: Terms;
    private readonly handlebars = Handlebars.create();
    private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
    private readonly sources: Readonly<Record<string, string>>;
    private readonly overrides: Readonly<Record<string, TemplateSource>>;
    private readonly partialNames: ReadonlySet<string>;
    private readonly partialUses: PartialUse[] = [];
    private budget: RenderBudget | undefined;
    private readonly frames: RenderFrame[] = [];

    constructor(lang: Lang = 'nl', options: TemplateEngineOptions = {}) {
        this.lang = lang;
        this.terms = options.terms ?? termsFor(lang);
        this.sources = BUILTIN_SOURCES[lang];
        this.overrides = options.overrides ?? {};
        const terms = this.terms;
        this.handlebars.registerHelper('join', (items: unknown) => Array.isArray(items) ? joinWords(items.map(String), terms) : '');
        this.guardRendering();

        for (const name of Object.keys(this.overrides)) {
            if (!Object.hasOwn(this.sources, name)) throw new TemplateError(name, undefined, `unknown template '${name}'`, this.overrides[name]!.file);
        }
        const partials = options.partials ?? {};
        this.partialNames = new Set(Object.keys(partials));
        for (const [name, partial] of Object.entries(partials)) {
            const label = `partials/${name}`;
            const template = this.compile(label, partial);
            // A function partial: errors inside it name its own file, not the including template.
            this.handlebars.registerPartial(name, (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
                this.frames.push({ label, file: partial.file });
                try {
                    return template(context, runtime);
                } catch (error) {
                    throw error instanceof TemplateError ? error : templateError(label, error, partial.file);
                } finally {
                    this.frames.pop();
                }
            });
        }
        for (const [name, override] of Object.entries(this.overrides)) this.compiled.set(name, this.compile(name, override));
        rejectPartialCycles(this.partialUses);
    }

    /** True when the template `name` comes from a firm's folder rather than the built-in set. */
    isOverridden(name: string): boolean {
        return Object.hasOwn(this.overrides, name);
    }

    render(name: string, context: object): string {
        let template = this.compiled.get(name);
        if (!template) {
            const source = Object.hasOwn(this.sources, name) ? this.sources[name] : undefined;
            if (source === undefined) throw new TemplateError(name, undefined, 'no such template');
            template = this.compile(name, { source });
            this.compiled.set(name, template);
        }
        const file = this.isOverridden(name) ? this.overrides[name]!.file : undefined;
        const render = template;
        return this.session(() => {
            this.frames.push({ label: name, file });
            try {
                const output = render(context);
                this.spend(output);
                return output;
            } catch (error) {
                throw error instanceof TemplateError ? error : templateError(name, error, file);
            } finally {
                this.frames.pop();
            }
        });
    }

    /**
     * Runs `work` (which renders templates) with one budget for all of it: the limits of
     * TEMPLATE_LIMITS apply to the whole agreement rather than to each template rendered. Nested
     * sessions share the outer budget.
     */
    session<T>(work: () => T): T {
        if (this.budget) return work();
        this.budget = { chars: 0, steps: 0, nesting: 0, deadline: Date.now() + TEMPLATE_LIMITS.maxRenderMs };
        try {
            return work();
        } finally {
            this.budget = undefined;
        }
    }

    /**
     * Counts every block body, partial and helper call of a render (see TEMPLATE_LIMITS): helpers
     * are wrapped so that the bodies they render (`options.fn`, `options.inverse`) are counted, and
     * the environment's partial invocation (used for every partial, inline and dynamic ones too).
     */
    private guardRendering(): void {
        const step = (work: () => unknown) => this.step(work);
        const counted = (fn: unknown): unknown => {
            if (typeof fn !== 'function') return fn;
            const body = fn as HelperFunction;
            return Object.assign(function (this: unknown, ...args: unknown[]): unknown {
                return step(() => body.apply(this, args));
            }, body);
        };
        const helpers = this.handlebars.helpers as Record<string, HelperFunction>;
        for (const [name, helper] of Object.entries(helpers)) {
            helpers[name] = Object.assign(function (this: unknown, ...args: unknown[]): unknown {
                const options = args[args.length - 1];
                if (typeof options === 'object' && options !== null && 'fn' in options) {
                    const o = options as { fn?: unknown; inverse?: unknown };
                    o.fn = counted(o.fn);
                    o.inverse = counted(o.inverse);
                }
                return step(() => helper.apply(this, args));
            }, helper);
        }
        // Handlebars calls `env.VM.invokePartial` for every partial (a documented override point).
        const env = this.handlebars as unknown as { VM: { invokePartial: InvokePartial } };
        const invoke = env.VM.invokePartial;
        env.VM = { ...env.VM, invokePartial(this: unknown, partial, context, options) {
            return step(() => invoke.call(this, partial, context, options));
        } };
    }

    /** Renders one block body, partial or helper call within the budget. */
    private step(work: () => unknown): unknown {
        const budget = this.budget;
        if (!budget) return work();
        const limits = TEMPLATE_LIMITS;
        if (++budget.steps > limits.maxRenderSteps) this.overBudget(`renders more than ${limits.maxRenderSteps.toLocaleString('en')} blocks, partials and helper calls (a loop nested in a loop?)`);
        if ((budget.steps & 1023) === 0 && Date.now() > budget.deadline) this.overBudget(`takes longer than ${limits.maxRenderMs / 1000} s to render`);
        if (++budget.nesting > limits.maxRenderNesting) this.overBudget(`partials and blocks are nested more than ${limits.maxRenderNesting} deep when rendered (a partial that includes itself?)`);
        try {
            const output = work();
            if (typeof output === 'string') this.spend(output);
            return output;
        } finally {
            budget.nesting--;
        }
    }

    private spend(output: string): void {
        const budget = this.budget;
        if (!budget) return;
        budget.chars += output.length;
        if (budget.chars > TEMPLATE_LIMITS.maxOutputChars) {
            this.overBudget(`produces more than ${TEMPLATE_LIMITS.maxOutputChars.toLocaleString('en')} characters of text (a partial or block that repeats its text too often?)`);
        }
    }

    private overBudget(reason: string): never {
        const frame = [...this.frames].reverse().find(f => f.file !== undefined) ?? this.frames[this.frames.length - 1];
        throw new TemplateError(frame?.label ?? '', undefined, reason, frame?.file);
    }

    /**
     * Parses and checks a template (size, nesting, syntax, partials that exist, helpers that exist)
     * and compiles it completely, so that every error surfaces here with its line.
     */
    private compile(name: string, { source, file }: TemplateSource): Handlebars.TemplateDelegate {
        if (source.length > TEMPLATE_LIMITS.maxTemplateBytes) {
            throw new TemplateError(name, undefined, `the template is larger than ${formatBytes(TEMPLATE_LIMITS.maxTemplateBytes)}`, file);
        }
        checkSourceNesting(source, name, file);
        let ast: hbs.AST.Program;
        try {
            ast = this.handlebars.parse(source);
        } catch (error) {
            throw error instanceof RangeError ? tooDeep(name, file, error) : parseError(name, source, error, file);
        }
        checkAstNesting(ast, name, file);
        const use = checkReferences(ast, name, file, new Set([...BUILTIN_HELPERS, ...Object.keys(this.handlebars.helpers)]), this.partialNames);
        this.partialUses.push(use);
        try {
            this.handlebars.precompile(source, { noEscape: true });
            return this.handlebars.compile(source, { noEscape: true });
        } catch (error) {
            throw error instanceof RangeError ? tooDeep(name, file, error) : templateError(name, error, file);
        }
    }
}

/** A stack overflow in handlebars' parser or compiler, in words. */
function tooDeep(name: string, file: string | undefined, error: RangeError): TemplateError {
    return new TemplateError(name, undefined, `the template is nested too deeply to compile (${error.message})`, file);
}

const TOO_DEEP = `blocks are nested more than ${TEMPLATE_LIMITS.maxBlockDepth} deep`;

/**
 * Counts the nesting of blocks in the source, before handlebars parses it (its parser is
 * recursive and slow on deep nesting): `{{#…}}`, `{{^name}}` open, `{{/…}}` closes; comments and
 * `\{{` are skipped. The exact check on the parsed tree follows (checkAstNesting).
 */
function checkSourceNesting(source: string, name: string, file: string | undefined): void {
    let depth = 0;
    for (const m of source.matchAll(/\\\{\{|\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#/]|\^\s*[^\s}~])/g)) {
        if (!m[1]) continue; // escaped (literal text) or a comment
        if (m[1] === '/') depth = Math.max(0, depth - 1);
        else if (++depth > TEMPLATE_LIMITS.maxBlockDepth) throw new TemplateError(name, lineCounter(source)(m.index), TOO_DEEP, file);
    }
}

/**
 * The line of an offset in `text`, for offsets asked in increasing order: counts only the line
 * breaks since the previous question, so a scan over all tags of a large template stays linear.
 */
function lineCounter(text: string): (offset: number) => number {
    let line = 1;
    let position = 0;
    return offset => {
        for (let i = text.indexOf('\n', position); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
        position = Math.max(position, offset);
        return line;
    };
}

/** The nesting of blocks and sub-expressions on the parsed tree, iteratively (no recursion). */
function checkAstNesting(ast: hbs.AST.Program, name: string, file: string | undefined): void {
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
        if (inner > TEMPLATE_LIMITS.maxBlockDepth) throw new TemplateError(name, node.loc?.start.line, `${TOO_DEEP} (blocks and sub-expressions)`, file);
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
function rejectPartialCycles(uses: readonly PartialUse[]): void {
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
                const reason = cycle.length === 1 ? `partial '${next.name}' includes itself: ${names}` : `partials include each other: ${names}`;
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

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** Any handlebars error: its line from `lineNumber` or from "line N" in the message. */
function templateError(name: string, error: unknown, file?: string): TemplateError {
    const message = messageOf(error);
    const lineNumber = (error as { lineNumber?: unknown } | undefined)?.lineNumber;
    const line = typeof lineNumber === 'number' ? lineNumber : Number(/line (\d+)/i.exec(message)?.[1]) || undefined;
    // "if doesn't match each - 2:5": the location is reported separately.
    const reason = (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '');
    return new TemplateError(name, line, reason, file);
}

/**
 * A handlebars parse error ("Parse error on line 4: … Expecting …, got 'EOF'") in words. A block
 * left open at the end of the template is reported at the line that opens it.
 */
function parseError(name: string, source: string, error: unknown, file?: string): TemplateError {
    const message = messageOf(error);
    if (/got 'EOF'/.test(message)) {
        const open = unclosedBlock(source);
        if (open) return new TemplateError(name, open.line, `{{${open.marker}${open.name}}} is not closed: no {{/${open.name}}} before the end of the template`, file);
    }
    const parse = /^(Parse|Lexical) error on line (\d+)/.exec(message);
    if (!parse) return templateError(name, error, file);
    const lines = message.split('\n');
    const detail = parse[1] === 'Parse' ? lines[lines.length - 1] ?? '' : lines.slice(1).join(' ');
    return new TemplateError(name, Number(parse[2]), `${parse[1]!.toLowerCase()} error: ${detail.trim()}`, file);
}

/** The innermost block (`{{#if}}`, `{{^x}}`, `{{#> partial}}`) that is never closed, with its line. */
function unclosedBlock(source: string): { name: string; marker: string; line: number } | undefined {
    // Comments may contain anything; blank them out, keeping the line breaks.
    const text = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, comment => comment.replace(/[^\n]/g, ' '));
    const stack: { name: string; marker: string; line: number }[] = [];
    const lineAt = lineCounter(text);
    for (const m of text.matchAll(/(\\?)\{\{~?\s*([#^/])\s*([>*]?)\s*([^\s}~()]+)/g)) {
        if (m[1]) continue; // \{{ is literal text
        const [, , kind, modifier, name] = m as unknown as [string, string, string, string, string];
        if (kind === '/') {
            if (stack[stack.length - 1]?.name === name) stack.pop();
            continue;
        }
        stack.push({ name, marker: `${kind}${modifier}`, line: lineAt(m.index) });
    }
    return stack[stack.length - 1];
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
function checkReferences(ast: hbs.AST.Program, name: string, file: string | undefined, helpers: ReadonlySet<string>, partials: ReadonlySet<string>): PartialUse {
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
            throw new TemplateError(name, call.line, `unknown partial '${call.name}' — ${known.length ? `known: ${known.join(', ')}` : 'no partials are defined (put them in partials/<name>.hbs)'}`, file);
        }
        if (call.kind === 'helper' && !helpers.has(call.name)) {
            throw new TemplateError(name, call.line, `unknown helper '${call.name}' — known: ${[...helpers].filter(h => !h.endsWith('Missing')).sort().join(', ')}`, file);
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
