import type { InferOutput } from 'valibot';
import { CHECKS_DATA, RULES_DATA } from './data/index.js';
import type { CheckInfoSchema, RuleInfoSchema } from './data/schemas.js';

import type { Lang } from './i18n/lang.js';

/** Language of diagnostic messages (the one `Lang` type; this alias goes once every module uses `Lang`). */
export type MessageLanguage = Lang;
export type Severity = 'error' | 'warning' | 'info';

/** A rule of the legal catalogue (DPA-R01…R60), as in rules.json (see data/schemas.ts). */
export type RuleInfo = Readonly<InferOutput<typeof RuleInfoSchema>>;

/** A structural check of the language (duplicate names, unknown country codes, …), as in checks.json. */
export type CheckInfo = Readonly<InferOutput<typeof CheckInfoSchema>>;

const rules = new Map<string, RuleInfo>(RULES_DATA.rules.map(rule => [rule.id, rule]));
const checks = new Map<string, CheckInfo>(CHECKS_DATA.checks.map(check => [check.id, check]));

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
