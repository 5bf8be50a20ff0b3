import { isAstNode, type AstNode } from 'langium';
import { defineCatalogue } from '../i18n/catalogue.js';
import { formatDuration } from '../durations.js';
import type { Lang } from '../i18n/lang.js';
import type * as ast from '../generated/ast.js';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import { identityOf, identityProperty, type AgreementChange } from './meaning.js';
import type { WordChange } from './words.js';
import { render } from './structural.js';

/** What `dpa diff` says, in nl and en: change kinds, effects, the names of the model's elements and properties. */
export const DIFF_MESSAGES = defineCatalogue<keyof typeof en>('diff', { nl, en });

type Key = keyof typeof en;

function has(key: string): key is Key {
    return key in en;
}

/** "Sub-processor Ticketflow", "Breach notification": an element by its kind and name. */
export function subjectOf(node: AstNode, lang: Lang, unnamed = false): string {
    const type = has(`type.${node.$type}`) ? DIFF_MESSAGES.text(lang, `type.${node.$type}` as Key) : node.$type;
    const name = unnamed ? undefined : identityOf(node);
    return name !== undefined ? `${type} ${name}` : type;
}

/**
 * A node as a reader finds it: named elements by kind and name ("Sub-processor Ticketflow"), a
 * part of one after it ("Party Customer · Signatory"), the standard clauses by their kind.
 */
function readerSubject(node: AstNode, lang: Lang, unnamed = false): string {
    const own = subjectOf(node, lang, unnamed);
    if (typeof (node as unknown as { name?: unknown }).name === 'string' || !node.$container || node.$container.$type === 'Agreement' || node.$container.$type === 'Document') return own;
    return `${readerSubject(node.$container, lang)} · ${own}`;
}

/**
 * A property by its label: the type's own (`property.Exclusion.items`: "excluded data") where the
 * same name means something else on that type, else the name's (`property.items`: "warranties"),
 * else the name itself.
 */
export function propertyLabel(type: string, property: string, lang: Lang): string {
    for (const key of [`property.${type}.${property}`, `property.${property}`]) {
        if (has(key)) return DIFF_MESSAGES.text(lang, key);
    }
    return property;
}

function valueText(value: AgreementChange['oldValue'], lang: Lang): string {
    if (value === undefined) return DIFF_MESSAGES.text(lang, 'none');
    if (value === true) return DIFF_MESSAGES.text(lang, 'set');
    if (isAstNode(value) && value.$type === 'Duration') {
        const { amount, unit } = value as ast.Duration;
        return formatDuration(amount, unit, lang);
    }
    if (isAstNode(value)) return subjectOf(value, lang);
    return render(value);
}

/**
 * One change as a line: "Breach notification: deadline: 24 hours → 48 hours (looser for the
 * processor, longer)", "Sub-processor Ticketflow added (looser for the processor, new transfer
 * outside the EEA)".
 */
export function describeChange(change: AgreementChange, lang: Lang): string {
    const meaning = [DIFF_MESSAGES.text(lang, `effect.${change.effect}` as Key), ...(change.note ? [DIFF_MESSAGES.text(lang, `note.${change.note}` as Key)] : [])].join(', ');
    let what: string;
    if (change.kind === 'added') what = DIFF_MESSAGES.text(lang, 'added', { subject: readerSubject(change.after!, lang) });
    else if (change.kind === 'removed') what = DIFF_MESSAGES.text(lang, 'removed', { subject: readerSubject(change.before!, lang) });
    else {
        // A change of what names the element ("person" of a signatory) names it by its kind only.
        const node = (change.after ?? change.before)!;
        const subject = readerSubject(node, lang, change.property === identityProperty(node.$type));
        const property = propertyLabel(node.$type, change.property!, lang);
        if (change.words) {
            what = DIFF_MESSAGES.text(lang, 'listChanged', { subject, property, changes: wordSummary(change.words) });
        } else if (Array.isArray(change.oldValue) || Array.isArray(change.newValue)) {
            const o = (change.oldValue ?? []) as readonly unknown[];
            const n = (change.newValue ?? []) as readonly unknown[];
            const parts = [
                ...n.filter(x => !o.includes(x)).map(x => DIFF_MESSAGES.text(lang, 'listAdded', { x: String(x) })),
                ...o.filter(x => !n.includes(x)).map(x => DIFF_MESSAGES.text(lang, 'listRemoved', { x: String(x) }))
            ];
            what = DIFF_MESSAGES.text(lang, 'listChanged', { subject, property, changes: parts.join(', ') });
        } else {
            what = DIFF_MESSAGES.text(lang, 'changed', { subject, property, old: valueText(change.oldValue, lang), new: valueText(change.newValue, lang) });
        }
    }
    return `${what} (${meaning})`;
}

/** Context kept around a change of a text, in characters on each side. */
const CONTEXT = 24;

/** A text's word changes on one line: `[−old]` and `[+new]`, unchanged stretches cut to CONTEXT characters next to a change. */
function wordSummary(words: readonly WordChange[]): string {
    return words.map((word, i) => {
        if (word.kind === 'removed') return `[−${word.text}]`;
        if (word.kind === 'added') return `[+${word.text}]`;
        const text = word.text.replace(/\s+/g, ' ');
        if (text.length <= 2 * CONTEXT) return text;
        const before = i > 0 ? text.slice(0, CONTEXT) : '';
        const after = i < words.length - 1 ? text.slice(-CONTEXT) : '';
        return `${before}…${after}`;
    }).join('');
}
