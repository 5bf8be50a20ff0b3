import { GrammarUtils } from 'langium';
import { REPLACEMENTS_DATA, WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, replaceRange } from '../../fixes.js';
import { clauseText, where, type Piece } from '../../prose.js';
import { compileFamily, context as wordingContext, findFamily, mentions, replaceInToken, ReplacementTable } from '../../text/index.js';

const R59 = compileFamily(WORDING_DATA['DPA-R59'], 'DPA-R59');
const PERSONAL_DATA = wordingContext('personalData');
const REPLACEMENTS = new ReplacementTable(REPLACEMENTS_DATA['DPA-R59'], 'replacements.json DPA-R59');

/** DPA-R59: "eigendom" (or copyright, database rights) of personal data; once per sentence. */
export function ownership(piece: Piece, context: CheckContext): void {
    const reported = new Set<number>();
    for (const m of findFamily(R59, piece.sentences)) {
        if (reported.has(m.sentence.start)) continue;
        const aboutData = piece.kind === 'title'
            ? mentions(PERSONAL_DATA, clauseText(piece.clause))
            : mentions(PERSONAL_DATA, m.sentence.text);
        if (!aboutData) continue;
        reported.add(m.sentence.start);
        const replacement = REPLACEMENTS.find(piece.sentences.text, m.start, m.end);
        context.report.rule('DPA-R59', where(context, piece, m.start, m.end), {}, [replacement && fix(
            LANGUAGE_MESSAGES.text(context.lang, 'fix.speakOfControl'),
            [replaceInToken(context.document, piece.token, replacement.start, replacement.end, replacement.replacement)]
        )]);
    }
}

/** DPA-R59: `ownership … as-property`: the text calls the personal data property. */
export function ownershipAsProperty(clause: ast.OwnershipClause, context: CheckContext): void {
    if (!clause.asProperty) return;
    const cst = GrammarUtils.findNodeForProperty(clause.$cstNode, 'asProperty');
    const edit = cst ? replaceRange({ start: cst.range.start, end: cst.range.end }, '') : undefined;
    context.report.rule('DPA-R59', { node: clause, property: 'asProperty' }, {}, [fix(LANGUAGE_MESSAGES.text(context.lang, 'fix.speakOfControl'), [edit], true)]);
}

export const owner: RuleOwner = { name: 'ownership', rules: ['DPA-R59'] };
