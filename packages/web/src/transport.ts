import type { Transport } from '@codemirror/lsp-client';

/**
 * The LSP client's transport to the language server in a Web Worker. The client speaks JSON text;
 * the worker's connection (vscode-languageserver's BrowserMessageReader/Writer) takes and gives
 * message objects, so each message is parsed on the way in and serialised on the way out. A
 * worker that fails to load or throws is reported through `onError`.
 */
export function workerTransport(worker: Worker, onError: (message: string) => void): Transport {
    const handlers = new Set<(value: string) => void>();
    worker.addEventListener('message', event => {
        const text = JSON.stringify(event.data);
        for (const handler of handlers) handler(text);
    });
    worker.addEventListener('error', event => onError(event.message || 'the language server could not be started'));
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => void handlers.add(handler),
        unsubscribe: handler => void handlers.delete(handler)
    };
}
