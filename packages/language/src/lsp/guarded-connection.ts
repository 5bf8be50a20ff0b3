import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { malformedParams } from './params.js';

/**
 * The parameters each text document handler cannot do without, by the handler's registration
 * path on the connection (`onHover`, `languages.semanticTokens.on`). A message that lacks one is
 * answered with InvalidParams before Langium or a provider sees it.
 */
const REQUIRED_PARAMS: Readonly<Record<string, readonly string[]>> = {
    onDidOpenTextDocument: ['textDocument'],
    onDidChangeTextDocument: ['textDocument', 'contentChanges'],
    onDidCloseTextDocument: ['textDocument'],
    onDidSaveTextDocument: ['textDocument'],
    onWillSaveTextDocument: ['textDocument'],
    onWillSaveTextDocumentWaitUntil: ['textDocument'],
    onHover: ['textDocument', 'position'],
    onCompletion: ['textDocument', 'position'],
    onSignatureHelp: ['textDocument', 'position'],
    onDefinition: ['textDocument', 'position'],
    onDeclaration: ['textDocument', 'position'],
    onTypeDefinition: ['textDocument', 'position'],
    onImplementation: ['textDocument', 'position'],
    onReferences: ['textDocument', 'position'],
    onDocumentHighlight: ['textDocument', 'position'],
    onPrepareRename: ['textDocument', 'position'],
    onRenameRequest: ['textDocument', 'position', 'newName'],
    onCodeAction: ['textDocument', 'range', 'context'],
    onCodeLens: ['textDocument'],
    onDocumentSymbol: ['textDocument'],
    onDocumentLinks: ['textDocument'],
    onFoldingRanges: ['textDocument'],
    onDocumentFormatting: ['textDocument', 'options'],
    onDocumentRangeFormatting: ['textDocument', 'range', 'options'],
    onDocumentOnTypeFormatting: ['textDocument', 'position', 'options'],
    'languages.semanticTokens.on': ['textDocument'],
    'languages.semanticTokens.onDelta': ['textDocument'],
    'languages.semanticTokens.onRange': ['textDocument', 'range'],
    'languages.callHierarchy.onPrepare': ['textDocument', 'position'],
    'languages.typeHierarchy.onPrepare': ['textDocument', 'position'],
    'languages.inlayHint.on': ['textDocument', 'range'],
    onWorkspaceSymbol: ['query']
};

/** The handlers above that are notifications: they concern documents being opened or closed, so they are not refused for an unknown one. */
const NOTIFICATIONS = new Set(['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument', 'onDidSaveTextDocument', 'onWillSaveTextDocument']);

/** Whether the server has the document of a URI (open in the editor, or a workspace file). */
export type DocumentLookup = (uri: string) => boolean;

/** Objects on the connection whose `on…` methods register handlers too. */
const NAMESPACES = new Set(['languages', 'workspace', 'window', 'notebooks', 'synchronization', 'semanticTokens', 'callHierarchy', 'typeHierarchy', 'inlayHint', 'inlineValue', 'foldingRange', 'diagnostics']);

/** Why `params` cannot be handed to the handler registered at `path`, or undefined. */
export function paramsProblem(path: string, params: unknown): string | undefined {
    const required = REQUIRED_PARAMS[path];
    if (required) {
        if (typeof params !== 'object' || params === null || Array.isArray(params)) return 'parameters must be an object';
        const missing = required.find(key => (params as Record<string, unknown>)[key] === undefined);
        if (missing) return `missing '${missing}'`;
    }
    return malformedParams(params, path, required !== undefined);
}

type Handler = (...args: unknown[]) => unknown;

function guardHandler(path: string, handler: Handler, knows: () => DocumentLookup | undefined): Handler {
    return (...args: unknown[]) => {
        const params = args[0];
        const problem = paramsProblem(path, params);
        // For a notification the answer goes nowhere: the message is just dropped.
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters for ${path}: ${problem}`);
        const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
        const lookup = knows();
        if (typeof uri === 'string' && REQUIRED_PARAMS[path] && !NOTIFICATIONS.has(path) && lookup && !lookup(uri)) {
            // Langium would read an unknown URI from disk (and fail with ENOENT) or wait for it.
            return new ResponseError(LSPErrorCodes.RequestFailed, `The document ${uri} is not open.`);
        }
        return handler(...args);
    };
}

function guard<T extends object>(target: T, prefix: string, knows: () => DocumentLookup | undefined): T {
    return new Proxy(target, {
        get(object, property) {
            const value: unknown = Reflect.get(object, property, object);
            if (typeof property !== 'string') return value;
            const path = prefix + property;
            if (typeof value === 'function' && /^on([A-Z]|$)/.test(property)) {
                return (...args: unknown[]) => (value as Handler).apply(object, args.map(arg => (typeof arg === 'function' ? guardHandler(path, arg as Handler, knows) : arg)));
            }
            if (typeof value === 'object' && value !== null && NAMESPACES.has(property)) return guard(value, `${path}.`, knows);
            return value;
        }
    });
}

/**
 * The connection, with every handler registered through it (by Langium or by us) guarded: a text
 * document message whose parameters are missing or malformed (a position that is not two
 * non-negative integers, a range that ends before it starts, a URI that is not a string, code
 * action context without diagnostics) is answered with InvalidParams instead of reaching the
 * handler, where it would fail with an internal error or, in a notification, corrupt the
 * document's text. A request for a document the server does not have (`knows`, available once
 * the services exist) is answered with RequestFailed.
 */
export function guardConnection<T extends object>(connection: T, knows: () => DocumentLookup | undefined): T {
    return guard(connection, '', knows);
}
