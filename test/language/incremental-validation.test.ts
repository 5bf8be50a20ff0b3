import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkText } from '../../packages/language/src/index.js';
import { clearTextCaches, slotCount } from '../../packages/language/src/validation/text/cache.js';
import { EXAMPLES, services } from '../helpers.js';

/**
 * Validation reuses work between builds: the text engine's results by content (text/cache.ts),
 * the repeats of a list of measures by its descriptions (DPA-R53). A rebuild after an edit must
 * give exactly the diagnostics of a check from scratch with empty caches. The edits are random
 * (fast-check): characters typed, deleted or replaced anywhere in a real agreement or example,
 * inside strings and outside, breaking the syntax or not.
 */
const TEXTS = [
    ...readdirSync(EXAMPLES).filter(f => f.endsWith('.dpa')).map(f => join(EXAMPLES, f)),
    ...readdirSync(join(EXAMPLES, 'real')).filter(f => f.endsWith('.dpa')).map(f => join(EXAMPLES, 'real', f))
].sort().map(path => readFileSync(path, 'utf8'));

const URI = 'memory:///incremental.dpa';

/** What a user may type: letters, digits, a quote, a brace, a newline, words rules look for. */
const TYPED = fc.constantFrom('a', 'E', '1', ' ', '"', '}', '\n', '.', 'niet ', 'ISO 27001', 'backup', 'BSN', '{{x}}', 'Wbp', 'binnen 72 uur');

interface Edit {
    readonly text: number;
    /** Where, as a fraction of the text's length. */
    readonly at: number;
    readonly remove: number;
    readonly insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
    text: fc.nat({ max: TEXTS.length - 1 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 6 }),
    insert: fc.array(TYPED, { maxLength: 3 }).map(parts => parts.join(''))
});

function applied(text: string, { at, remove, insert }: Edit): string {
    const start = Math.min(text.length, Math.floor(at * text.length));
    return text.slice(0, start) + insert + text.slice(start + remove);
}

describe('a rebuild after an edit gives the diagnostics of a check from scratch', () => {
    test('random edits of the examples and real agreements', async () => {
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async edits => {
            // Built once as it was (the caches hold its strings), then after each edit in turn.
            let text = TEXTS[edits[0]!.text]!;
            await checkText(services, text, URI);
            for (const one of edits) {
                text = applied(text, one);
                const rebuilt = await checkText(services, text, URI);
                clearTextCaches();
                const fresh = await checkText(services, text, URI);
                expect(JSON.stringify(rebuilt.diagnostics)).toBe(JSON.stringify(fresh.diagnostics));
            }
        }), { numRuns: 40 });
    }, 120_000);
});

describe('the text cache stays bounded', () => {
    test('checking the same agreements again takes no new cache slots (every key is a constant of its module)', async () => {
        for (const text of TEXTS) await checkText(services, text, URI);
        const slots = slotCount();
        for (const text of TEXTS) await checkText(services, text, URI);
        expect(slotCount()).toBe(slots);
    });
});
