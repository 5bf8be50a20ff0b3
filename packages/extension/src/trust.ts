/**
 * Workspace trust (the manifest's `capabilities.untrustedWorkspaces`: limited support). In a
 * workspace the user has not trusted, DPA checks agreements and shows the preview with the
 * built-in templates only: a firm's template folder (`dpa.templates.folder`) is code-like content
 * of the workspace and is not used, and nothing is written to disk (Generate, Generate from Data).
 * Trust granted later enables everything without a reload.
 *
 * The decisions, without VS Code, so that they can be tested; extension.ts and client.ts apply them.
 */
import { SOURCE_TEXT, type L10n } from './l10n.js';

/** The settings an untrusted workspace may not set (the manifest's `restrictedConfigurations`). */
export const RESTRICTED_SETTINGS = ['dpa.templates.folder', 'dpa.output.folder'] as const;

/** The commands that write files, refused in an untrusted workspace (their menus say `isWorkspaceTrusted`). */
export const WRITING_COMMANDS = ['dpa.generate', 'dpa.generateFromData', 'dpa.importAgreement'] as const;
export type WritingCommand = (typeof WRITING_COMMANDS)[number];

/** Why each writing command does nothing in an untrusted workspace. */
const REFUSALS: Readonly<Record<WritingCommand, (l10n: L10n) => string>> = {
    'dpa.generate': l10n => l10n.t('DPA does not generate agreements in an untrusted workspace: it would write files to this folder. Trust the workspace (Workspaces: Manage Workspace Trust) to generate.'),
    'dpa.generateFromData': l10n => l10n.t('DPA does not generate agreements from data in an untrusted workspace: it would write files to this folder. Trust the workspace (Workspaces: Manage Workspace Trust) to generate.'),
    'dpa.importAgreement': l10n => l10n.t('DPA does not import agreements in an untrusted workspace: it would write files to this folder (the .dpa). Trust the workspace (Workspaces: Manage Workspace Trust) to import, or use "DPA: Review Agreement…", which writes nothing.')
};

/** Why `command` does nothing now (in the language of `l10n`: the extension passes `vscode.l10n`), or undefined when it may run. */
export function refusal(command: WritingCommand, trusted: boolean, l10n: L10n = SOURCE_TEXT): string | undefined {
    return trusted ? undefined : REFUSALS[command](l10n);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `dpa` settings section as the server receives it: unchanged in a trusted workspace; in an
 * untrusted one without a firm's template folder (`templates.folder` empty: the built-in templates).
 */
export function dpaSectionForServer(section: unknown, trusted: boolean): unknown {
    if (trusted || !isObject(section)) return section;
    const templates = isObject(section['templates']) ? section['templates'] : {};
    return { ...section, templates: { ...templates, folder: '' } };
}

/**
 * The answer to the server's `workspace/configuration` request: each item's value, with the `dpa`
 * section (or its `dpa.templates` part, or `dpa.templates.folder` itself) made safe for an
 * untrusted workspace.
 */
export function configurationForServer(items: readonly { readonly section?: string | null }[], values: readonly unknown[], trusted: boolean): unknown[] {
    return values.map((value, i) => {
        if (trusted) return value;
        switch (items[i]?.section) {
            case 'dpa':
                return dpaSectionForServer(value, false);
            case 'dpa.templates':
                return isObject(value) ? { ...value, folder: '' } : value;
            case 'dpa.templates.folder':
                return '';
            default:
                return value;
        }
    });
}

/** The `workspace/didChangeConfiguration` settings for the `dpa` section (a plain JSON copy). */
export function dpaSettingsNotification(section: unknown, trusted: boolean): { settings: { dpa: Json } } {
    const copy = JSON.parse(JSON.stringify(section ?? {})) as Json;
    return { settings: { dpa: dpaSectionForServer(copy, trusted) as Json } };
}
