import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
// Loads every check module, so every pattern the checks use is compiled (and registered).
import '../../packages/language/src/index.js';
import clauseData from '../../packages/language/src/data/clauses.json';
import measureData from '../../packages/language/src/data/measures.json';
import wordingData from '../../packages/language/src/data/wording.json';
import { compiledPatterns } from '../../packages/language/src/validation/text/index.js';
import { ROOT } from '../helpers.js';

/**
 * The patterns of the text engine and the adversarial strings they are run on: every pattern
 * compiled from the data files (text-patterns.json, wording.json, measures.json, clauses.json,
 * replacements.json, special-data.json, obsolete-tech.json, parties.json) goes through
 * `compilePattern`, and every regular expression literal of the language package is read from its
 * source. test/language/text-engine-linear.test.ts checks that they are all found;
 * bench/validation.bench.ts times them on these strings (row `text-engine.exponent`: the time of
 * a linear pattern doubles with its input, a quadratic one's quadruples).
 */

export const SOURCE = join(ROOT, 'packages/language/src');
export const LENGTH = 100_000;

export interface Subject {
    readonly origin: string;
    readonly regex: RegExp;
}

export function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
        return name.endsWith('.ts') ? [path] : [];
    });
}

export function parse(path: string): ts.SourceFile {
    return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

export function visit(node: ts.Node, action: (node: ts.Node) => void): void {
    action(node);
    ts.forEachChild(node, child => visit(child, action));
}

/** Every regular expression literal of the language package (not the generated parser). */
export function literalPatterns(): Subject[] {
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

export function allPatterns(): Subject[] {
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
export function inputs(regex: RegExp, length: number): string[] {
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
export function chains(regex: RegExp, length: number): string[] {
    const words = ownWords(regex).slice(0, 6);
    return words.flatMap(first => words.flatMap(second => [fill(`${first} ${second} `, length), fill(`${first}0 ${second} `, length)]));
}

/** The time to find every match of `regex` in `text`, in milliseconds (the faster of two runs). */
export function timeAllMatches(regex: RegExp, text: string): number {
    const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
        const start = performance.now();
        for (const m of text.matchAll(global)) void m;
        best = Math.min(best, performance.now() - start);
    }
    return best;
}


const fullStop = wordingData['DPA-R60'].find(v => v.id === 'full-stop')!.patterns[0]!;
const preCheck = wordingData['DPA-R60'].flatMap(v => v.patterns).map(p => `(?:${p.replace(/\(\?<hit>/g, '(?:')})`).join('|');

/**
 * The patterns a security probe found quadratic (each scan of a 100,000-letter string took
 * seconds, and the server hung on such a document), with the input that showed it: the full-stop
 * pattern of DPA-R60 and its case-insensitive pre-check (a lowercase run can only start a match
 * where no lowercase letter precedes it), `concretePeriod` on a digit run (a number starts where
 * no digit precedes it; `\s*-?\s*` became `\s*(?:-\s*)?`), the certification pattern of DPA-R53
 * (a word starts where no letter or hyphen precedes it).
 */
export const PROBE_CASES: readonly (readonly [name: string, regex: RegExp, input: string])[] = [
    ['DPA-R60 full stop, a long lowercase word', new RegExp(fullStop, 'dgu'), 'a'.repeat(LENGTH)],
    ['DPA-R60 pre-check, a long word', new RegExp(preCheck, 'giu'), 'A'.repeat(LENGTH)],
    ['concretePeriod, a long digit run', new RegExp(wordingData.context.concretePeriod, 'giu'), '1'.repeat(LENGTH)],
    ['concretePeriod, a number and many spaces', new RegExp(wordingData.context.concretePeriod, 'giu'), `1${' '.repeat(LENGTH)}`],
    ['DPA-R53 certification, a long word', new RegExp(measureData.unverifiable.certification, 'giu'), 'a'.repeat(LENGTH)],
    ['DPA-R53 certification, a long hyphenated word', new RegExp(measureData.unverifiable.certification, 'giu'), 'a-'.repeat(LENGTH / 2)],
    ['requests of data subjects, "verzoek" repeated', new RegExp(clauseData.patterns.subjectRequestsScope[0]!, 'giu'), 'verzoekw'.repeat(LENGTH / 8)]
];

export { fullStop, preCheck };
