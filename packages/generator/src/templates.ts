import Handlebars from 'handlebars';
import definitions from '../templates/nl/definitions.hbs';
import recitals from '../templates/nl/recitals.hbs';
import subject from '../templates/nl/subject.hbs';
import law from '../templates/nl/law.hbs';
import parties from '../templates/nl/parties.hbs';
import retention from '../templates/nl/retention.hbs';
import instructions from '../templates/nl/articles/instructions.hbs';
import confidentiality from '../templates/nl/articles/confidentiality.hbs';
import security from '../templates/nl/articles/security.hbs';
import subprocessing from '../templates/nl/articles/subprocessing.hbs';
import dataSubjectRequests from '../templates/nl/articles/data-subject-requests.hbs';
import assistance from '../templates/nl/articles/assistance.hbs';
import breach from '../templates/nl/articles/breach.hbs';
import transfers from '../templates/nl/articles/transfers.hbs';
import audit from '../templates/nl/articles/audit.hbs';
import liability from '../templates/nl/articles/liability.hbs';
import termination from '../templates/nl/articles/termination.hbs';
import duration from '../templates/nl/articles/duration.hbs';
import amendments from '../templates/nl/articles/amendments.hbs';
import precedence from '../templates/nl/articles/precedence.hbs';
import { joinWords } from './format.js';
import { termsFor, type AgreementLanguage, type Terms } from './terms.js';

/** The built-in Dutch templates, by name (`articles/<kind>` for standard clauses). */
const NL_SOURCES: Readonly<Record<string, string>> = {
    definitions, recitals, subject, law, parties, retention,
    'articles/instructions': instructions,
    'articles/confidentiality': confidentiality,
    'articles/security': security,
    'articles/subprocessing': subprocessing,
    'articles/data-subject-requests': dataSubjectRequests,
    'articles/assistance': assistance,
    'articles/breach': breach,
    'articles/transfers': transfers,
    'articles/audit': audit,
    'articles/liability': liability,
    'articles/termination': termination,
    'articles/duration': duration,
    'articles/amendments': amendments,
    'articles/precedence': precedence
};

export function builtinTemplateNames(): readonly string[] {
    return Object.keys(NL_SOURCES);
}

/** A template that could not be compiled or rendered, with its name and, where known, line. */
export class TemplateError extends Error {
    constructor(readonly template: string, readonly line: number | undefined, cause: string) {
        super(`Template '${template}'${line !== undefined ? ` line ${line}` : ''}: ${cause}`);
        this.name = 'TemplateError';
    }
}

/**
 * Compiles and renders the templates of one language. Templates are compiled once, lazily, with
 * `noEscape`: they produce plain text, and the format renderers escape it.
 */
export class TemplateEngine {
    readonly terms: Terms;
    private readonly handlebars = Handlebars.create();
    private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

    constructor(lang: AgreementLanguage, private readonly sources: Readonly<Record<string, string>> = NL_SOURCES) {
        this.terms = termsFor(lang);
        const terms = this.terms;
        this.handlebars.registerHelper('join', (items: unknown) => Array.isArray(items) ? joinWords(items.map(String), terms) : '');
    }

    render(name: string, context: object): string {
        let template = this.compiled.get(name);
        if (!template) {
            const source = this.sources[name];
            if (source === undefined) throw new TemplateError(name, undefined, 'no such template');
            try {
                template = this.handlebars.compile(source, { noEscape: true });
                // Compilation is lazy in handlebars; force it so syntax errors surface here.
                template({});
            } catch (error) {
                throw templateError(name, error);
            }
            this.compiled.set(name, template);
        }
        try {
            return template(context);
        } catch (error) {
            throw templateError(name, error);
        }
    }
}

function templateError(name: string, error: unknown): TemplateError {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message)?.[1];
    return new TemplateError(name, line ? Number(line) : undefined, message.split('\n')[0] ?? message);
}
