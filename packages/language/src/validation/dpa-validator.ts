import { AstUtils, Cancellation, interruptAndCheck, isOperationCancelled, OperationCancelled, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { DpaServices } from '../dpa-module.js';
import { allRules } from '../messages.js';
import type { PlaybookSource } from '../playbook/source.js';
import type { DpaSettings } from '../settings.js';
import { currentRun, ValidationOutOfTime, yieldToMessages, type ValidationRun } from './budget.js';
import { DocumentFacts } from './document-facts.js';
import type { Check, CheckContext } from './check-module.js';
import { errorText, reasonText, VALIDATION_FAILED } from './incomplete.js';
import { CHECKS } from './checks.js';
import { Reporter } from './report.js';
import { SeverityPolicy } from './severity-policy.js';

const KNOWN_RULES = new Set(allRules().map(r => r.id));

interface NamedCheck {
    /** The check's function name, for the `validation-failed` message. */
    readonly name: string;
    readonly check: Check<AstNode>;
}

/**
 * Runs the checks of the validator's table (checks.ts), each node type once, with a context
 * that carries the user's message language and severity policy.
 */
export function registerValidationChecks(services: DpaServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.DpaValidator;
    const byType = new Map<string, NamedCheck[]>();
    for (const [type, list] of Object.entries(CHECKS) as [string, readonly Check<AstNode>[]][]) {
        byType.set(type, list.map(check => ({ name: check.name || type, check })));
    }
    const checks: Record<string, (node: AstNode, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken) => Promise<void>> = {};
    for (const [type, list] of byType) {
        checks[type] = (node, accept, cancelToken) => validator.run(node, accept, list, cancelToken);
    }
    registry.register(checks as ValidationChecks<ast.DpaAstType>, validator, 'fast');
    registry.registerBeforeDocument((root, accept) => validator.reportDirectiveProblems(root, accept));
}

export class DpaValidator {
    private readonly settings: DpaSettings;
    private readonly playbooks: PlaybookSource;
    /** The severity policy of each parsed document (a new parse gives a new root node). */
    private readonly policies = new WeakMap<AstNode, SeverityPolicy>();

    constructor(services: DpaServices) {
        this.settings = services.dpa.Settings;
        this.playbooks = services.dpa.Playbooks;
    }

    /** The facts shared by the checks of one validation (a new run, new facts). */
    private readonly facts = new WeakMap<ValidationRun, DocumentFacts>();

    private factsFor(run: ValidationRun | undefined, agreement: ast.Agreement): DocumentFacts {
        if (!run) return new DocumentFacts(agreement);
        let facts = this.facts.get(run);
        if (!facts) {
            facts = new DocumentFacts(agreement);
            this.facts.set(run, facts);
        }
        return facts;
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

    /**
     * Runs the checks of a node. One failing check must not silence the others: its exception
     * becomes a `validation-failed` error (the document is then not fully checked) and the other
     * checks still run; the robustness tests make sure no check throws on half-typed documents.
     * Between checks the time budget is read and the cancellation token honoured; a check that
     * runs out of time (`context.checkTime()` in its loops) stops without a failure, and the
     * document validator reports `validation-skipped`. The rules' hits are reported when the
     * node's checks are done, repeated identical hits as one diagnostic (Reporter).
     */
    async run(node: AstNode, accept: ValidationAcceptor, checks: readonly NamedCheck[], cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const document = AstUtils.getDocument(node) as LangiumDocument<ast.Document>;
        const root = document.parseResult.value;
        const agreement = root.agreement;
        if (!agreement) return;
        const run = currentRun(root);
        const lang = this.settings.language;
        const report = new Reporter(accept, lang, this.policyFor(document), document.uri.toString());
        const playbooks = this.playbooks;
        const context: CheckContext = {
            report, lang, agreement, document, checkTime: () => run?.checkTime(), facts: this.factsFor(run, agreement),
            get playbook() {
                return playbooks.forDocument(document.uri);
            }
        };
        try {
            for (const { name, check } of checks) {
                // Before each check, with one reading of the clock: the token is read every time,
                // other work runs once per interruption period (`yieldToMessages`).
                if (cancelToken.isCancellationRequested) throw OperationCancelled;
                if (run?.expired()) return;
                if (!run) await interruptAndCheck(cancelToken);
                else if (run.dueToYield()) await yieldToMessages(cancelToken);
                try {
                    check(node, context);
                } catch (error) {
                    if (error instanceof ValidationOutOfTime) return;
                    if (isOperationCancelled(error)) throw error;
                    console.error(`The check ${name} failed:`, error);
                    report.check(VALIDATION_FAILED, { node }, { x: reasonText('check', lang, { module: name, error: errorText(error) }) });
                }
            }
        } finally {
            // What the checks found is reported, repeated hits grouped, also when they stopped early.
            report.flush();
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
