import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { DpaServices } from '../dpa-module.js';
import { allRules } from '../messages.js';
import type { DpaSettings } from '../settings.js';
import type { Check, CheckContext } from './check-module.js';
import { CHECK_MODULES } from './modules.js';
import { Reporter } from './report.js';
import { SeverityPolicy } from './severity-policy.js';

const KNOWN_RULES = new Set(allRules().map(r => r.id));

interface NamedCheck {
    readonly module: string;
    readonly check: Check<AstNode>;
}

/**
 * Runs the checks of every module (see modules.ts), each node type once, with a context that
 * carries the user's message language and severity policy.
 */
export function registerValidationChecks(services: DpaServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.DpaValidator;
    const byType = new Map<string, NamedCheck[]>();
    for (const module of CHECK_MODULES) {
        for (const [type, check] of Object.entries(module.checks)) {
            const list = byType.get(type) ?? [];
            list.push({ module: module.name, check: check as Check<AstNode> });
            byType.set(type, list);
        }
    }
    const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
    for (const [type, list] of byType) {
        checks[type] = (node, accept) => validator.run(node, accept, list);
    }
    registry.register(checks as ValidationChecks<ast.DpaAstType>, validator, 'fast');
    registry.registerBeforeDocument((root, accept) => validator.reportDirectiveProblems(root, accept));
}

export class DpaValidator {
    private readonly settings: DpaSettings;
    /** The severity policy of each parsed document (a new parse gives a new root node). */
    private readonly policies = new WeakMap<AstNode, SeverityPolicy>();

    constructor(services: DpaServices) {
        this.settings = services.dpa.Settings;
    }

    private policyFor(document: LangiumDocument): SeverityPolicy {
        const root = document.parseResult.value;
        let policy = this.policies.get(root);
        if (!policy) {
            policy = new SeverityPolicy(this.settings.rules, document, id => KNOWN_RULES.has(id));
            this.policies.set(root, policy);
        }
        return policy;
    }

    run(node: AstNode, accept: ValidationAcceptor, checks: readonly NamedCheck[]): void {
        const document = AstUtils.getDocument(node) as LangiumDocument<ast.Document>;
        const agreement = document.parseResult.value.agreement;
        if (!agreement) return;
        const lang = this.settings.language;
        const context: CheckContext = { report: new Reporter(accept, lang, this.policyFor(document)), lang, agreement, document };
        for (const { module, check } of checks) {
            // One failing check must not silence the others: report it (as Langium does for a
            // whole check) and go on. The robustness tests make sure this never happens.
            try {
                check(node, context);
            } catch (error) {
                console.error(`An error occurred during validation (${module}):`, error);
                accept('error', `An error occurred during validation (${module}): ${error instanceof Error ? error.message : String(error)}`, { node });
            }
        }
    }

    reportDirectiveProblems(root: AstNode, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(root);
        for (const problem of this.policyFor(document).problems) {
            const range = { start: { line: problem.line, character: 0 }, end: { line: problem.line + 1, character: 0 } };
            accept('warning', problem.message, { node: root, range, code: 'invalid-directive' });
        }
    }
}
