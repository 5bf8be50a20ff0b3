import type { AstNode, LangiumDocument } from 'langium';
import type * as ast from '../generated/ast.js';
import type { Reporter } from './report.js';

/** What every check receives besides its node. */
export interface CheckContext {
    readonly report: Reporter;
    readonly lang: 'nl' | 'en';
    readonly agreement: ast.Agreement;
    readonly document: LangiumDocument<ast.Document>;
    /**
     * For the long loops of a check (over every string of the agreement, every measure): throws
     * once the validation's time budget is spent, which stops the check without a failure (the
     * document gets `validation-skipped`). Cheap enough to call once per item.
     */
    readonly checkTime: () => void;
}

export type Check<T extends AstNode> = (node: T, context: CheckContext) => void;

/** Checks by node type name. */
export type CheckMap = { [K in keyof ast.DpaAstType]?: Check<ast.DpaAstType[K]> };

/**
 * One concern of the validator (transfers, retention, clauses, …): the rules it implements and
 * its checks. The validator runs every module's checks; tests and the rules documentation use
 * `rules` to know which catalogue rules are implemented.
 */
export interface CheckModule {
    readonly name: string;
    /** Catalogue rule ids (DPA-Rnn) this module reports. */
    readonly rules: readonly string[];
    readonly checks: CheckMap;
}
