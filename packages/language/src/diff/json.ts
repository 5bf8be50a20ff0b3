import type { Lang } from '../i18n/lang.js';
import { describeChange, subjectOf } from './describe.js';
import type { AgreementChange } from './meaning.js';
import { render } from './structural.js';
import type { WordChange } from './words.js';

/** A change as data, for machines (`dpa diff --format json`): plain values only, lines 1-based. */
export interface ChangeRecord {
    readonly kind: AgreementChange['kind'];
    readonly effect: AgreementChange['effect'];
    readonly note?: AgreementChange['note'];
    readonly subject: string;
    readonly property?: string;
    readonly before?: string;
    readonly after?: string;
    /** The change said in words, as `describeChange` says it. */
    readonly text: string;
    /** Where it is: the line in the old version, in the new version (absent for a side that does not have it). */
    readonly line: { readonly old?: number; readonly new?: number };
    readonly words?: readonly WordChange[];
}

/** The line (1-based) of a node's start, if it has one in its document. */
export function lineOf(node: { readonly $cstNode?: { readonly range: { readonly start: { readonly line: number } } } } | undefined): number | undefined {
    const line = node?.$cstNode?.range.start.line;
    return line === undefined ? undefined : line + 1;
}

export function changeRecord(change: AgreementChange, lang: Lang): ChangeRecord {
    const node = (change.after ?? change.before)!;
    const value = (v: AgreementChange['oldValue']) => (v === undefined ? undefined : render(v));
    const before = value(change.oldValue);
    const after = value(change.newValue);
    const oldLine = lineOf(change.before);
    const newLine = lineOf(change.after);
    return {
        kind: change.kind,
        effect: change.effect,
        ...(change.note ? { note: change.note } : {}),
        subject: subjectOf(node, lang),
        ...(change.property ? { property: change.property } : {}),
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
        text: describeChange(change, lang),
        line: { ...(oldLine ? { old: oldLine } : {}), ...(newLine ? { new: newLine } : {}) },
        ...(change.words ? { words: change.words } : {})
    };
}
