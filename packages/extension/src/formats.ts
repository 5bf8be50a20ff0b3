/**
 * The output formats as the format choices of "Generate Agreement…" and "Generate Agreements from
 * Data…" show them, in the editor's display language.
 */
import * as vscode from 'vscode';
import type { DocumentFormat } from '@dpa/server/protocol';

export interface FormatItem<F extends DocumentFormat = DocumentFormat> extends vscode.QuickPickItem {
    readonly format: F;
}

/** Functions, so that the text is looked up when the choice is shown (vscode.l10n is ready then). */
const ITEMS: Readonly<Record<DocumentFormat, () => vscode.QuickPickItem>> = {
    md: () => ({ label: vscode.l10n.t('Markdown (.md)') }),
    html: () => ({ label: vscode.l10n.t('HTML (.html)') }),
    docx: () => ({ label: vscode.l10n.t('Word (.docx)') }),
    pdf: () => ({ label: vscode.l10n.t('PDF (.pdf)'), detail: vscode.l10n.t('Needs LibreOffice on this machine') })
};

/** The choice of `formats`, in that order. */
export function formatItems<F extends DocumentFormat>(formats: readonly F[]): FormatItem<F>[] {
    return formats.map(format => ({ ...ITEMS[format](), format }));
}
