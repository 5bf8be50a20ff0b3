import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { DpaServices } from './dpa-module.js';
import type { Agreement, Document } from './generated/ast.js';

/** A parsed, linked and validated `.dpa` document. */
export interface CheckedAgreement {
    readonly document: LangiumDocument<Document>;
    /** Undefined when the text is too broken to yield an agreement. */
    readonly agreement: Agreement | undefined;
    /** Sorted by position. */
    readonly diagnostics: readonly Diagnostic[];
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function checked(document: LangiumDocument<Document>): CheckedAgreement {
    return {
        document,
        agreement: document.parseResult.value.agreement,
        diagnostics: [...(document.diagnostics ?? [])].sort(byPosition)
    };
}

/** Parses, links and validates `.dpa` text held in memory (tests, previews, filled templates). */
export async function checkText(services: DpaServices, text: string, uri = 'memory:///agreement.dpa'): Promise<CheckedAgreement> {
    const shared = services.shared;
    const parsedUri = URI.parse(uri);
    if (shared.workspace.LangiumDocuments.hasDocument(parsedUri)) {
        await shared.workspace.DocumentBuilder.update([], [parsedUri]);
    }
    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, parsedUri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return checked(document);
}

/** Parses, links and validates `.dpa` files read from disk. */
export async function checkFiles(services: DpaServices, paths: readonly string[]): Promise<CheckedAgreement[]> {
    const shared = services.shared;
    const documents: LangiumDocument<Document>[] = [];
    for (const path of paths) {
        documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path)) as LangiumDocument<Document>);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents.map(checked);
}

/** True when any diagnostic is an error. */
export function hasErrors(result: CheckedAgreement): boolean {
    return result.diagnostics.some(d => d.severity === 1);
}
