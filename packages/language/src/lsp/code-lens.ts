import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import type { DpaSettings } from '../settings.js';
import { ART28_ELEMENTS, providedElements } from '../validation/art28.js';
import { LANGUAGE_MESSAGES } from '../i18n/texts.js';

/** The client command that opens the preview and scrolls it to a source line. */
export const SHOW_IN_PREVIEW_COMMAND = 'dpa.showInPreview';

/**
 * Code lenses: above the agreement, the Art. 28(3) coverage ("Art. 28(3): 17/17 covered");
 * above each processing activity, "Preview in agreement" (its row in Bijlage 1).
 */
export class DpaCodeLensProvider implements CodeLensProvider {
    constructor(private readonly settings: DpaSettings) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const agreement = (document as LangiumDocument<Document>).parseResult.value.agreement;
        if (!agreement?.$cstNode) return [];
        const lang = this.settings.language;
        const uri = document.uri.toString();
        const provided = providedElements(agreement);
        const missing = ART28_ELEMENTS.filter(e => !provided.has(e.id));
        const covered = LANGUAGE_MESSAGES.text(lang, 'codeLens.coverage', { covered: ART28_ELEMENTS.length - missing.length, total: ART28_ELEMENTS.length });
        const coverage = missing.length ? LANGUAGE_MESSAGES.text(lang, 'codeLens.missing', { coverage: covered, elements: missing.map(e => e.label[lang]).join(', ') }) : covered;
        const lenses: CodeLens[] = [{
            range: rangeOfLine(agreement.$cstNode.range.start.line),
            command: { title: coverage, command: missing.length ? 'workbench.actions.view.problems' : '' }
        }];
        for (const processing of agreement.processings) {
            const line = processing.$cstNode?.range.start.line;
            if (line === undefined) continue;
            lenses.push({
                range: rangeOfLine(line),
                command: { title: LANGUAGE_MESSAGES.text(lang, 'codeLens.preview'), command: SHOW_IN_PREVIEW_COMMAND, arguments: [uri, line] }
            });
        }
        return lenses;
    }
}

function rangeOfLine(line: number) {
    return { start: { line, character: 0 }, end: { line, character: 0 } };
}
