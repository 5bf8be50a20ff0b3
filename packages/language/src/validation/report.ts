import { getDiagnosticRange, type AstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import type { Lang } from '../i18n/lang.js';
import { formatMessage, getCheck, getRule, type MessageArgs, type Severity } from '../messages.js';
import type { Fix, FixData } from './fixes.js';
import type { SeverityPolicy } from './severity-policy.js';

/**
 * Reports diagnostics with their rule id as the code and the message in the user's language.
 * Every check goes through here, so severity and wording come from the data files only, and
 * the user's severity policy (settings, comment directives) applies to every rule alike.
 */
export class Reporter {
    constructor(
        private readonly accept: ValidationAcceptor,
        readonly lang: Lang,
        private readonly policy: SeverityPolicy
    ) {}

    /**
     * A rule of the legal catalogue (DPA-Rnn); the legal basis is appended to the message.
     * `fixes` are offered as quick fixes (undefined entries, fixes that could not be placed, are
     * dropped). `variant.severity` is for the weaker variants the catalogue names for some rules
     * (e.g. DPA-R14: an error at 72 hours or more, a warning above 48); the user's policy
     * (settings, directives) still overrides it. `variant.message` names one of the rule's
     * variant messages in rules.json.
     */
    rule<N extends AstNode>(id: string, where: DiagnosticInfo<N>, args: MessageArgs = {}, fixes: readonly (Fix | undefined)[] = [], variant: { severity?: Severity; message?: string } = {}): void {
        const rule = getRule(id);
        const level = this.policy.levelFor(id, getDiagnosticRange(where).start.line, variant.severity ?? rule.severity);
        if (level === 'off') return;
        const basis = this.lang === 'nl' ? rule.basisNl : rule.basis;
        const message = `${formatMessage(rule, this.lang, args, variant.message)} (${basis})`;
        const data: FixData = { fixes: fixes.filter((f): f is Fix => f !== undefined) };
        this.accept(level, message, { ...where, code: id, data });
    }

    /** A structural check of the language. */
    check<N extends AstNode>(id: string, where: DiagnosticInfo<N>, args: MessageArgs = {}, fixes: readonly (Fix | undefined)[] = []): void {
        const check = getCheck(id);
        const data: FixData = { fixes: fixes.filter((f): f is Fix => f !== undefined) };
        this.accept(check.severity, formatMessage(check, this.lang, args), { ...where, code: id, data });
    }
}
