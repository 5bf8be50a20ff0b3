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
import { termsFor, type AgreementLanguage, type Terms } from './terms.js';

/** The built-in templates of each language, by name (`articles/<kind>` for standard clauses). */
const BUILTIN_SOURCES: Readonly<Record<AgreementLanguage, Readonly<Record<string, string>>>> = {
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
export function builtinTemplateSources(lang: AgreementLanguage): Readonly<Record<string, string>> {
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

/**
 * Compiles and renders the templates of one language: the built-in set, or a firm's templates
 * over it. Built-in templates are compiled once, lazily; overrides and partials eagerly, in the
 * constructor, so that a broken firm template fails when it is loaded. All with `noEscape`:
 * templates produce plain text, and the format renderers escape it.
 */
export class TemplateEngine {
    readonly lang: AgreementLanguage;
    readonly terms: Terms;
    private readonly handlebars = Handlebars.create();
    private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
    private readonly sources: Readonly<Record<string, string>>;
    private readonly overrides: Readonly<Record<string, TemplateSource>>;
    private readonly partialNames: ReadonlySet<string>;

    constructor(lang: AgreementLanguage = 'nl', options: TemplateEngineOptions = {}) {
        this.lang = lang;
        this.terms = options.terms ?? termsFor(lang);
        this.sources = BUILTIN_SOURCES[lang];
        this.overrides = options.overrides ?? {};
        const terms = this.terms;
        this.handlebars.registerHelper('join', (items: unknown) => Array.isArray(items) ? joinWords(items.map(String), terms) : '');

        for (const name of Object.keys(this.overrides)) {
            if (!Object.hasOwn(this.sources, name)) throw new TemplateError(name, undefined, `unknown template '${name}'`, this.overrides[name]!.file);
        }
        const partials = options.partials ?? {};
        this.partialNames = new Set(Object.keys(partials));
        for (const [name, partial] of Object.entries(partials)) {
            const template = this.compile(`partials/${name}`, partial);
            const label = `partials/${name}`;
            // A function partial: errors inside it name its own file, not the including template.
            this.handlebars.registerPartial(name, (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
                try {
                    return template(context, runtime);
                } catch (error) {
                    throw error instanceof TemplateError ? error : templateError(label, error, partial.file);
                }
            });
        }
        for (const [name, override] of Object.entries(this.overrides)) this.compiled.set(name, this.compile(name, override));
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
        try {
            return template(context);
        } catch (error) {
            throw error instanceof TemplateError ? error : templateError(name, error, this.isOverridden(name) ? this.overrides[name]!.file : undefined);
        }
    }

    /**
     * Parses and checks a template (syntax, partials that exist, helpers that exist) and compiles
     * it completely, so that every error surfaces here with its line.
     */
    private compile(name: string, { source, file }: TemplateSource): Handlebars.TemplateDelegate {
        let ast: hbs.AST.Program;
        try {
            ast = this.handlebars.parse(source);
        } catch (error) {
            throw parseError(name, source, error, file);
        }
        checkReferences(ast, name, file, new Set([...BUILTIN_HELPERS, ...Object.keys(this.handlebars.helpers)]), this.partialNames);
        try {
            this.handlebars.precompile(source, { noEscape: true });
            return this.handlebars.compile(source, { noEscape: true });
        } catch (error) {
            throw templateError(name, error, file);
        }
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
    for (const m of text.matchAll(/(\\?)\{\{~?\s*([#^/])\s*([>*]?)\s*([^\s}~()]+)/g)) {
        if (m[1]) continue; // \{{ is literal text
        const [, , kind, modifier, name] = m as unknown as [string, string, string, string, string];
        if (kind === '/') {
            if (stack[stack.length - 1]?.name === name) stack.pop();
            continue;
        }
        const line = text.slice(0, m.index).split('\n').length;
        stack.push({ name, marker: `${kind}${modifier}`, line });
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
function checkReferences(ast: hbs.AST.Program, name: string, file: string | undefined, helpers: ReadonlySet<string>, partials: ReadonlySet<string>): void {
    const inline = new Set<string>();
    const calls: { kind: 'partial' | 'helper'; name: string; line: number | undefined }[] = [];
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
                if (partial !== undefined && !partial.startsWith('@')) calls.push({ kind: 'partial', name: partial, line });
                break;
            }
            case 'DecoratorBlock':
                if (isNode(path) && path['original'] === 'inline' && isNode(params[0]) && params[0].type === 'StringLiteral') inline.add(String(params[0]['value']));
                break;
            case 'SubExpression':
                if (pathName !== undefined) calls.push({ kind: 'helper', name: pathName, line });
                break;
            case 'MustacheStatement':
            case 'BlockStatement':
                if (pathName !== undefined && (params.length > 0 || node['hash'])) calls.push({ kind: 'helper', name: pathName, line });
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
}
