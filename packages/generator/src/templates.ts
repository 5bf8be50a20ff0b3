import Handlebars from 'handlebars';
import type { Lang } from '@dpa/language';
import { joinWords } from './format.js';
import { errorText } from './errors.js';
import { TEMPLATE_LIMITS } from './template-limits.js';
import { termsFor, type Terms } from './terms.js';
import { BUILTIN_SOURCES } from './templates/builtin.js';
import { RenderGuard } from './templates/budget.js';
import { checkAstNesting, checkReferences, checkSourceNesting, rejectPartialCycles, type PartialUse } from './templates/checks.js';
import { parseError, TemplateError, templateError, tooDeep } from './templates/errors.js';

export { builtinTemplateNames, builtinTemplateSources } from './templates/builtin.js';
export { TemplateError } from './templates/errors.js';

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
 *
 * A firm's templates cannot exhaust the process (TEMPLATE_LIMITS): sources are size- and
 * nesting-checked before they are parsed, partials that include themselves (directly or through
 * others) are rejected at load (`templates/checks.ts`), and rendering counts what it produces at
 * every block, partial and helper boundary and stops with a TemplateError past the limits
 * (`templates/budget.ts`). `templates/errors.ts` turns handlebars' errors into TemplateErrors
 * with file and line; `templates/builtin.ts` holds the built-in sources.
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
    private readonly guard: RenderGuard;

    constructor(lang: Lang = 'nl', options: TemplateEngineOptions = {}) {
        this.lang = lang;
        this.terms = options.terms ?? termsFor(lang);
        this.sources = BUILTIN_SOURCES[lang];
        this.overrides = options.overrides ?? {};
        const terms = this.terms;
        this.handlebars.registerHelper('join', (items: unknown) => Array.isArray(items) ? joinWords(items.map(String), terms) : '');
        this.guard = new RenderGuard(this.handlebars);

        for (const name of Object.keys(this.overrides)) {
            if (!Object.hasOwn(this.sources, name)) throw new TemplateError(name, undefined, errorText('error.template.unknownTemplate', { name }), this.overrides[name]!.file);
        }
        const partials = options.partials ?? {};
        this.partialNames = new Set(Object.keys(partials));
        for (const [name, partial] of Object.entries(partials)) {
            const label = `partials/${name}`;
            const template = this.compile(label, partial);
            // A function partial: errors inside it name its own file, not the including template.
            this.handlebars.registerPartial(name, (context: unknown, runtime?: Handlebars.RuntimeOptions) => this.guard.within({ label, file: partial.file }, () => {
                try {
                    return template(context, runtime);
                } catch (error) {
                    throw error instanceof TemplateError ? error : templateError(label, error, partial.file);
                }
            }));
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
            if (source === undefined) throw new TemplateError(name, undefined, errorText('error.template.noSuchTemplate'));
            template = this.compile(name, { source });
            this.compiled.set(name, template);
        }
        const file = this.isOverridden(name) ? this.overrides[name]!.file : undefined;
        const render = template;
        return this.session(() => this.guard.within({ label: name, file }, () => {
            try {
                const output = render(context);
                this.guard.spend(output);
                return output;
            } catch (error) {
                throw error instanceof TemplateError ? error : templateError(name, error, file);
            }
        }));
    }

    /**
     * Runs `work` (which renders templates) with one budget for all of it: the limits of
     * TEMPLATE_LIMITS apply to the whole agreement rather than to each template rendered. Nested
     * sessions share the outer budget.
     */
    session<T>(work: () => T): T {
        return this.guard.session(work);
    }

    /**
     * Parses and checks a template (size, nesting, syntax, partials that exist, helpers that exist)
     * and compiles it completely, so that every error surfaces here with its line.
     */
    private compile(name: string, { source, file }: TemplateSource): Handlebars.TemplateDelegate {
        if (source.length > TEMPLATE_LIMITS.maxTemplateBytes) {
            throw new TemplateError(name, undefined, errorText('error.template.tooLarge', { max: { bytes: TEMPLATE_LIMITS.maxTemplateBytes } }), file);
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
