import { EmptyFileSystem } from 'langium';
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { checkText, createDpaServices, isLang, reviewImport, type DpaServices, type Lang } from '@dpa/language';
import { reviewParts } from '@dpa/generator/portable';
import { SERVER_MESSAGES } from './messages.js';
import { ReviewRequest, type ReviewParams, type ReviewResult } from './protocol.js';

/**
 * "DPA: Review Agreement…" (issue 15): the Art. 28(3) review of a document the client has
 * imported (the importer runs in the client: the companion extension "DPA Import"), as `dpa review`
 * writes it. The text is checked by language services of its own, never in the workspace: it is not
 * published, and neither the open documents nor their diagnostics see it. The user's rule levels
 * (`dpa.rules`) and message language apply, as in the editor.
 */
export const REVIEW_REQUEST_LIMITS = {
    /** Characters of the imported text above which the review refuses: a 25 MB document (the importer's limit) gives far less text than this. */
    maxSourceChars: 8 * 1024 * 1024
} as const;

/**
 * Over the report's own stylesheet (written for a white page) in the editor's panel, which follows
 * the editor's colour theme: quotes and suggestions in the theme's text colour, not dark grey.
 */
const EMBEDDED_CSS = 'body{max-width:none;margin:0}blockquote{color:inherit;opacity:.85}.suggestion{color:inherit;opacity:.85}';

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlacement(value: unknown): boolean {
    if (!isRecord(value) || typeof value.text !== 'string' || !isRecord(value.destination)) return false;
    const destination = value.destination;
    switch (destination.kind) {
        case 'model': return typeof destination.element === 'string';
        case 'prose': return typeof destination.clause === 'string';
        case 'comment': return true;
        default: return false;
    }
}

/** Why the parameters of dpa/review are malformed, or undefined. */
export function reviewParamsProblem(params: unknown): string | undefined {
    if (!isRecord(params)) return 'parameters must be an object';
    if (typeof params.text !== 'string') return "'text' must be a string";
    if (typeof params.source !== 'string' || params.source === '') return "'source' must be a non-empty string";
    if (params.lang !== undefined && !isLang(params.lang)) return "'lang' must be 'nl' or 'en'";
    const trace = params.trace;
    if (!isRecord(trace)) return "'trace' must be an object";
    if (!Array.isArray(trace.placements) || !trace.placements.every(isPlacement)) return "'trace.placements' must be a list of { text, destination }";
    if (!Array.isArray(trace.customClauses) || !trace.customClauses.every(name => typeof name === 'string')) return "'trace.customClauses' must be a list of strings";
    return undefined;
}

export function registerReviewRequest(connection: Connection, dpa: DpaServices): void {
    /** The review's own services, made on the first review (a second parser: about 100 ms, once). */
    let own: DpaServices | undefined;
    let reviews = 0;
    connection.onRequest(ReviewRequest, async (params: ReviewParams, token = CancellationToken.None): Promise<ReviewResult | ResponseError> => {
        const problem = reviewParamsProblem(params);
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters for ${ReviewRequest.method}: ${problem}`);
        const lang: Lang = params.lang ?? dpa.dpa.Settings.language;
        const limit = REVIEW_REQUEST_LIMITS.maxSourceChars;
        if (params.text.length > limit) {
            const message = SERVER_MESSAGES.text(lang, 'review.tooLarge', { source: params.source, size: Math.ceil(params.text.length / 1024), limit: Math.ceil(limit / 1024) });
            return new ResponseError(ErrorCodes.InvalidParams, message);
        }
        own ??= createDpaServices(EmptyFileSystem).Dpa;
        own.dpa.Settings.language = lang;
        own.dpa.Settings.rules = { ...dpa.dpa.Settings.rules };
        const uri = `dpa-review:/review-${++reviews}.dpa`;
        try {
            const checked = await checkText(own, params.text, uri);
            if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The review was cancelled.');
            const review = reviewImport(params.source, checked, params.trace, lang);
            const { title, css, body } = reviewParts(review);
            const count = (status: 'present' | 'weak' | 'missing') => review.elements.filter(e => e.status === status).length;
            return { title, css: `${css}${EMBEDDED_CSS}`, body, counts: { present: count('present'), weak: count('weak'), missing: count('missing'), defects: review.defects.length } };
        } finally {
            // Nothing of a review stays: the next one starts from an empty workspace.
            await own.shared.workspace.DocumentBuilder.update([], [URI.parse(uri)]);
        }
    });
}
