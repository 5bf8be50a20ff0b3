import { DocumentState, isOperationCancelled, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { DpaServices } from './dpa-module.js';
import type { Agreement, Document } from './generated/ast.js';
import { errorText, isFullyChecked, reasonText, validationFailed } from './validation/incomplete.js';

/** A parsed, linked and validated `.dpa` document. */
export interface CheckedAgreement {
    readonly document: LangiumDocument<Document>;
    /** Undefined when the text is too broken to yield an agreement. */
    readonly agreement: Agreement | undefined;
    /**
     * Sorted by position. Never empty for a document whose validation did not complete: then it
     * holds a `validation-failed` error (or, past the size or time budget, `validation-skipped`).
     */
    readonly diagnostics: readonly Diagnostic[];
    /** False when some checks did not run on the document: it must not be generated as final. */
    readonly fullyChecked: boolean;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * The result of a document. A document whose validation did not run to the end (the build threw
 * before it, or left it before the Validated state, without diagnostics) is never reported as
 * clean: it gets a `validation-failed` error, with the build's exception if there was one.
 */
function checked(services: DpaServices, document: LangiumDocument<Document>, failure?: unknown): CheckedAgreement {
    const diagnostics = [...(document.diagnostics ?? [])];
    const validated = document.diagnostics !== undefined && document.state >= DocumentState.Validated;
    if (!validated) {
        const lang = services.dpa.Settings.language;
        const x = failure !== undefined ? reasonText('validator', lang, { error: errorText(failure) }) : reasonText('notValidated', lang);
        diagnostics.push(validationFailed(lang, x));
    }
    diagnostics.sort(byPosition);
    return {
        document,
        agreement: document.parseResult.value.agreement,
        diagnostics,
        fullyChecked: isFullyChecked(diagnostics)
    };
}

/** Builds (parses, links, validates) the documents; a build that throws is returned as the failure. */
async function build(services: DpaServices, documents: LangiumDocument<Document>[]): Promise<unknown> {
    try {
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return undefined;
    } catch (error) {
        if (isOperationCancelled(error)) throw error;
        console.error('The validation failed:', error);
        return error ?? new Error('unknown error');
    }
}

/** A `.dpa` text and the URI it is known by (a file's, or `memory:///…`). */
export interface DpaSource {
    readonly uri: string | URI;
    readonly text: string;
}

/**
 * Parses, links and validates `.dpa` texts held in memory (files the CLI has decoded itself,
 * tests, filled templates), in one build; a document already known by that URI is replaced.
 */
export async function checkTexts(services: DpaServices, sources: readonly DpaSource[]): Promise<CheckedAgreement[]> {
    const shared = services.shared;
    const documents: LangiumDocument<Document>[] = [];
    for (const source of sources) {
        const uri = typeof source.uri === 'string' ? URI.parse(source.uri) : source.uri;
        if (shared.workspace.LangiumDocuments.hasDocument(uri)) {
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(source.text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    const failure = await build(services, documents);
    return documents.map(document => checked(services, document, failure));
}

/** Parses, links and validates one `.dpa` text held in memory. */
export async function checkText(services: DpaServices, text: string, uri = 'memory:///agreement.dpa'): Promise<CheckedAgreement> {
    const [result] = await checkTexts(services, [{ uri, text }]);
    return result!;
}

/** Parses, links and validates `.dpa` files read from disk. */
export async function checkFiles(services: DpaServices, paths: readonly string[]): Promise<CheckedAgreement[]> {
    const shared = services.shared;
    const documents: LangiumDocument<Document>[] = [];
    for (const path of paths) {
        documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path)) as LangiumDocument<Document>);
    }
    const failure = await build(services, documents);
    return documents.map(document => checked(services, document, failure));
}

/** True when any diagnostic is an error. */
export function hasErrors(result: CheckedAgreement): boolean {
    return result.diagnostics.some(d => d.severity === 1);
}
