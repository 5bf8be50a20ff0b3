/// <reference lib="webworker" />
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { serveLanguage } from './serve.js';

// The language server in a Web Worker (the playground, VS Code for the web): messages arrive and
// leave by postMessage; there is no file system, the client sends every document it opens.
declare const self: DedicatedWorkerGlobalScope;

const { shared } = serveLanguage(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), EmptyFileSystem);
startLanguageServer(shared);
