import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** The keywords of a standard clause as written, e.g. "breach notification within 24 hours". */
function clauseText(clause: ast.Clause): string {
    return clause.$cstNode?.text.replace(/\s+/g, ' ').trim() ?? clause.$type;
}

/**
 * The Outline and breadcrumbs: the agreement with its parties, sub-processors, data, subjects,
 * staff, measures, processing activities and clauses (standard clauses by their text, custom
 * clauses by their title).
 */
export class DpaDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const agreement = (document.parseResult.value as ast.Document).agreement;
        if (!agreement?.$cstNode) return [];
        const children: DocumentSymbol[] = [];
        const add = (node: AstNode, name: string | undefined, kind: SymbolKind, detail?: string, nameNode?: AstNode) => {
            const cst = node.$cstNode;
            if (!cst || !name) return;
            children.push({ name, kind, range: cst.range, selectionRange: (nameNode ?? node).$cstNode?.range ?? cst.range, ...(detail ? { detail } : {}) });
        };
        for (const party of agreement.parties) add(party, party.name, SymbolKind.Class, `${party.role}: ${party.legalName ?? ''}`);
        for (const sub of agreement.subprocessors) add(sub, sub.name, SymbolKind.Class, `subprocessor: ${sub.legalName ?? ''}`);
        for (const data of agreement.dataCategories) add(data, data.name, SymbolKind.Variable, data.label);
        for (const subject of agreement.subjectCategories) add(subject, subject.name, SymbolKind.Variable, subject.label);
        for (const staff of agreement.staffRoles) add(staff, staff.name, SymbolKind.Variable, staff.label);
        for (const measure of agreement.measures) add(measure, measure.name, SymbolKind.Property, `${measure.type} ${measure.kind}`);
        for (const processing of agreement.processings) add(processing, processing.name, SymbolKind.Function, processing.title);
        for (const clause of agreement.clauses) {
            if (ast.isCustomClause(clause)) add(clause, clause.name, SymbolKind.Module, clause.title);
            else add(clause, clauseText(clause), SymbolKind.Module, 'standard clause');
        }
        children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        return [{
            name: agreement.name,
            detail: agreement.title ?? 'agreement',
            kind: SymbolKind.Namespace,
            range: agreement.$cstNode.range,
            selectionRange: agreement.$cstNode.range,
            children
        }];
    }
}
