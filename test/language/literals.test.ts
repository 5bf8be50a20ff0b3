import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compiledPatterns, mayMatch, patternLiterals } from '../../packages/language/src/validation/text/index.js';
import { anyPresent, foldCase, FOLDED_FROM_ELSEWHERE, LiteralIndex, requiredLiterals } from '../../packages/language/src/validation/text/literals.js';
import { EXAMPLES, ROOT } from '../helpers.js';
import { FIXTURES } from './rule-fixtures.js';

/**
 * The required literals of the text engine's patterns (validation/text/literals.ts): a pattern
 * runs only on texts that contain one of them, so a literal that a match can do without would
 * silently hide a finding. The analysis is checked on constructs one by one, and as a whole on
 * real text: every pattern of every check, on every string of the examples, the rule fixtures,
 * the real agreements and the seeds, never matches a text its gate turns away.
 */

/** Files of a folder and its subfolders whose names end in `extension`. */
function filesUnder(folder: string, extension: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith(extension)).map(name => join(folder, name));
}

/** The quoted strings of a `.dpa` text (its escapes undone), and its comment lines. */
function dpaTexts(text: string): string[] {
    const strings = [...text.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map(m => m[1]!.replace(/\\(.)/g, '$1'));
    return [...strings, ...text.split('\n').filter(line => line.trim().startsWith('//'))];
}

const SHARED = join(ROOT, '..', 'shared');

/** Real wording: the strings of every `.dpa` of the examples and the rule fixtures, and the paragraphs of the real agreements and seeds. */
const CORPUS: readonly string[] = [
    ...[...filesUnder(EXAMPLES, '.dpa'), ...filesUnder(FIXTURES, '.dpa')].flatMap(path => dpaTexts(readFileSync(path, 'utf8'))),
    ...[...filesUnder(join(SHARED, 'real-agreements'), '.txt'), ...filesUnder(join(SHARED, 'seeds'), '.txt')]
        .flatMap(path => readFileSync(path, 'utf8').split(/\n\s*\n/))
];

describe('required literals of a pattern', () => {
    test.each([
        ['onbeperkte aansprakelijkheid', ['onbeperkte aansprakelijkheid']],
        ['(?:ver)?nietig(?:en|ing)|ongeldig', ['nietig', 'ongeldig']],
        ['Privacy\\s+Shield', ['privacy']],
        ['\\bEU-VS\\b', ['eu-vs']],
        ['(?<!\\p{L})(?:binnen|buiten)\\s+de\\s+EU', ['binnen', 'buiten']],
        ['verwerk(?:er|ing)s?overeenkomst', ['overeenkomst']],
        ['(?<hit>SSL|TLS ?1\\.0)', ['ssl', 'tls']],
        ['a(?=bcdef)xyz', ['xyz']],
        ['ab+cde', ['cde']],
        ['(?:abc)+', ['abc']],
        ['\\u0041bc\\x41def', ['def']],
        ['Straße', ['straße']]
    ])('%s requires one of %j', (source, literals) => {
        expect(requiredLiterals(source)).toEqual(literals);
    });

    test.each([
        ['an optional word', '(?:onbeperkt)?\\s?ab'],
        ['an alternative without a literal', 'verwerker|\\d{4}'],
        ['a class', '[a-z]{5,}'],
        ['a repetition that may be absent', '(?:abcd)*'],
        ['a back-reference', '(\\w+) \\1'],
        ['words too short to filter', '\\b(?:EU|VS)\\b'],
        ['a lookahead only', '(?=verwerker)']
    ])('%s requires nothing', (_, source) => {
        expect(requiredLiterals(source)).toBeUndefined();
    });

    test('case folds as a case-insensitive unicode pattern does', () => {
        // /s/iu matches the long s; K and Å have signs that are letters of their own.
        const index = new LiteralIndex(['verwerker', 'kelvin', 'ångström']);
        const gate = (source: string) => index.gateOfAll([source])!;
        for (const [source, text] of [['verwerker', 'VERWERKER'], ['verwerker', 'Verwerker'], ['kelvin', '\u212AELVIN'], ['ångström', '\u212Bngström']] as const) {
            expect(new RegExp(source, 'iu').test(text)).toBe(true);
            expect(anyPresent(gate(source), index.presentIn(text)), `${source} in ${text}`).toBe(true);
        }
        expect(anyPresent(gate('verwerker'), index.presentIn('the processor'))).toBe(false);
        expect(foldCase('ſtraße')).toBe('straße');
    });

    test('FOLDED_FROM_ELSEWHERE lists every character beyond the table that folds to a literal character', () => {
        const literalCharacter = /^[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017e]$/u;
        const found = new Map<number, string>();
        for (let code = 0x17f; code <= 0xffff; code++) {
            if (code >= 0xd800 && code <= 0xdfff) continue;
            const folded = foldCase(String.fromCharCode(code));
            if (folded.length === 1 && literalCharacter.test(folded)) found.set(code, folded);
        }
        expect([...found].sort()).toEqual([...FOLDED_FROM_ELSEWHERE].sort());
    });
});

describe('the literal index', () => {
    const index = patternLiterals();
    const patterns = compiledPatterns();

    test('has the literals of most patterns of the checks', () => {
        const gated = patterns.filter(p => requiredLiterals(p.regex.source) !== undefined);
        expect(index.size).toBeGreaterThan(300);
        expect(gated.length / patterns.length).toBeGreaterThan(0.8);
    });

    test('finds in a text exactly the literals the text contains (the automaton against a plain search)', () => {
        const literals = [...new Set(patterns.flatMap(p => requiredLiterals(p.regex.source) ?? []))];
        const escaped = literals.map(l => l.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
        const local = new LiteralIndex(escaped);
        const gates = escaped.map(source => local.gateOfAll([source])!);
        const samples = CORPUS.filter((_, i) => i % 7 === 0);
        expect(samples.length).toBeGreaterThan(200);
        for (const text of samples) {
            const present = local.presentIn(text);
            const folded = foldCase(text);
            const wrong = literals.filter((literal, i) => anyPresent(gates[i]!, present) !== folded.includes(literal));
            expect(wrong, text.slice(0, 80)).toEqual([]);
        }
    });

    test('never turns a pattern away from real text it matches', () => {
        expect(CORPUS.length).toBeGreaterThan(2000);
        const missed: string[] = [];
        let matched = 0;
        for (const { origin, regex } of patterns) {
            const probe = new RegExp(regex.source, regex.flags.replace(/[gyd]/g, ''));
            for (const text of CORPUS) {
                if (!probe.test(text)) continue;
                matched++;
                if (!mayMatch(regex, text)) missed.push(`${origin}: ${text.slice(0, 100)}`);
            }
        }
        expect(missed).toEqual([]);
        // The corpus exercises the gates: many pattern matches are checked, not a handful.
        expect(matched).toBeGreaterThan(1000);
    });
});
