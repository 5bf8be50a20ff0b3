import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { formatMessage, getCheck, getRule, type MessageArgs, type MessageLanguage } from '../messages.js';

/**
 * Reports diagnostics with their rule id as the code and the message in the user's language.
 * Every check goes through here, so severity and wording come from the data files only.
 */
export class Reporter {
    constructor(
        private readonly accept: ValidationAcceptor,
        private readonly lang: MessageLanguage
    ) {}

    /** A rule of the legal catalogue (DPA-Rnn); the legal basis is appended to the message. */
    rule<N extends AstNode>(id: string, where: DiagnosticInfo<N>, args: MessageArgs = {}): void {
        const rule = getRule(id);
        const message = `${formatMessage(rule, this.lang, args)} (${rule.basis})`;
        this.accept(rule.severity, message, { ...where, code: id });
    }

    /** A structural check of the language. */
    check<N extends AstNode>(id: string, where: DiagnosticInfo<N>, args: MessageArgs = {}): void {
        const check = getCheck(id);
        this.accept(check.severity, formatMessage(check, this.lang, args), { ...where, code: id });
    }
}
