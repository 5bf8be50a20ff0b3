// Results of the text engine by content. Between two builds of a document almost every string is
// unchanged (a keystroke changes one), and what a pattern set, a family or a rule finds in a
// string depends on nothing but the string, so those results are kept and reused: one store
// entry per distinct text, holding every cache's results for it by key (a pattern list, a
// family), bounded: two generations of texts (see GENERATION), so memory stays proportional to
// the strings of the documents being edited.
//
// The strings of a document are interned once per parse (`internText`, called for every text
// token): each distinct content has one canonical string object, a copy of its own (not a slice
// that would keep a whole old document's text alive). A cache lookup with the canonical object
// then finds its entry by identity, without comparing the characters again, so the dozens of
// lookups per string and build (one per rule and pattern set) cost next to nothing, and a
// rebuild after a keystroke scans only the strings that changed.

/**
 * Texts kept per generation. The store keeps two generations: a text looked up is kept in the
 * young one (moved there from the old one if need be); when the young one is full it becomes the
 * old one and the oldest is dropped. A document's strings are all read on every build, so the
 * strings of the documents being edited stay, and memory is bounded by twice this many texts
 * (a 20,000-line agreement has about 9,000 distinct strings).
 */
const GENERATION = 16_000;

/** A map of two generations, bounded, that keeps what was used recently (see GENERATION). */
class Generations<V> {
    private young = new Map<string, V>();
    private old = new Map<string, V>();

    get(text: string): V | undefined {
        const found = this.young.get(text);
        if (found !== undefined) return found;
        const older = this.old.get(text);
        if (older !== undefined) this.set(text, older);
        return older;
    }

    set(text: string, value: V): void {
        if (this.young.size >= GENERATION) {
            this.old = this.young;
            this.young = new Map();
        }
        this.young.set(text, value);
    }

    clear(): void {
        this.young = new Map();
        this.old = new Map();
    }
}

/**
 * What the caches know of one text: its canonical string object and, per slot (a cache and a key
 * of it, see TextCache), the result. One array per text, indexed by slot number, rather than a
 * map per cache and text: a check of a new document creates an entry for each of its strings,
 * and a map of maps per string would be most of the garbage of that check.
 */
interface TextEntry {
    readonly text: string;
    readonly results: unknown[];
}

/**
 * The store: one entry per distinct text (its key the canonical copy, see `internText`). The
 * texts last looked up are remembered (RECENT of them, by identity), so the rules that read one
 * string after another (the prose pass runs every rule on a piece before the next, some also on
 * the text of the piece's clause) find its entry without a lookup in the store.
 */
const store = new Generations<TextEntry>();
const RECENT = 4;
const recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
const recentEntries: (TextEntry | undefined)[] = new Array<TextEntry | undefined>(RECENT).fill(undefined);
let nextRecent = 0;

function entryOf(text: string): TextEntry {
    for (let i = 0; i < RECENT; i++) {
        if (recentTexts[i] === text) return recentEntries[i]!;
    }
    let entry = store.get(text);
    if (!entry) {
        // A half-typed node may hand over no text at all: nothing to copy.
        const canonical = typeof text === 'string' ? copyOf(text) : text;
        entry = { text: canonical, results: [] };
        store.set(canonical, entry);
    }
    recentTexts[nextRecent] = text;
    recentEntries[nextRecent] = entry;
    nextRecent = (nextRecent + 1) % RECENT;
    return entry;
}

/** Slots handed out so far: each pair of a cache and a key gets the next number. */
let slots = 0;

/** The slots handed out so far (tests: a check run again must not take new ones). */
export function slotCount(): number {
    return slots;
}

/**
 * A cache of results by text, per key object (a pattern list, a family). A key must be an object
 * that lives as long as the checks (a module's constant): each new key object takes a slot for
 * good, so a list built anew per call (`findAll([X], text)`) would grow the store without end.
 */
export class TextCache<K extends object, V> {
    private readonly slotOf = new Map<K, number>();
    /** The key last asked for and its slot: most caches are asked with one key, or one key many times in a row. */
    private lastKey: K | undefined;
    private lastSlot = -1;

    get(key: K, text: string, compute: () => V): V {
        let slot = key === this.lastKey ? this.lastSlot : this.slotOf.get(key);
        if (slot === undefined) {
            slot = slots++;
            this.slotOf.set(key, slot);
        }
        this.lastKey = key;
        this.lastSlot = slot;
        const { results } = entryOf(text);
        const hit = results[slot];
        if (hit !== undefined) return hit as V;
        const value = compute();
        results[slot] = value;
        return value;
    }
}

/**
 * The canonical string object with the content of `text`: the first one seen, copied (a string
 * sliced from a document's text would keep that whole text alive as long as the caches hold it).
 */
export function internText(text: string): string {
    return entryOf(text).text;
}

/** A string of its own with the content of `text` (JSON round trip: always a fresh sequential string). */
function copyOf(text: string): string {
    return JSON.parse(JSON.stringify(text)) as string;
}

/** Empties every text cache (tests: a check from scratch must find what the cached one finds). */
export function clearTextCaches(): void {
    store.clear();
    recentTexts.fill(undefined);
    recentEntries.fill(undefined);
}
