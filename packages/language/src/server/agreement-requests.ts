import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { agreementCss, buildAgreementDocument, escapeHtml, generateAgreement, generateAgreementFile, renderHtmlBody, termsFor } from '@dpa/generator';
import type { Document } from '../generated/ast.js';
import type { DpaSettings } from '../settings.js';
import { FirmTemplates } from './agreement-templates.js';
import {
    DocumentValidatedNotification, GenerateRequest, PreviewRequest,
    type DiagnosticCounts, type GenerateResult, type PreviewResult
} from '../protocol.js';

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
    let errors = 0, warnings = 0, infos = 0;
    for (const d of diagnostics) {
        if (d.severity === 1) errors++;
        else if (d.severity === 2) warnings++;
        else infos++;
    }
    return { errors, warnings, infos };
}

function formatError(d: Diagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}${d.code !== undefined ? ` [${d.code}]` : ''}`;
}

/**
 * Serves the client's preview and generate requests and tells it when a document has been
 * validated, so that an open preview refreshes as the user types.
 */
export function registerAgreementRequests(connection: Connection, shared: LangiumSharedCoreServices, settings: DpaSettings, workspaceRoot: () => string | undefined): void {
    const firmTemplates = new FirmTemplates(workspaceRoot);
    /** The agreement language and the firm's templates, as the user's settings say now. */
    const generation = () => {
        const lang = settings.agreementLanguage;
        const templates = firmTemplates.engineFor(settings.templatesFolder, lang);
        return { lang, ...(templates ? { templates } : {}) };
    };
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;

    builder.onBuildPhase(DocumentState.Validated, built => {
        for (const document of built) {
            void connection.sendNotification(DocumentValidatedNotification, {
                uri: document.uri.toString(),
                counts: countDiagnostics(document.diagnostics ?? [])
            });
        }
    });

    const validated = async (uri: string): Promise<LangiumDocument<Document> | undefined> => {
        const parsed = URI.parse(uri);
        if (!documents.hasDocument(parsed)) return undefined;
        await builder.waitUntil(DocumentState.Validated, parsed);
        return documents.getDocument(parsed) as LangiumDocument<Document> | undefined;
    };

    connection.onRequest(PreviewRequest, async ({ uri }): Promise<PreviewResult> => {
        const terms = termsFor(settings.agreementLanguage);
        const document = await validated(uri);
        const diagnostics = document?.diagnostics ?? [];
        const counts = countDiagnostics(diagnostics);
        const agreement = document?.parseResult.value.agreement;
        if (!agreement || document.parseResult.parserErrors.length > 0) {
            return { ok: false, title: 'DPA', css: agreementCss, body: `<p class="notice">${escapeHtml(terms.broken)}</p>`, counts };
        }
        try {
            const doc = buildAgreementDocument(agreement, { ...generation(), ...(counts.errors > 0 ? { draftErrors: counts.errors } : {}) });
            return { ok: true, title: doc.title, css: agreementCss, body: renderHtmlBody(doc), counts };
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return { ok: false, title: 'DPA', css: agreementCss, body: `<p class="notice">${escapeHtml(message)}</p>`, counts };
        }
    });

    connection.onRequest(GenerateRequest, async ({ uri, format, draft }): Promise<GenerateResult> => {
        const document = await validated(uri);
        if (!document) return { ok: false, errors: [`Unknown document ${uri}`] };
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        const agreement = document.parseResult.value.agreement;
        if (!agreement || document.parseResult.parserErrors.length > 0 || (errors.length > 0 && !draft)) {
            return { ok: false, errors: errors.map(formatError) };
        }
        const draftErrors = errors.length > 0 ? { draftErrors: errors.length } : {};
        let options;
        try {
            options = { ...generation(), ...draftErrors };
        } catch (error) {
            // A broken firm template: its file and line.
            return { ok: false, failure: error instanceof Error ? error.message : String(error), errors: errors.map(formatError) };
        }
        if (format === 'docx' || format === 'pdf') {
            try {
                const bytes = await generateAgreementFile(agreement, { ...options, format });
                return { ok: true, content: Buffer.from(bytes).toString('base64'), encoding: 'base64', errors: errors.map(formatError) };
            } catch (error) {
                // PDF needs LibreOffice on the server's machine; say so rather than fail obscurely.
                return { ok: false, failure: error instanceof Error ? error.message : String(error), errors: errors.map(formatError) };
            }
        }
        const content = generateAgreement(agreement, { ...options, format });
        return { ok: true, content, encoding: 'utf8', errors: errors.map(formatError) };
    });
}
