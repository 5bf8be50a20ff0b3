import { GrammarUtils, type AstNode } from 'langium';
import * as ast from './generated/ast.js';
import type { Agreement } from './generated/ast.js';
import type { Lang } from './i18n/lang.js';
import { clauseKeyword } from './references.js';
import { ART28_ELEMENTS, providedElements, shortfalls } from './validation/art28.js';
import { isFixData } from './validation/fixes.js';
import type { CheckedAgreement } from './workspace.js';

/**
 * `dpa review`: an agreement (imported from a document, or any) judged against Art. 28(3) AVG. Per element of the
 * checklist (art28.json): present, weak or missing, with the source's own sentences that carry
 * it; the defects the validator found, with their rule, article and the wording it suggests; and
 * what could not be judged (the text the importer kept as prose to review). The review is data:
 * the generator's `renderReview` writes it as Markdown or HTML, the CLI as JSON.
 */
export interface Review {
    /** The imported document, as the user named it. */
    readonly source: string;
    readonly lang: Lang;
    readonly elements: readonly ReviewedElement[];
    readonly defects: readonly ReviewDefect[];
    /** Parts of the source the importer did not recognise, by the title of the custom clause that holds them. */
    readonly unjudged: readonly string[];
}

export type ElementStatus = 'present' | 'weak' | 'missing';

export interface ReviewedElement {
    readonly id: string;
    /** "Art. 28(3)(c)" / "art. 28 lid 3 sub c". */
    readonly article: string;
    readonly label: string;
    readonly status: ElementStatus;
    /** Why weak or missing: the validator's message for the element's rule, when it gave one. */
    readonly finding?: string;
    /** The source's sentences that carry the element (for present and weak). */
    readonly quotes: readonly string[];
}

export interface ReviewDefect {
    readonly code: string;
    readonly severity: 'error' | 'warning';
    /** The validator's message, its legal basis included. */
    readonly message: string;
    /** 1-based line in the imported `.dpa`. */
    readonly line: number;
    /** The wording the validator suggests (its quick fixes' titles). */
    readonly suggestions: readonly string[];
}

/** What the review needs of an import: where each piece of the source went (the importer's `ImportFacts`). */
export interface ImportTrace {
    readonly placements: readonly {
        readonly text: string;
        readonly destination: { readonly kind: 'model'; readonly element: string } | { readonly kind: 'prose'; readonly clause: string } | { readonly kind: 'comment' };
    }[];
    readonly customClauses: readonly string[];
}

type Diagnostic = CheckedAgreement['diagnostics'][number];

/** A diagnostic's message as text (LSP 3.18 allows Markdown content). */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

/** A diagnostic the review reports as a defect: a rule of the catalogue (DPA-R..), as an error or a warning. */
export function isReviewDefect(d: Diagnostic): d is Diagnostic & { severity: 1 | 2 } {
    return (d.severity === 1 || d.severity === 2) && /^DPA-R\d+$/.test(String(d.code));
}

/** The review of `checked` (the imported text, validated), with the import's `trace`. */
export function reviewImport(source: string, checked: CheckedAgreement, trace: ImportTrace, lang: Lang): Review {
    const agreement = checked.agreement;
    const diagnostics = checked.diagnostics;
    const provided = agreement ? providedElements(agreement) : new Map<string, AstNode>();
    const short = agreement ? shortfalls(agreement) : new Map();
    const elements = ART28_ELEMENTS.map((element): ReviewedElement => {
        const node = provided.get(element.id);
        // A standard clause of the element that withholds a part of it or falls short (`instructions
        // without …`, an audit of reports only), or a custom clause read as falling short: weak.
        const deficient = node ? undefined : agreement?.clauses.find(c => element.provider.includes(c.$type)) ?? (short.get(element.id)?.clause as AstNode | undefined);
        // The element's own finding: its rule's diagnostic on the clause that carries it, or, when
        // nothing carries it, on the agreement itself ("Missing: …"). Several elements share a rule
        // (the description of the processing, DPA-R18): a diagnostic elsewhere is not theirs.
        const at = node && node !== agreement ? node : deficient;
        const finding = diagnostics.find(d => d.code === element.rule && isReviewDefect(d)
            && (at ? within(d, at) : agreement !== undefined && onName(d, agreement)));
        const status: ElementStatus = node ? (finding && at ? 'weak' : 'present') : deficient ? 'weak' : 'missing';
        const quotes = quotesOf(node ?? deficient, agreement, trace);
        return {
            id: element.id,
            article: lang === 'nl' ? element.articleNl : `Art. ${element.article}`,
            label: element.label[lang],
            status,
            ...(status !== 'present' && finding ? { finding: messageOf(finding) } : {}),
            quotes: status === 'missing' ? [] : quotes
        };
    });
    const defects = diagnostics
        .filter(isReviewDefect)
        .map((d): ReviewDefect => ({
            code: String(d.code),
            severity: d.severity === 1 ? 'error' : 'warning',
            message: messageOf(d),
            line: d.range.start.line + 1,
            suggestions: isFixData(d.data) ? d.data.fixes.map(fix => fix.title) : []
        }));
    // The custom clauses by their titles, the source's own headings (their names are the importer's).
    const titles = new Map((agreement?.clauses ?? []).filter(ast.isCustomClause).map(c => [c.name, c.title]));
    return { source, lang, elements, defects, unjudged: trace.customClauses.map(name => titles.get(name) ?? name) };
}

/** Whether a diagnostic lies within a node's text. */
function within(d: Diagnostic, node: AstNode): boolean {
    const range = node.$cstNode?.range;
    if (!range) return false;
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(range.start, d.range.start) && before(d.range.end, range.end);
}

/** Whether a diagnostic is on the agreement's name: a finding about the agreement as a whole ("Missing: …"). */
function onName(d: Diagnostic, agreement: Agreement): boolean {
    const name = agreement.$cstNode ? GrammarUtils.findNodeForProperty(agreement.$cstNode, 'name')?.range : undefined;
    return name !== undefined && d.range.start.line === name.start.line && d.range.start.character === name.start.character;
}

/** The source sentences that went into a node: a custom clause's prose, or a standard clause's model element. */
function quotesOf(node: AstNode | undefined, agreement: Agreement | undefined, trace: ImportTrace): string[] {
    if (!node || !agreement || node.$container !== agreement || node.$containerProperty !== 'clauses') return [];
    const clause = node as Agreement['clauses'][number];
    const keyword = clauseKeyword(clause);
    return trace.placements
        .filter(p => (clause.$type === 'CustomClause'
            ? p.destination.kind === 'prose' && p.destination.clause === keyword
            : p.destination.kind === 'model' && p.destination.element === `clause:${keyword}`))
        .map(p => p.text.trim())
        .filter((text, i, all) => text !== '' && all.indexOf(text) === i);
}
