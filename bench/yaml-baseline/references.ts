/**
 * The linking half of the YAML baseline, inside its timing: one pass over the parsed YAML that
 * collects the declared ids per type and the references (with the type each must name, from the
 * grammar), then reports every reference that names no declaration of that type.
 */
import { TAG, type DerivedSchema } from './schema.js';

type Mapping = { readonly [key: string]: unknown };

const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The references of `data` (of the schema's entry type) that resolve to nothing, as `Type id`. */
export function unresolvedReferences(data: unknown, derived: DerivedSchema): string[] {
    const declared = new Map<string, Set<string>>();
    const references: [type: string, id: string][] = [];

    const visit = (node: unknown, declaredType: string): void => {
        if (!isMapping(node)) return;
        const type = derived.unions.has(declaredType) ? String(node[TAG]) : declaredType;
        const links = derived.links.get(type);
        if (!links) return;
        const name = node['name'];
        if (typeof name === 'string') {
            let names = declared.get(type);
            if (!names) declared.set(type, (names = new Set()));
            names.add(name);
        }
        for (const key in node) {
            const item = node[key];
            const childType = links.children.get(key);
            if (childType !== undefined) {
                if (Array.isArray(item)) for (const child of item) visit(child, childType);
                else visit(item, childType);
                continue;
            }
            const target = links.references.get(key);
            if (target === undefined) continue;
            if (Array.isArray(item)) for (const id of item) references.push([target, String(id)]);
            else references.push([target, String(item)]);
        }
    };
    visit(data, derived.entry);

    return references.filter(([type, id]) => !declared.get(type)?.has(id)).map(([type, id]) => `${type} ${id}`);
}
