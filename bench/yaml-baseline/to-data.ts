/**
 * The converter of the YAML baseline, run once outside the timing: a parsed .dpa document as the
 * plain data a YAML author would write for the same agreement. Every AST node becomes a mapping
 * of its properties (declarations keep their ids under `name`), lists stay lists, references
 * become the id they name, and values the grammar leaves out (false flags, empty lists) are left
 * out; a node that sits where the grammar allows several types (a clause) says which in `type`.
 */
import { isAstNode, isReference, type AstNode } from 'langium';
import { dump } from 'js-yaml';
import { TAG } from './schema.js';

export type Data = string | number | boolean | Data[] | { [key: string]: Data };

function value(item: unknown, tagged: ReadonlySet<string>): Data | undefined {
    if (item === undefined || item === false) return undefined;
    if (isReference(item)) return item.$refText;
    if (isAstNode(item)) return toData(item, tagged);
    if (Array.isArray(item)) {
        const items = item.map(element => value(element, tagged)).filter((element): element is Data => element !== undefined);
        return items.length > 0 ? items : undefined;
    }
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') return item;
    throw new Error(`unexpected value in the AST: ${typeof item}`);
}

/** `node` as plain data; `tagged`: the types that carry a `type` property (members of a union). */
export function toData(node: AstNode, tagged: ReadonlySet<string>): { [key: string]: Data } {
    const data: { [key: string]: Data } = tagged.has(node.$type) ? { [TAG]: node.$type } : {};
    for (const [key, item] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        const converted = value(item, tagged);
        if (converted !== undefined) data[key] = converted;
    }
    return data;
}

/** The YAML text of `node`: block style, one line per value (no folding), no anchors. */
export function toYaml(node: AstNode, tagged: ReadonlySet<string>): string {
    return dump(toData(node, tagged), { lineWidth: -1, noRefs: true });
}
