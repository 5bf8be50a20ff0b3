/// <reference lib="webworker" />
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { generateDocx, processingRowMarkdown } from '@dpa/generator/portable';
import { registerAgreementRequests } from './agreement-requests.js';
import { SERVER_MESSAGES } from './messages.js';
import { serveLanguage } from './serve.js';

// The language server in a Web Worker (the playground, VS Code for the web): messages arrive and
// leave by postMessage; there is no file system, the client sends every document it opens. The
// preview and Markdown, HTML and Word output work as in Node; PDF (LibreOffice) and a firm's
// template folder (files on disk) are desktop-only, and a request for them says so.
declare const self: DedicatedWorkerGlobalScope;

const { connection, shared, Dpa, generation } = serveLanguage(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), EmptyFileSystem);
Dpa.dpa.Extensions.processingPreview = processing => processingRowMarkdown(processing);
registerAgreementRequests(connection, shared, generation, {
    firmTemplates: (_folder, lang) => {
        throw new Error(SERVER_MESSAGES.text(lang, 'desktopOnly.templates'));
    },
    renderFile: async (agreement, options) => {
        if (options.format === 'pdf') throw new Error(SERVER_MESSAGES.text(options.lang ?? 'nl', 'desktopOnly.pdf'));
        return generateDocx(agreement, options);
    }
});
startLanguageServer(shared);
