import ruleData from './data/rules.json';
import checkData from './data/checks.json';

/** Language of diagnostic messages. */
export type MessageLanguage = 'nl' | 'en';
export type Severity = 'error' | 'warning' | 'info';

/** A rule of the legal catalogue (DPA-R01…R60). */
export interface RuleInfo {
    readonly id: string;
    readonly severity: Severity;
    readonly detects: string;
    readonly basis: string;
    /** The legal basis as Dutch lawyers cite it ("art. 28 lid 3 onder a AVG"), for Dutch messages. */
    readonly basisNl: string;
    readonly message: Readonly<Record<MessageLanguage, string>>;
    readonly fix: string;
    /** Messages for the narrower cases of the rule, by key (see `Reporter.rule`'s variant). */
    readonly variants?: Readonly<Record<string, Readonly<Record<MessageLanguage, string>>>>;
    /** Variants of the rule the validator leaves out, and why. */
    readonly limits?: string;
    /** Why the validator does not implement the rule, for rules it leaves out. */
    readonly notImplemented?: string;
}

/** A structural check of the language (duplicate names, unknown country codes, …). */
export interface CheckInfo {
    readonly id: string;
    readonly severity: Severity;
    readonly message: Readonly<Record<MessageLanguage, string>>;
}

const rules = new Map((ruleData as { rules: RuleInfo[] }).rules.map(rule => [rule.id, rule]));
const checks = new Map((checkData as { checks: CheckInfo[] }).checks.map(check => [check.id, check]));

export type MessageArgs = { readonly x?: string; readonly y?: string };

export function getRule(id: string): RuleInfo {
    const rule = rules.get(id);
    if (!rule) throw new Error(`Unknown rule ${id}`);
    return rule;
}

export function allRules(): readonly RuleInfo[] {
    return [...rules.values()];
}

export function getCheck(id: string): CheckInfo {
    const check = checks.get(id);
    if (!check) throw new Error(`Unknown check ${id}`);
    return check;
}

/**
 * The message of a rule or check in the given language, with `{x}` and `{y}` filled in; `variant`
 * picks one of a rule's variant messages.
 */
export function formatMessage(info: RuleInfo | CheckInfo, lang: MessageLanguage, args: MessageArgs = {}, variant?: string): string {
    const message = (variant !== undefined && 'variants' in info ? info.variants?.[variant] : undefined) ?? info.message;
    if (variant !== undefined && message === info.message) throw new Error(`${info.id} has no message variant '${variant}'`);
    return message[lang].replace(/\{([xy])\}/g, (_, key: 'x' | 'y') => args[key] ?? '');
}
