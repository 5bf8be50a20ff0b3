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
    compareNodes(before, after, changes, options.ordered ?? new Set());
    return changes;
}

export interface CompareOptions {
    /** Lists of values (`Type.property`) that compare in order, as one text (a clause's paragraphs), not as sets. */
    readonly ordered?: ReadonlySet<string>;
}

function compareNodes(before: AstNode, after: AstNode, changes: StructuralChange[], ordered: ReadonlySet<string>): void {
    const properties = new Set([...Object.keys(before), ...Object.keys(after)].filter(key => !key.startsWith('$') && !SKIPPED.has(key)));
    for (const property of [...properties].sort()) {
        const oldValue = (before as unknown as Record<string, unknown>)[property];
        const newValue = (after as unknown as Record<string, unknown>)[property];
        if (Array.isArray(oldValue) || Array.isArray(newValue)) {
            compareLists(before, after, property, (oldValue ?? []) as readonly unknown[], (newValue ?? []) as readonly unknown[], changes, ordered);
        } else if (isAstNode(oldValue) && isAstNode(newValue) && oldValue.$type === newValue.$type) {
            if (isValueNode(oldValue)) {
                if (render(oldValue) !== render(newValue)) changes.push({ kind: 'changed', before, after, property, oldValue, newValue });
            } else {
                compareNodes(oldValue, newValue, changes, ordered);
            }
        } else {
            const o = plain(oldValue);
            const n = plain(newValue);
            if (!same(o, n)) changes.push({ kind: 'changed', before, after, property, ...(o !== undefined ? { oldValue: o } : {}), ...(n !== undefined ? { newValue: n } : {}) });
        }
    }
}

function compareLists(before: AstNode, after: AstNode, property: string, oldItems: readonly unknown[], newItems: readonly unknown[], changes: StructuralChange[], ordered: ReadonlySet<string>): void {
    const nodes = [...oldItems, ...newItems].some(item => isAstNode(item));
    if (!nodes) {
        const o = oldItems.map(item => plain(item)).filter((v): v is string | number | boolean => v !== undefined && typeof v !== 'object');
        const n = newItems.map(item => plain(item)).filter((v): v is string | number | boolean => v !== undefined && typeof v !== 'object');
        const differ = ordered.has(`${after.$type}.${property}`)
            ? o.length !== n.length || o.some((v, i) => v !== n[i])
            : o.some(v => !n.includes(v)) || n.some(v => !o.includes(v));
        if (differ) changes.push({ kind: 'changed', before, after, property, oldValue: o, newValue: n });
        return;
    }
    const oldNodes = oldItems.filter(isAstNode);
    const newNodes = newItems.filter(isAstNode);
    const key = keyFor([...oldNodes, ...newNodes]);
    const oldByKey = new Map(oldNodes.map((node, i) => [key(node, i, oldNodes), node]));
    const newKeys = new Set<string>();
    newNodes.forEach((node, i) => {
        const k = key(node, i, newNodes);
        newKeys.add(k);
        const old = oldByKey.get(k);
        if (old === undefined) changes.push({ kind: 'added', after: node });
        else if (isValueNode(old)) {
            if (render(old) !== render(node)) changes.push({ kind: 'changed', before, after, property, oldValue: old, newValue: node });
        } else compareNodes(old, node, changes, ordered);
    });
    for (const [k, node] of oldByKey) if (!newKeys.has(k)) changes.push({ kind: 'removed', before: node });
}

/** How the elements of a list are matched: by name, by type when each type occurs once, else by position. */
function keyFor(nodes: readonly AstNode[]): (node: AstNode, index: number, list: readonly AstNode[]) => string {
    if (nodes.every(node => typeof (node as { name?: unknown }).name === 'string')) return node => `${node.$type}:${(node as unknown as { name: string }).name}`;
    return (node, index, list) => (list.filter(other => other.$type === node.$type).length === 1 ? node.$type : `${node.$type}#${index}`);
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
