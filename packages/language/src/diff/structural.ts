import { isAstNode, isReference, type AstNode } from 'langium';

/**
 * A change between two versions of a model, found by comparing the models, not their text: a
 * named element (a party, a processing activity, a sub-processor, a measure …) or a clause added
 * or removed, or a property of an element that both versions have changed.
 */
export interface StructuralChange {
    readonly kind: 'added' | 'removed' | 'changed';
    /** The element the change is in (for an added or removed element: that element), in each version that has it. */
    readonly before?: AstNode;
    readonly after?: AstNode;
    /** The changed property (absent for an added or removed element). */
    readonly property?: string;
    /** For a property: its old and new value (primitives; a reference by its name; a child node). */
    readonly oldValue?: Value;
    readonly newValue?: Value;
}

/** A property's value as compared: a primitive, a reference's name, a child node, or a list of them. */
export type Value = string | number | boolean | AstNode | readonly (string | number | boolean)[];

/** Properties that are not the agreement's content (Langium's, and the template condition's link to its parameter). */
const SKIPPED = new Set(['onlyIf']);

/**
 * The changes between two versions of a model node (two agreements): property by property (in
 * name order), a list's elements in the new version's order and its removed elements after them.
 * Elements of a list are matched by name
 * when they have one, by type when the type occurs once in the list (the standard clauses), and by
 * position otherwise; a reference compares by the name it uses; a list of values (purposes,
 * operations, references) compares as a set, each addition and removal a change of its own.
 */
export function compareModels(before: AstNode, after: AstNode, options: CompareOptions = {}): StructuralChange[] {
    const changes: StructuralChange[] = [];
    compareNodes(before, after, changes, { ordered: options.ordered ?? new Set(), identities: options.identities ?? new Map() });
    return changes;
}

export interface CompareOptions {
    /** Lists of values (`Type.property`) that compare in order, as one text (a clause's paragraphs), not as sets. */
    readonly ordered?: ReadonlySet<string>;
    /** The property that identifies an element without a name, by type (a signatory: its `person`). */
    readonly identities?: ReadonlyMap<string, string>;
}

function compareNodes(before: AstNode, after: AstNode, changes: StructuralChange[], options: Required<CompareOptions>): void {
    const properties = new Set([...Object.keys(before), ...Object.keys(after)].filter(key => !key.startsWith('$') && !SKIPPED.has(key)));
    for (const property of [...properties].sort()) {
        const oldValue = (before as unknown as Record<string, unknown>)[property];
        const newValue = (after as unknown as Record<string, unknown>)[property];
        if (Array.isArray(oldValue) || Array.isArray(newValue)) {
            compareLists(before, after, property, (oldValue ?? []) as readonly unknown[], (newValue ?? []) as readonly unknown[], changes, options);
        } else if (isAstNode(oldValue) && isAstNode(newValue) && oldValue.$type === newValue.$type) {
            if (isValueNode(oldValue)) {
                if (render(oldValue) !== render(newValue)) changes.push({ kind: 'changed', before, after, property, oldValue, newValue });
            } else {
                compareNodes(oldValue, newValue, changes, options);
            }
        } else {
            const o = plain(oldValue);
            const n = plain(newValue);
            if (!same(o, n)) changes.push({ kind: 'changed', before, after, property, ...(o !== undefined ? { oldValue: o } : {}), ...(n !== undefined ? { newValue: n } : {}) });
        }
    }
}

function compareLists(before: AstNode, after: AstNode, property: string, oldItems: readonly unknown[], newItems: readonly unknown[], changes: StructuralChange[], options: Required<CompareOptions>): void {
    const nodes = [...oldItems, ...newItems].some(item => isAstNode(item));
    if (!nodes) {
        const o = oldItems.map(item => plain(item)).filter((v): v is string | number | boolean => v !== undefined && typeof v !== 'object');
        const n = newItems.map(item => plain(item)).filter((v): v is string | number | boolean => v !== undefined && typeof v !== 'object');
        const differ = options.ordered.has(`${after.$type}.${property}`)
            ? o.length !== n.length || o.some((v, i) => v !== n[i])
            : o.some(v => !n.includes(v)) || n.some(v => !o.includes(v));
        if (differ) changes.push({ kind: 'changed', before, after, property, oldValue: o, newValue: n });
        return;
    }
    const oldNodes = oldItems.filter(isAstNode);
    const newNodes = newItems.filter(isAstNode);
    const key = keyFor(oldNodes, newNodes, options.identities);
    const oldByKey = new Map(oldNodes.map((node, i) => [key(node, i, oldNodes), node]));
    const matched = new Map<AstNode, AstNode>();
    const added: AstNode[] = [];
    newNodes.forEach((node, i) => {
        const old = oldByKey.get(key(node, i, newNodes));
        if (old === undefined) added.push(node);
        else matched.set(node, old);
    });
    const used = new Set(matched.values());
    const removed = oldNodes.filter(node => !used.has(node));
    // An element matched by its identity whose identity itself changed (a template's signatory
    // `{{signatory}}` filled in): one left over on each side, of that type, is the same element.
    for (const type of options.identities.keys()) {
        const gone = removed.filter(node => node.$type === type);
        const come = added.filter(node => node.$type === type);
        if (gone.length !== 1 || come.length !== 1) continue;
        matched.set(come[0]!, gone[0]!);
        removed.splice(removed.indexOf(gone[0]!), 1);
        added.splice(added.indexOf(come[0]!), 1);
    }
    for (const node of newNodes) {
        const old = matched.get(node);
        if (old === undefined) changes.push({ kind: 'added', after: node });
        else if (isValueNode(old)) {
            if (render(old) !== render(node)) changes.push({ kind: 'changed', before, after, property, oldValue: old, newValue: node });
        } else compareNodes(old, node, changes, options);
    }
    for (const node of removed) changes.push({ kind: 'removed', before: node });
}

/**
 * How the elements of a list are matched between the versions: by name, or by their identity
 * (`identities`) when every element has one; else by type when each version has at most one of
 * that type (the standard clauses); else by position among the elements of their type.
 */
function keyFor(oldNodes: readonly AstNode[], newNodes: readonly AstNode[], identities: ReadonlyMap<string, string>): (node: AstNode, index: number, list: readonly AstNode[]) => string {
    const all = [...oldNodes, ...newNodes];
    const identity = (node: AstNode) => (node as unknown as Record<string, unknown>)[identities.get(node.$type) ?? 'name'];
    if (all.every(node => typeof identity(node) === 'string')) return node => `${node.$type}:${identity(node) as string}`;
    const once = (type: string) => oldNodes.filter(node => node.$type === type).length <= 1 && newNodes.filter(node => node.$type === type).length <= 1;
    return (node, _index, list) => (once(node.$type) ? node.$type : `${node.$type}#${list.filter(other => other.$type === node.$type).indexOf(node)}`);
}

/** Nodes that are values rather than elements: compared by what they say (a duration, an amount). */
function isValueNode(node: AstNode): boolean {
    return node.$type === 'Duration';
}

/** A value node as text: `48 hours`. */
export function render(value: Value | undefined): string {
    if (value === undefined) return '';
    if (Array.isArray(value)) return value.join(', ');
    if (isAstNode(value)) {
        const fields = value as unknown as Record<string, unknown>;
        if (value.$type === 'Duration') return `${String(fields['amount'])} ${String(fields['unit'])}`;
        return typeof fields['name'] === 'string' ? fields['name'] : value.$type;
    }
    return String(value);
}

/** A property's value as compared: references by the name they use; false and absent alike (a flag not set). */
function plain(value: unknown): Value | undefined {
    if (value === undefined || value === null || value === false) return undefined;
    if (isReference(value)) return value.$refText;
    if (isAstNode(value)) return value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return undefined;
}

function same(a: Value | undefined, b: Value | undefined): boolean {
    if (isAstNode(a) || isAstNode(b)) return false;
    return a === b;
}
