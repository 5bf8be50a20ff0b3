import { isAstNode, type AstNode } from 'langium';
import { defineCatalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type * as ast from '../generated/ast.js';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import type { AgreementChange } from './meaning.js';
import { render } from './structural.js';

/** What `dpa diff` says, in nl and en: change kinds, effects, the names of the model's elements and properties. */
export const DIFF_MESSAGES = defineCatalogue<keyof typeof en>('diff', { nl, en });

type Key = keyof typeof en;

function has(key: string): key is Key {
    return key in en;
}

/** "Sub-processor Ticketflow", "Breach notification": an element by its kind and name. */
export function subjectOf(node: AstNode, lang: Lang): string {
    const type = has(`type.${node.$type}`) ? DIFF_MESSAGES.text(lang, `type.${node.$type}` as Key) : node.$type;
    const name = (node as unknown as { name?: unknown }).name;
    return typeof name === 'string' ? `${type} ${name}` : type;
}

/** The nearest element of a node that a reader knows by name or kind (a retention is its processing activity's). */
function readerSubject(node: AstNode, lang: Lang): string {
    if (has(`type.${node.$type}`) && node.$type !== 'Retention') return subjectOf(node, lang);
    const named = node.$container;
    return named ? `${subjectOf(named, lang)} · ${subjectOf(node, lang)}` : subjectOf(node, lang);
}

function valueText(value: AgreementChange['oldValue'], lang: Lang): string {
    if (value === undefined) return DIFF_MESSAGES.text(lang, 'none');
    if (value === true) return DIFF_MESSAGES.text(lang, 'set');
    if (isAstNode(value) && value.$type === 'Duration') {
        const { amount, unit } = value as ast.Duration;
        return `${amount} ${DIFF_MESSAGES.text(lang, `unit.${unit}` as Key)}`;
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
    if (change.kind === 'added') what = DIFF_MESSAGES.text(lang, 'added', { subject: subjectOf(change.after!, lang) });
    else if (change.kind === 'removed') what = DIFF_MESSAGES.text(lang, 'removed', { subject: subjectOf(change.before!, lang) });
    else {
        const subject = readerSubject((change.after ?? change.before)!, lang);
        const property = has(`property.${change.property}`) ? DIFF_MESSAGES.text(lang, `property.${change.property}` as Key) : change.property!;
        if (Array.isArray(change.oldValue) || Array.isArray(change.newValue)) {
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
