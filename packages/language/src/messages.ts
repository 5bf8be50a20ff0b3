import type { InferOutput } from 'valibot';
import { CHECKS_DATA, RULES_DATA } from './data/index.js';
import type { CheckInfoSchema, RuleInfoSchema } from './data/schemas.js';

import type { Lang } from './i18n/lang.js';
import { LANGUAGE_MESSAGES, type TextKey } from './i18n/texts.js';

export type Severity = 'error' | 'warning' | 'info';

/** A rule of the legal catalogue (DPA-R01…R65), as in rules.json (see data/schemas.ts). */
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
 * The catalogue key of a rule's or check's message: the rule id (`DPA-R05`), a rule's variant
 * (`DPA-R52.territory`) or `check.<id>`.
 */
export function messageKey(info: RuleInfo | CheckInfo, variant?: string): string {
    if (!('basis' in info)) return `check.${info.id}`;
    return variant === undefined ? info.id : `${info.id}.${variant}`;
}

/**
 * The message of a rule or check in the given language (from the language catalogue,
 * i18n/nl.json and en.json), with `{x}` and `{y}` filled in (empty when not given); `variant`
 * picks one of a rule's variant messages.
 */
export function formatMessage(info: RuleInfo | CheckInfo, lang: Lang, args: MessageArgs = {}, variant?: string): string {
    const key = messageKey(info, variant) as TextKey;
    const message = LANGUAGE_MESSAGES.messages(lang)[key] as string | undefined;
    if (message === undefined) {
        throw new Error(variant === undefined ? `${info.id} has no message` : `${info.id} has no message variant '${variant}'`);
    }
    return message.replace(/\{([xy])\}/g, (_, name: 'x' | 'y') => args[name] ?? '');
}
