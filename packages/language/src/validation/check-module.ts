import type { AstNode, LangiumDocument } from 'langium';
import type * as ast from '../generated/ast.js';
import type { Lang } from '../i18n/lang.js';
import type { LoadedPlaybook } from '../playbook/source.js';
import type { DocumentFacts } from './document-facts.js';
import type { Reporter } from './report.js';

/** What every check receives besides its node: the one context type of the validator. */
export interface CheckContext {
    readonly report: Reporter;
    readonly lang: Lang;
    readonly agreement: ast.Agreement;
    readonly document: LangiumDocument<ast.Document>;
    /**
     * For the long loops of a check (over every string of the agreement, every measure): throws
     * once the validation's time budget is spent, which stops the check without a failure (the
     * document gets `validation-skipped`). Cheap enough to call once per item.
     */
    readonly checkTime: () => void;
    /** The facts of the document computed once per validation and shared by the checks (document-facts.ts). */
    readonly facts: DocumentFacts;
    /** The firm's playbook that holds for the document (playbook/source.ts), if any. */
    readonly playbook: LoadedPlaybook | undefined;
}

export type Check<T extends AstNode> = (node: T, context: CheckContext) => void;

/** Checks by node type name: the validator's table (see checks.ts). */
export type CheckTable = { readonly [K in keyof ast.DpaAstType]?: readonly Check<ast.DpaAstType[K]>[] };

/**
 * One concern of the validator (transfers, retention, clause topics, …): the catalogue rules it
 * implements, reported from its own file only (test/language/rule-owners.test.ts). The checks
 * themselves are listed in the validator's table (checks.ts).
 */
export interface RuleOwner {
    readonly name: string;
    /** Catalogue rule ids (DPA-Rnn) this file reports. */
    readonly rules: readonly string[];
}
