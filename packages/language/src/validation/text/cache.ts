// Results of the text engine by content. Between two builds of a document almost every string is
// unchanged (a keystroke changes one), and what a pattern set or a family finds in a string
// depends on nothing but the string, so those results are kept and reused. Each cache is keyed by
// its pattern set (weakly: a set that is no longer used takes its cache with it) and bounded: when
// it is full it starts again, so memory stays proportional to one large document's strings.

/** Distinct strings kept per pattern set: about the strings of a 20,000-line agreement. */
const LIMIT = 20_000;

/** A cache of results by text, per key object (a pattern list, a family). */
export class TextCache<K extends object, V> {
    private readonly byKey = new WeakMap<K, Map<string, V>>();

    get(key: K, text: string, compute: () => V): V {
        let entries = this.byKey.get(key);
        if (!entries) {
            entries = new Map();
            this.byKey.set(key, entries);
        }
        const hit = entries.get(text);
        if (hit !== undefined) return hit;
        const value = compute();
        if (entries.size >= LIMIT) entries.clear();
        entries.set(text, value);
        return value;
    }
}
