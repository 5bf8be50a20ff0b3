import type { DiagnosticCounts } from '@dpa/server/protocol';

/** The page's own labels and messages, in the two languages of the agreement. */
export type UiLang = 'nl' | 'en';

export const UI = {
    nl: {
        example: 'Voorbeeld',
        outline: 'Ga naar…',
        open: 'Openen…',
        save: 'Opslaan',
        language: 'Taal',
        download: 'Downloaden:',
        starting: 'De taalserver start…',
        serverFailed: 'De taalserver is gestopt',
        previewFailed: 'Geen voorbeeld',
        pdfDesktopOnly: 'PDF vraagt LibreOffice: gebruik dpa in VS Code op de desktop of de CLI',
        counts: (c: DiagnosticCounts) => `${c.errors} ${c.errors === 1 ? 'fout' : 'fouten'}, ${c.warnings} ${c.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
        draftQuestion: (n: number) => `De overeenkomst heeft ${n} ${n === 1 ? 'fout' : 'fouten'}. Toch een concept maken?`,
        generateFailed: (n: number) => `Niet gemaakt: ${n} ${n === 1 ? 'fout' : 'fouten'}`
    },
    en: {
        example: 'Example',
        outline: 'Go to…',
        open: 'Open…',
        save: 'Save',
        language: 'Language',
        download: 'Download:',
        starting: 'Starting the language server…',
        serverFailed: 'The language server stopped',
        previewFailed: 'No preview',
        pdfDesktopOnly: 'PDF needs LibreOffice: use dpa in VS Code on the desktop or the CLI',
        counts: (c: DiagnosticCounts) => `${c.errors} ${c.errors === 1 ? 'error' : 'errors'}, ${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}`,
        draftQuestion: (n: number) => `The agreement has ${n} ${n === 1 ? 'error' : 'errors'}. Make a draft anyway?`,
        generateFailed: (n: number) => `Not generated: ${n} ${n === 1 ? 'error' : 'errors'}`
    }
} as const;
