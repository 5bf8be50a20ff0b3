/**
 * "DPA: Compare with…" without VS Code (tested in test/extension/compare.test.ts): the choices of
 * the other version, the names of the versions, the panel's title and status line, and which
 * messages of the report's page the extension follows. The report itself is the server's
 * (`dpa/diff`): HTML whose changes in the open document carry their 0-based line in `data-line`;
 * the preview's page script (src/webview/) reports a click on one as `reveal`.
 */
import { CHANGE_EFFECTS, type ChangeEffect, type DiffChange, type DiffResult } from '@dpa/server/protocol';
import type { L10n } from '../l10n.js';
import { parsePageMessage } from '../preview/messages.js';
import type { UpdateMessage } from '../preview/messages.js';

/** The other version: the last committed one (git HEAD), or another .dpa file. */
export type CompareSource = 'head' | 'file';

export interface CompareChoice {
    readonly source: CompareSource;
    readonly label: string;
    readonly description?: string;
}

/** The QuickPick's items: the last committed version only when the file is in a git repository VS Code's git extension knows. */
export function compareChoices(inRepository: boolean, l10n: L10n): CompareChoice[] {
    return [
        ...(inRepository ? [{ source: 'head' as const, label: `$(git-commit) ${l10n.t('Last committed version (git HEAD)')}`, description: 'HEAD' }] : []),
        { source: 'file', label: `$(file) ${l10n.t('Another file…')}` }
    ];
}

/** The name of another file in the report: its base name, or its workspace path when the base name is the open document's own. */
export function otherFileLabel(relativePath: string, ownBaseName: string): string {
    const base = relativePath.slice(Math.max(relativePath.lastIndexOf('/'), relativePath.lastIndexOf('\\')) + 1);
    return base === ownBaseName ? relativePath : base;
}

/** The panel's title: "Changes HEAD → agreement.dpa". */
export function compareTitle(otherLabel: string, ownBaseName: string, l10n: L10n): string {
    return l10n.t('Changes {0} → {1}', otherLabel, ownBaseName);
}

/** The sections' order in the report (the changes a controller's lawyer looks at first on top). */
const EFFECTS = CHANGE_EFFECTS;

function effectCount(effect: ChangeEffect, n: number, l10n: L10n): string {
    switch (effect) {
        case 'looser-for-processor': return l10n.t('{0} looser for the processor', n);
        case 'stricter-for-controller': return l10n.t('{0} stricter for the controller', n);
        case 'stricter-for-processor': return l10n.t('{0} stricter for the processor', n);
        case 'looser-for-controller': return l10n.t('{0} looser for the controller', n);
        case 'neutral': return l10n.t('{0} neutral', n);
    }
}

/** "3 changes: 1 looser for the processor, 2 neutral", in the editor's display language. */
export function compareStatus(result: DiffResult, l10n: L10n): string {
    if (!result.ok) return l10n.t('No comparison');
    const total = result.changes.length;
    if (total === 0) return l10n.t('No changes');
    const parts = EFFECTS.filter(effect => result.counts[effect] > 0).map(effect => effectCount(effect, result.counts[effect], l10n));
    return `${total === 1 ? l10n.t('1 change') : l10n.t('{0} changes', total)}: ${parts.join(', ')}`;
}

/** The page's content for a server's answer: the report (or the message), and the status line; looser for the processor is a warning. */
export function compareUpdate(result: DiffResult, l10n: L10n): UpdateMessage {
    const statusClass = !result.ok ? 'errors' : result.counts['looser-for-processor'] > 0 ? 'warnings' : 'clean';
    return { type: 'update', body: result.body, status: compareStatus(result, l10n), statusClass };
}

/** What the extension does with a message of the report's page: show a change's line in the editor, or bring the page up to date. */
export type CompareAction = { readonly kind: 'reveal'; readonly line: number } | { readonly kind: 'ready' };

/**
 * A message of the page as an action: `reveal` only for a line (0-based) that a change of the
 * report is on in the open document, anything else is ignored.
 */
export function compareAction(message: unknown, changes: readonly DiffChange[]): CompareAction | undefined {
    const parsed = parsePageMessage(message);
    if (parsed?.type === 'ready') return { kind: 'ready' };
    if (parsed?.type === 'reveal' && changes.some(change => change.line.new === parsed.line + 1)) return { kind: 'reveal', line: parsed.line };
    return undefined;
}
