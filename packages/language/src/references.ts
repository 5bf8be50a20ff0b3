import * as ast from './generated/ast.js';

// Cross-references by name in the agreement's prose: `{{ref Audit}}` (a custom clause by its
// name), `{{ref audit}}` (a standard clause by its keyword), `{{ref annex-measures}}` (an annex),
// `{{ref definitions}}`. The generator writes the article or annex number the target has in the
// generated agreement, so a reference never goes stale when clauses move; DPA-R48 reports a
// name that is no article or annex, and a clause that refers to itself.

/** The articles the generator puts before the clauses: definitions, subject. */
export const ARTICLES_BEFORE_CLAUSES = 2;
/**
 * The annexes the generator produces: processing, measures, sub-processors, and the parties'
 * contacts (which a record of an existing agreement has only when its parties named any).
 */
export const ANNEX_NAMES = ['annex-processing', 'annex-measures', 'annex-subprocessors', 'annex-contacts'] as const;
/** The articles the generator always writes, by name: before the clauses, and the last one. */
const FIXED_ARTICLES = ['definitions', 'subject'] as const;
const LAST_ARTICLE = 'law';

/** A reference `{{ref name}}` in a text. */
export interface ReferenceMatch {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly name: string;
}

/** What a reference names: an article of the generated agreement (a clause's, or a fixed one) or an annex. */
export type ReferenceTarget =
    | { readonly kind: 'article'; readonly number: number; readonly clause?: ast.Clause }
    | { readonly kind: 'annex'; readonly number: number };

const REFERENCE = /\{\{\s*ref\s+([A-Za-z_][\w-]*)\s*\}\}/g;

/** The references `{{ref name}}` of a text. */
export function findReferences(text: string): ReferenceMatch[] {
    return [...text.matchAll(REFERENCE)].map(m => ({ start: m.index, end: m.index + m[0].length, text: m[0], name: m[1]! }));
}

/** The keyword of a standard clause (`audit`, `data-subject-requests`); a custom clause has its name. */
export function clauseKeyword(clause: ast.Clause): string {
    return ast.isCustomClause(clause) ? clause.name : clause.$type.replace(/Clause$/, '').replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
}

/** The article number the generator gives a clause: definitions, subject, then the clauses in source order, then law. */
export function articleNumber(agreement: ast.Agreement, clause: ast.Clause): number {
    const index = agreement.clauses.indexOf(clause);
    return index === -1 ? 0 : index + ARTICLES_BEFORE_CLAUSES + 1;
}

/**
 * The article or annex a name refers to: a custom clause by its name, a standard clause by its
 * keyword (when the agreement has exactly one of that kind), a fixed article or an annex.
 */
export function resolveReference(agreement: ast.Agreement, name: string): ReferenceTarget | undefined {
    const custom = agreement.clauses.find(c => ast.isCustomClause(c) && c.name === name);
    if (custom) return { kind: 'article', number: articleNumber(agreement, custom), clause: custom };
    const standard = agreement.clauses.filter(c => !ast.isCustomClause(c) && clauseKeyword(c) === name);
    if (standard.length === 1) return { kind: 'article', number: articleNumber(agreement, standard[0]!), clause: standard[0]! };
    const fixed = (FIXED_ARTICLES as readonly string[]).indexOf(name);
    if (fixed >= 0) return { kind: 'article', number: fixed + 1 };
    if (name === LAST_ARTICLE) return { kind: 'article', number: agreement.clauses.length + ARTICLES_BEFORE_CLAUSES + 1 };
    const annex = (ANNEX_NAMES as readonly string[]).indexOf(name);
    return annex >= 0 ? { kind: 'annex', number: annex + 1 } : undefined;
}

/** The name `{{ref …}}` takes for an article number or an annex number, when one name is unambiguous. */
export function referenceName(agreement: ast.Agreement, target: { readonly kind: 'article' | 'annex'; readonly number: number }): string | undefined {
    if (target.kind === 'annex') return ANNEX_NAMES[target.number - 1];
    const clause = agreement.clauses[target.number - ARTICLES_BEFORE_CLAUSES - 1];
    if (clause) {
        const name = clauseKeyword(clause);
        return resolveReference(agreement, name)?.number === target.number ? name : undefined;
    }
    if (target.number >= 1 && target.number <= ARTICLES_BEFORE_CLAUSES) return FIXED_ARTICLES[target.number - 1];
    return target.number === agreement.clauses.length + ARTICLES_BEFORE_CLAUSES + 1 ? LAST_ARTICLE : undefined;
}

/** Every name a reference may take in this agreement, for completion. */
export function referenceNames(agreement: ast.Agreement): string[] {
    const names = agreement.clauses.map(clauseKeyword).filter(name => resolveReference(agreement, name) !== undefined);
    return [...new Set([...names, ...FIXED_ARTICLES, LAST_ARTICLE, ...ANNEX_NAMES])];
}

/** Replaces every `{{ref name}}` that resolves by `render(target)`; an unknown name stays as written. */
export function fillReferences(text: string, agreement: ast.Agreement, render: (target: ReferenceTarget, at: number) => string): string {
    return text.replace(REFERENCE, (whole, name: string, at: number) => {
        const target = resolveReference(agreement, name);
        return target ? render(target, at) : whole;
    });
}
