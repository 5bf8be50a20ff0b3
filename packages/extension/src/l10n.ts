/**
 * The extension's UI text goes through `vscode.l10n.t`, with the English text as the key and the
 * translations in l10n/bundle.l10n.<language>.json (the manifest's texts: package.nls*.json).
 * The modules that are tested without VS Code (trust.ts, preview/page.ts) take the part of
 * `vscode.l10n` they use as a parameter: the extension passes `vscode.l10n`, tests pass
 * `SOURCE_TEXT` or a bundle.
 */

export type L10nArg = string | number | boolean;

/** The part of `vscode.l10n` that those modules use. */
export interface L10n {
    t(message: string, ...args: L10nArg[]): string;
}

/** Fills `{0}`, `{1}`, … with the arguments, as `vscode.l10n.t` does (a placeholder without one stays). */
export function format(message: string, args: readonly L10nArg[]): string {
    return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = args[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}

/** The messages as written in the sources (English): what `vscode.l10n.t` shows without a bundle. */
export const SOURCE_TEXT: L10n = { t: (message, ...args) => format(message, args) };

/** The messages of a bundle (key: the English text), English where the bundle has no entry. */
export function bundleText(bundle: Readonly<Record<string, string>>): L10n {
    return { t: (message, ...args) => format(bundle[message] ?? message, args) };
}
