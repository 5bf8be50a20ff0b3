import { isAstNode, type AstNode } from 'langium';
import { lookupCountry, needsTransferMechanism } from '../countries.js';
import { hoursOf } from '../durations.js';
import diffData from '../data/diff.json';
import { DIFF_EFFECTS, DiffFileSchema, parseData, type DiffEffect } from '../data/schemas.js';

export { DIFF_EFFECTS };
import type * as ast from '../generated/ast.js';
import { compareModels, type StructuralChange, type Value } from './structural.js';
import { wordChanges, type WordChange } from './words.js';

// What a change between two versions of an agreement means, from data/diff.json (read here, not
// with the other data files: only `dpa diff` needs it).
const DIFF_DATA = parseData('diff.json', DiffFileSchema, diffData);

export type Effect = DiffEffect;

/** What a change adds to its effect: which way a period or amount went, or a transfer outside the EEA it creates. */
export type Note = 'longer' | 'shorter' | 'higher' | 'lower' | 'new-transfer';

/** A change between two versions of an agreement, with what it means. */
export interface AgreementChange extends StructuralChange {
    readonly effect: Effect;
    readonly note?: Note;
    /** For a text (a custom clause's paragraphs or title): the change word by word. */
    readonly words?: readonly WordChange[];
}

const PERIODS = new Map(DIFF_DATA.periods.map(entry => [entry.at, entry.shorter]));
const AMOUNTS = new Map(DIFF_DATA.amounts.map(entry => [entry.at, entry.lower]));
const FLAGS = new Map(DIFF_DATA.flags.map(entry => [entry.at, entry.set]));
const LISTS = new Map(DIFF_DATA.lists.map(entry => [entry.at, entry.added]));
const ELEMENTS = new Map(DIFF_DATA.elements.map(entry => [entry.type, entry]));
/** Places of an element (`SubProcessor.country`): by type, each property with the effect of a place outside the EEA. */
const TRANSFERS = new Map<string, { readonly property: string; readonly effect: Effect }[]>();
for (const { at, outsideEea: effect } of DIFF_DATA.transfers) {
    const [type, property] = at.split('.') as [string, string];
    TRANSFERS.set(type, [...(TRANSFERS.get(type) ?? []), { property, effect }]);
}
const TEXTS = new Set(DIFF_DATA.texts);
const IDENTITIES = new Map(DIFF_DATA.identities.map(entry => [entry.type, entry.property]));

/** The property that names an element of a type: `name`, or the one data/diff.json gives the type (a signatory's `person`). */
export function identityProperty(type: string): string {
    return IDENTITIES.get(type) ?? 'name';
}

/** What names an element (see identityProperty), if it has a name. */
export function identityOf(node: AstNode): string | undefined {
    const value = (node as unknown as Record<string, unknown>)[identityProperty(node.$type)];
    return typeof value === 'string' ? value : undefined;
}

/**
 * The changes from one version of an agreement to another, each with its effect on the parties'
 * positions (data/diff.json): a shorter breach-notification deadline binds the processor more, a
 * new sub-processor binds it less (and, outside the EEA, is a new transfer), a lower liability cap
 * limits what it owes. A change the table does not name is neutral.
 */
export function diffAgreements(before: ast.Agreement, after: ast.Agreement): AgreementChange[] {
    return compareModels(before, after, { ordered: TEXTS, identities: IDENTITIES }).map(change => {
        const words = textChange(change);
        return { ...change, ...meaning(change), ...(words ? { words } : {}) };
    });
}

/** The word-level change of a text property (data/diff.json `texts`); paragraphs are joined by a blank line. */
function textChange(change: StructuralChange): readonly WordChange[] | undefined {
    if (change.kind !== 'changed' || !TEXTS.has(`${(change.after ?? change.before)!.$type}.${change.property}`)) return undefined;
    const text = (value: Value | undefined) => (Array.isArray(value) ? value.join('\n\n') : typeof value === 'string' ? value : '');
    return wordChanges(text(change.oldValue), text(change.newValue));
}

function opposite(effect: Effect): Effect {
    switch (effect) {
        case 'stricter-for-processor': return 'looser-for-processor';
        case 'looser-for-processor': return 'stricter-for-processor';
        case 'stricter-for-controller': return 'looser-for-controller';
        case 'looser-for-controller': return 'stricter-for-controller';
        default: return 'neutral';
    }
}

function meaning(change: StructuralChange): { effect: Effect; note?: Note } {
    if (change.kind !== 'changed') {
        const node = (change.after ?? change.before)!;
        const entry = ELEMENTS.get(node.$type);
        const effect = entry ? (change.kind === 'added' ? entry.added : entry.removed) : 'neutral';
        return change.kind === 'added' && createsTransfer(node) ? { effect, note: 'new-transfer' } : { effect };
    }
    const owner = (change.after ?? change.before)!;
    const at = `${owner.$type}.${change.property}`;
    const shorter = PERIODS.get(at);
    if (shorter !== undefined) {
        const [o, n] = [hours(change.oldValue), hours(change.newValue)];
        if (o !== undefined && n !== undefined && o !== n) return { effect: n < o ? shorter : opposite(shorter), note: n < o ? 'shorter' : 'longer' };
    }
    const lower = AMOUNTS.get(at);
    if (lower !== undefined && typeof change.oldValue === 'number' && typeof change.newValue === 'number' && change.oldValue !== change.newValue) {
        return { effect: change.newValue < change.oldValue ? lower : opposite(lower), note: change.newValue < change.oldValue ? 'lower' : 'higher' };
    }
    const set = FLAGS.get(at);
    if (set !== undefined) return { effect: change.newValue === true ? set : opposite(set) };
    const added = LISTS.get(at);
    if (added !== undefined && (Array.isArray(change.oldValue) || Array.isArray(change.newValue))) {
        // Items added and none removed (or the reverse) move one way; both at once is a mixed change.
        const o = (change.oldValue ?? []) as readonly unknown[];
        const n = (change.newValue ?? []) as readonly unknown[];
        const gained = n.some(x => !o.includes(x));
        const lost = o.some(x => !n.includes(x));
        if (gained !== lost) return { effect: gained ? added : opposite(added) };
    }
    const place = TRANSFERS.get(owner.$type)?.find(entry => entry.property === change.property);
    if (place && typeof change.newValue === 'string' && outsideEea(change.newValue) && !(typeof change.oldValue === 'string' && outsideEea(change.oldValue))) {
        return { effect: place.effect, note: 'new-transfer' };
    }
    return { effect: 'neutral' };
}

/** A period in hours, if the value is one. */
function hours(value: Value | undefined): number | undefined {
    if (!isAstNode(value) || value.$type !== 'Duration') return undefined;
    const duration = value as ast.Duration;
    return hoursOf(duration.amount, duration.unit).nominal;
}

function outsideEea(code: string): boolean {
    const country = lookupCountry(code);
    return country !== undefined && needsTransferMechanism(country);
}

/** Whether an added element brings a transfer outside the EEA (a sub-processor there). */
function createsTransfer(node: AstNode): boolean {
    const fields = node as unknown as Record<string, unknown>;
    return (TRANSFERS.get(node.$type) ?? []).some(({ property }) => typeof fields[property] === 'string' && outsideEea(fields[property]));
}

