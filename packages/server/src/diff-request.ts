import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken, ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { isLang, type Document, type DpaServices, type Lang } from '@dpa/language';
import { documentAt } from './document-wait.js';
import { SERVER_MESSAGES } from './messages.js';
import { DiffRequest, type DiffParams, type DiffResult } from './protocol.js';

/**
 * "DPA: Compare with…" (issue 14): the change report from another version of a document — a
 * document the server has, or a text the client sends (the last committed version) — to the open
 * document. The other text is parsed on its own, never added to the workspace: it is not linked,
 * validated or published, and the open documents do not see it (the diff reads the models and
 * references by name only). Either side that is not an agreement is a message naming the side and
 * the line of its first error.
 */
export const DIFF_REQUEST_LIMITS = {
    /** Source characters of either version above which the comparison refuses: an explicit command, so the budget of "Generate". */
    maxSourceChars: 2 * 1024 * 1024,
    /** How long the request waits for a document the server has to be parsed after its last edit. */
    waitMs: 5_000
} as const;

/** The URI under which the other version's text is parsed (its extension picks the language; nothing is stored under it). */
const OTHER_TEXT_URI = URI.parse('dpa-compare:/other-version.dpa');

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why the parameters of dpa/diff are malformed, or undefined. */
export function diffParamsProblem(params: unknown): string | undefined {
    if (!isRecord(params)) return 'parameters must be an object';
    if (typeof params.uri !== 'string' || params.uri === '') return "'uri' must be a non-empty string";
    if (params.lang !== undefined && !isLang(params.lang)) return "'lang' must be 'nl' or 'en'";
    const other = params.other;
    if (!isRecord(other)) return "'other' must be an object";
    if ('text' in other) {
        if (typeof other.text !== 'string') return "'other.text' must be a string";
        if (typeof other.label !== 'string' || other.label === '') return "'other.label' must be a non-empty string";
        return undefined;
    }
    if (typeof other.uri !== 'string' || other.uri === '') return "'other' must have a non-empty 'uri', or a 'text' and a 'label'";
    return undefined;
}

/** The last segment of a URI's path, decoded (`file:///a/b%20c.dpa` → `b c.dpa`). */
function baseName(uri: string): string {
    try {
        const path = URI.parse(uri).path;
        return path.slice(path.lastIndexOf('/') + 1) || uri;
    } catch {
        return uri;
    }
}

export function registerDiffRequest(connection: Connection, shared: LangiumSharedCoreServices, dpa: DpaServices): void {

    /** A document the server has, once parsed (at most DIFF_REQUEST_LIMITS.waitMs); undefined when it has none, 'pending' when out of time. */
    const parsed = async (uri: string, token: CancellationToken): Promise<LangiumDocument<Document> | 'pending' | undefined> => {
        let target: URI;
        try {
            target = URI.parse(uri);
        } catch {
            return undefined;
        }
        return documentAt(shared, target, DocumentState.Parsed, DIFF_REQUEST_LIMITS.waitMs, token);
    };

    const tooLarge = (lang: Lang, side: string, size: number): string | undefined => {
        const limit = DIFF_REQUEST_LIMITS.maxSourceChars;
        return size > limit ? SERVER_MESSAGES.text(lang, 'diff.tooLarge', { side, size: Math.ceil(size / 1024), limit: Math.ceil(limit / 1024) }) : undefined;
    };

    connection.onRequest(DiffRequest, async (params: DiffParams, token = CancellationToken.None): Promise<DiffResult | ResponseError> => {
        const problem = diffParamsProblem(params);
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters for ${DiffRequest.method}: ${problem}`);
        const lang: Lang = params.lang ?? dpa.dpa.Settings.language;
        // The diff and the report are loaded on the first comparison, not when the server starts.
        const { agreementOf, changeReport, failure } = await import('./diff-report.js');
        const name = baseName(params.uri);
        const openSide = SERVER_MESSAGES.text(lang, 'diff.side.open', { name });

        const open = await parsed(params.uri, token);
        if (!open) return failure(lang, SERVER_MESSAGES.text(lang, 'document.unknown'));
        if (open === 'pending') return failure(lang, SERVER_MESSAGES.text(lang, 'diff.stillReading', { side: openSide }));
        const after = agreementOf(open, openSide, lang);
        if (typeof after === 'string') return failure(lang, after);
        const openTooLarge = tooLarge(lang, openSide, open.textDocument.getText().length);
        if (openTooLarge) return failure(lang, openTooLarge);

        let otherDocument: LangiumDocument<Document>;
        let label: string;
        if ('text' in params.other) {
            label = params.other.label;
            const side = SERVER_MESSAGES.text(lang, 'diff.side.other', { label });
            const large = tooLarge(lang, side, params.other.text.length);
            if (large) return failure(lang, large);
            otherDocument = shared.workspace.LangiumDocumentFactory.fromString<Document>(params.other.text, OTHER_TEXT_URI);
        } else {
            label = baseName(params.other.uri);
            const side = SERVER_MESSAGES.text(lang, 'diff.side.other', { label });
            const found = await parsed(params.other.uri, token);
            if (!found) return failure(lang, SERVER_MESSAGES.text(lang, 'diff.otherUnknown', { uri: params.other.uri }));
            if (found === 'pending') return failure(lang, SERVER_MESSAGES.text(lang, 'diff.stillReading', { side }));
            const large = tooLarge(lang, side, found.textDocument.getText().length);
            if (large) return failure(lang, large);
            otherDocument = found;
        }
        const before = agreementOf(otherDocument, SERVER_MESSAGES.text(lang, 'diff.side.other', { label }), lang);
        if (typeof before === 'string') return failure(lang, before);

        return changeReport(before, after, lang, label, name, dpa.dpa.Playbooks.forDocument(open.uri));
    });
}
