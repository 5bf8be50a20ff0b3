import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
// Loads every check module, so every pattern the checks use is compiled (and registered).
import '../../packages/language/src/index.js';
import clauseData from '../../packages/language/src/data/clauses.json';
import measureData from '../../packages/language/src/data/measures.json';
import wordingData from '../../packages/language/src/data/wording.json';
import { compiledPatterns } from '../../packages/language/src/validation/text/index.js';
import { check, minimalAgreement, ROOT } from '../helpers.js';

/**
 * The text engine stays linear: no regular expression the checks run on the agreement's text
 * may take super-linear time, or one long string in a document (a pasted text, a run of digits
 * or dots) stalls the language server and the CLI. The patterns are enumerated, not listed:
 * every pattern compiled from the data files (text-patterns.json, wording.json, measures.json,
 * clauses.json, replacements.json, special-data.json, obsolete-tech.json, parties.json) goes
 * through `compilePattern` (a test below makes sure nothing compiles a pattern otherwise), and
 * every regular expression literal of the language package is read from its source. Each runs,
 * with every match enumerated, on 100,000-character adversarial strings: generic ones (a long
 * word, a long digit run, spaces, dots, "a a a …") and ones made of the pattern's own words and
 * characters.
 *
 * A ReDoS analyser (the npm package `recheck`) was tried as a second check and not adopted: it
 * runs offline, but took 1-10 s per pattern (the pure-JS backend timed out on some of ours),
 * and for patterns with lookbehind it falls back to fuzzing, so its "safe" is not a proof
 * either. Running the patterns on adversarial input is deterministic and takes seconds.
 */

const SOURCE = join(ROOT, 'packages/language/src');
const LENGTH = 100_000;
/** A linear scan of 100,000 characters takes a few milliseconds; a quadratic one, seconds. */
const LIMIT_MS = 400;
/** The probe at 10,000 characters: a linear pattern takes well under a millisecond, a quadratic one tens. */
const PROBE_LENGTH = 10_000;
const PROBE_LIMIT_MS = 40;
/** Chains of the pattern's words: a quadratic pattern with a small constant needs some length to show. */
const CHAIN_LENGTH = 40_000;
const CHAIN_LIMIT_MS = 50;

interface Subject {
    readonly origin: string;
    readonly regex: RegExp;
}

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
        return name.endsWith('.ts') ? [path] : [];
    });
}

function parse(path: string): ts.SourceFile {
    return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

function visit(node: ts.Node, action: (node: ts.Node) => void): void {
    action(node);
    ts.forEachChild(node, child => visit(child, action));
}

/** Every regular expression literal of the language package (not the generated parser). */
function literalPatterns(): Subject[] {
    const found: Subject[] = [];
    for (const path of sourceFiles(SOURCE)) {
        const file = parse(path);
        visit(file, node => {
            if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return;
            const text = node.getText(file);
            const slash = text.lastIndexOf('/');
            const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
            found.push({ origin: `${relative(SOURCE, path)}:${line} ${text}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
        });
    }
    return found;
}

function allPatterns(): Subject[] {
    return [...compiledPatterns(), ...literalPatterns()];
}

function fill(unit: string, length = LENGTH): string {
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Strings that make backtracking patterns blow up: long runs of letters, digits, spaces, dots. */
const GENERIC_UNITS = ['a', 'A', 'aB', '1', ' ', 'a ', '1 ', '.', '. ', 'a.', '-', 'a-', '\n', '…', '_', '(', '&', '<', ';', 'é'];

/** Words, phrases and characters of the pattern itself, which its quantifiers repeat. */
function ownUnits(regex: RegExp): string[] {
    // What is left of the source once escapes, classes and syntax are gone: its literal words.
    const literal = regex.source
        .replace(/\\[pPk]\{[^}]*\}|\\k<[^>]*>|\(\?<?[=!:]?|\(\?<[a-zA-Z]+>|\{\d*,?\d*\}/g, ' ')
        .replace(/\\(.)/g, '$1');
    const phrases = literal.split(/[|()[\]?*+^$]+/).filter(p => p.trim().length > 1);
    const words = literal.split(/[\s|()[\]?*+^$]+/).filter(w => w.length > 0);
    const characters = [...literal].filter(c => !/[\s|()[\]?*+^$\\]/.test(c));
    return [...new Set([...words.flatMap(w => [w, `${w} `]), ...phrases, ...characters])].slice(0, 80);
}

/** The longer words of a pattern, in order of appearance. */
function ownWords(regex: RegExp): string[] {
    return ownUnits(regex).filter(u => u.length > 1 && !/\s/.test(u));
}

/** The adversarial inputs for a pattern: generic runs, its own words repeated, and a word before a long run. */
function inputs(regex: RegExp, length: number): string[] {
    const own = ownUnits(regex);
    const words = ownWords(regex);
    return [
        ...[...GENERIC_UNITS, ...own].map(unit => fill(unit, length)),
        ...['1', 'a', 'A', '(', '<'].flatMap(first => [' ', '1', 'a', '-'].map(run => `${first}${fill(run, length - 1)}`)),
        ...words.flatMap(word => [' ', '1', 'a', '.'].map(run => `${word}${fill(run, length - word.length)}`))
    ];
}

/**
 * Chains of two of the pattern's words, with a space or a number and a space between
 * ("artikel0 sub artikel0 sub …"): where a repeated group can swallow the start of the next
 * match, each start scans to the end of the chain.
 */
function chains(regex: RegExp, length: number): string[] {
    const words = ownWords(regex).slice(0, 6);
    return words.flatMap(first => words.flatMap(second => [fill(`${first} ${second} `, length), fill(`${first}0 ${second} `, length)]));
}

/** The time to find every match of `regex` in `text`, in milliseconds (the faster of two runs). */
function timeAllMatches(regex: RegExp, text: string): number {
    const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
        const start = performance.now();
        for (const m of text.matchAll(global)) void m;
        best = Math.min(best, performance.now() - start);
    }
    return best;
}

/**
 * Whether the time to match `input` grows linearly with its length: the full input takes less than
 * three times its first half (linear: about twice; quadratic: four times). A pattern over the time
 * limit is judged by this ratio too, so a machine under load does not fail a linear pattern.
 */
function growsLinearly(regex: RegExp, input: string): boolean {
    const half = timeAllMatches(regex, input.slice(0, input.length >> 1));
    const full = timeAllMatches(regex, input);
    return full < 3 * Math.max(half, 1);
}

/** An input on which a pattern is too slow: probes at 10,000 characters, chains at 40,000, then 100,000. */
function tooSlow(subject: Subject): string | undefined {
    const shown = (input: string) => `${JSON.stringify(input.slice(0, 30))}…`;
    const runs: [readonly string[], number][] = [
        [inputs(subject.regex, PROBE_LENGTH), PROBE_LIMIT_MS],
        [chains(subject.regex, CHAIN_LENGTH), CHAIN_LIMIT_MS],
        [inputs(subject.regex, LENGTH), LIMIT_MS]
    ];
    for (const [strings, limit] of runs) {
        for (const input of strings) {
            const ms = timeAllMatches(subject.regex, input);
            if (ms > limit && !growsLinearly(subject.regex, input)) return `${ms.toFixed(0)} ms on ${input.length} characters of ${shown(input)}`;
        }
    }
    return undefined;
}

describe('the text engine', () => {
    test('compiles every pattern of the data files through compilePattern', () => {
        const elsewhere: string[] = [];
        for (const path of sourceFiles(SOURCE)) {
            const file = parse(path);
            visit(file, node => {
                if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
                    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
                    const inCompile = ts.findAncestor(node, n => ts.isFunctionDeclaration(n) && n.name?.text === 'compilePattern');
                    if (!inCompile) elsewhere.push(`${relative(SOURCE, path)}:${line}`);
                }
            });
        }
        expect(elsewhere).toEqual([]);
        // The data files' patterns are there (a sample from each file; the sweep takes all).
        const origins = new Set(compiledPatterns().map(p => p.origin.split(' ')[0]));
        for (const file of ['text-patterns.json', 'wording.json', 'replacements.json', 'measures.json', 'clauses.json', 'special-data.json', 'obsolete-tech.json', 'parties.json']) {
            expect(origins).toContain(file);
        }
    });

    test('runs every pattern in linear time on 100,000-character adversarial strings', () => {
        const subjects = allPatterns();
        expect(subjects.length).toBeGreaterThan(200);
        const slow: string[] = [];
        for (const subject of subjects) {
            const found = tooSlow(subject);
            if (found) slow.push(`${subject.origin} /${subject.regex.source}/${subject.regex.flags}: ${found}`);
        }
        expect(slow).toEqual([]);
    }, 240_000);
});

/**
 * The patterns a security probe found quadratic (each scan of a 100,000-letter string took
 * seconds, and the server hung on such a document), and the fixes: the full-stop pattern of
 * DPA-R60 and its case-insensitive pre-check (a lowercase run can only start a match where no
 * lowercase letter precedes it), `concretePeriod` on a digit run (a number starts where no digit
 * precedes it; `\s*-?\s*` became `\s*(?:-\s*)?`), the certification pattern of DPA-R53 (a word
 * starts where no letter or hyphen precedes it). Each must still find what it is for.
 */
describe('the patterns of the probe', () => {
    const fullStop = wordingData['DPA-R60'].find(v => v.id === 'full-stop')!.patterns[0]!;
    const preCheck = wordingData['DPA-R60'].flatMap(v => v.patterns).map(p => `(?:${p.replace(/\(\?<hit>/g, '(?:')})`).join('|');
    const cases: [string, RegExp, string][] = [
        ['DPA-R60 full stop, a long lowercase word', new RegExp(fullStop, 'dgu'), 'a'.repeat(LENGTH)],
        ['DPA-R60 pre-check, a long word', new RegExp(preCheck, 'giu'), 'A'.repeat(LENGTH)],
        ['concretePeriod, a long digit run', new RegExp(wordingData.context.concretePeriod, 'giu'), '1'.repeat(LENGTH)],
        ['concretePeriod, a number and many spaces', new RegExp(wordingData.context.concretePeriod, 'giu'), `1${' '.repeat(LENGTH)}`],
        ['DPA-R53 certification, a long word', new RegExp(measureData.unverifiable.certification, 'giu'), 'a'.repeat(LENGTH)],
        ['DPA-R53 certification, a long hyphenated word', new RegExp(measureData.unverifiable.certification, 'giu'), 'a-'.repeat(LENGTH / 2)],
        ['requests of data subjects, "verzoek" repeated', new RegExp(clauseData.patterns.subjectRequestsScope[0]!, 'giu'), 'verzoekw'.repeat(LENGTH / 8)]
    ];
    test.each(cases)('%s: 100,000 characters in linear time', (_, regex, input) => {
        expect(timeAllMatches(regex, input)).toBeLessThan(LIMIT_MS);
    });

    test('they still find what they are for', () => {
        const all = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, flags))].map(m => m[0]);
        expect(all(fullStop, 'dgu', 'Zie de bijlage.Daarin staat het. Geen fout.Ook')).toEqual(['bijlage.Daarin', 'fout.Ook']);
        expect(all(preCheck, 'giu', 'de bijlage.Daarin').length).toBeGreaterThan(0);
        for (const period of ['binnen 24 uur', 'binnen 24-uur', 'binnen 24 - uur', 'uiterlijk twee werkdagen', '(48 uur)']) {
            expect(new RegExp(wordingData.context.concretePeriod, 'iu').test(period)).toBe(true);
        }
        expect(new RegExp(wordingData.context.concretePeriod, 'iu').test('zo spoedig mogelijk')).toBe(false);
        expect(all(measureData.unverifiable.certification, 'giu', 'Een ISO-gecertificeerd datacenter')).toEqual(['ISO-gecertificeerd datacenter']);
        expect(all(measureData.unverifiable.certification, 'giu', 'Wij zijn gecertificeerd.')).toEqual(['gecertificeerd']);
        expect(all(clauseData.patterns.subjectRequestsScope[0]!, 'giu', 'verzoeken van betrokkenen')).toEqual(['verzoeken van betrokkenen']);
    });

    test('a document with 100,000-character words, digit runs and dots validates in seconds', async () => {
        const long = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
        const text = minimalAgreement(`    clause Long "Lange tekst" {
        text "${long('a')}"
        text "${long('A')}"
        text "${long('1')}"
        text "1${long(' ')}uur"
        text "${long('.')}"
        text "${long('a a ')}"
    }
    measure Long technical other "${long('a')}"
    data Long "${long('(')}"
`);
        const started = performance.now();
        const result = await check(text);
        expect(performance.now() - started).toBeLessThan(10_000);
        expect(result.fullyChecked).toBe(true);
    });
});
