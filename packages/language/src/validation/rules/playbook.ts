import { GrammarUtils, type DiagnosticInfo, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type * as ast from '../../generated/ast.js';
import { checkPlaybook, type FindingPlace } from '../../playbook/check.js';
import type { CheckContext } from '../check-module.js';
import { fix, replaceRange } from '../fixes.js';

/**
 * The firm's playbook (playbook/): where the agreement departs from a position, a diagnostic with
 * the firm's code, severity and message, and the quick fix that moves the agreement to the
 * position. A playbook that cannot be read is said on the agreement (`playbook-unreadable`), with
 * its path and why, rather than passed over in silence.
 */
export function playbookPositions(agreement: ast.Agreement, context: CheckContext): void {
    const loaded = context.playbook;
    if (!loaded) return;
    if ('error' in loaded) {
        context.report.check('playbook-unreadable', { node: agreement, property: 'name' }, { x: loaded.error });
        return;
    }
    for (const finding of checkPlaybook(agreement, loaded.playbook, context.lang)) {
        const range = rangeOf(finding.place, context);
        if (!range) continue;
        const fixRange = finding.fix ? rangeOf(finding.fix.place, context) : undefined;
        const where: DiagnosticInfo<AstNode> = { node: finding.place.node, range };
        context.report.playbook(finding.code, finding.severity, finding.message, where,
            finding.fix && fixRange ? [fix(finding.fix.title, [replaceRange(fixRange, finding.fix.newText)], true)] : []);
    }
}

/** The document range of a finding's place: a property's text, the node's, or a stretch of a string. */
function rangeOf(place: FindingPlace, context: CheckContext): Range | undefined {
    if ('offset' in place) {
        const text = context.document.textDocument;
        return { start: text.positionAt(place.offset), end: text.positionAt(place.offset + place.length) };
    }
    const cst = place.node.$cstNode;
    if (!cst) return undefined;
    return (place.property ? GrammarUtils.findNodeForProperty(cst, place.property)?.range : undefined) ?? cst.range;
}
