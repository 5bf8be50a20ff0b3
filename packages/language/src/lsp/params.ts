import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Shape checks for what a client sends. JSON-RPC delivers any JSON, and the LSP types are only a
 * promise: a handler that trusts them fails with "Cannot read properties of undefined" on the
 * first malformed message. These checks let the server answer InvalidParams instead.
 */

/** LSP `uinteger`: a whole number from 0 to 2^31 - 1. */
export function isUInteger(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;
}

export function isPosition(value: unknown): value is Position {
    if (typeof value !== 'object' || value === null) return false;
    const { line, character } = value as Partial<Record<keyof Position, unknown>>;
    return isUInteger(line) && isUInteger(character);
}

/** A range whose start does not come after its end. */
export function isRange(value: unknown): value is Range {
    if (typeof value !== 'object' || value === null) return false;
    const { start, end } = value as Partial<Record<keyof Range, unknown>>;
    return isPosition(start) && isPosition(end)
        && (start.line < end.line || (start.line === end.line && start.character <= end.character));
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): boolean => typeof value === 'string';

function isTextDocument(value: unknown): boolean {
    if (!isRecord(value) || typeof value.uri !== 'string') return false;
    // didOpen carries the text itself, didChange the version.
    return (value.text === undefined || typeof value.text === 'string')
        && (value.version === undefined || value.version === null || typeof value.version === 'number');
}

function isContentChanges(value: unknown): boolean {
    return Array.isArray(value) && value.every(change => isRecord(change) && typeof change.text === 'string'
        && (change.range === undefined || isRange(change.range)));
}

function isCodeActionContext(value: unknown): boolean {
    return isRecord(value) && Array.isArray(value.diagnostics);
}

function isFormattingOptions(value: unknown): boolean {
    return isRecord(value) && isUInteger(value.tabSize) && typeof value.insertSpaces === 'boolean';
}

/**
 * The well-known parameter properties of the text document requests and notifications the server
 * handles, and what each must look like when present. One table, so a new handler's parameters
 * are checked by adding a row.
 */
export const PARAM_SHAPES: Readonly<Record<string, (value: unknown) => boolean>> = {
    textDocument: isTextDocument,
    position: isPosition,
    range: isRange,
    contentChanges: isContentChanges,
    context: value => value === undefined || isRecord(value),
    newName: isString,
    options: isFormattingOptions,
    query: isString
};

/** Handlers (by registration path) whose `context` must be a code action context. */
const CONTEXT_BY_HANDLER: Readonly<Record<string, (value: unknown) => boolean>> = {
    onCodeAction: isCodeActionContext
};

/**
 * Why the parameters of a message are malformed, or undefined when they are fine. Only text
 * document messages (with a `textDocument`) and the handlers the guard knows (`known`) are
 * checked; custom requests check their own.
 */
export function malformedParams(params: unknown, handler: string, known: boolean): string | undefined {
    if (!isRecord(params) || (!known && !('textDocument' in params))) return undefined;
    for (const [key, isValid] of Object.entries(PARAM_SHAPES)) {
        if (!(key in params)) continue;
        const check = (handler && key === 'context' ? CONTEXT_BY_HANDLER[handler] : undefined) ?? isValid;
        if (!check(params[key])) return `malformed '${key}'`;
    }
    return undefined;
}
