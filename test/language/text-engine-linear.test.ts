import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import clauseData from '../../packages/language/src/data/clauses.json';
import measureData from '../../packages/language/src/data/measures.json';
import wordingData from '../../packages/language/src/data/wording.json';
import { compiledPatterns } from '../../packages/language/src/validation/text/index.js';
import { check, minimalAgreement } from '../helpers.js';
import { allPatterns, fullStop, LENGTH, literalPatterns, parse, preCheck, PROBE_CASES, SOURCE, sourceFiles, visit } from './text-sweep.js';

/**
 * The text engine stays linear: no regular expression the checks run on the agreement's text
 * may take super-linear time, or one long string in a document (a pasted text, a run of digits
 * or dots) stalls the language server and the CLI. How long the patterns take is measured in the
 * benchmark (bench/validation.bench.ts, row `text-engine.exponent`: every pattern of
 * test/language/text-sweep.ts on adversarial strings, the growth of its time with the input), not
 * here: a timed assertion fails on a loaded machine. These tests check what does not depend on
 * the clock: that the sweep finds every pattern (the data files' patterns all go through
 * `compilePattern`, every regular expression literal of the package is read), that the patterns
 * the security probe found quadratic still find what they are for, and that a document of
 * 100,000-character strings is fully checked (within the validation's own time budget).
 *
 * A ReDoS analyser (the npm package `recheck`) was tried as a second check and not adopted: it
 * runs offline, but took 1-10 s per pattern (the pure-JS backend timed out on some of ours),
 * and for patterns with lookbehind it falls back to fuzzing, so its "safe" is not a proof
 * either.
 */
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

    test('the benchmark sweep covers every compiled pattern and every regular expression literal', () => {
        const subjects = allPatterns();
        expect(subjects.length).toBeGreaterThan(200);
        expect(subjects.length).toBe(compiledPatterns().length + literalPatterns().length);
        expect(literalPatterns().some(s => s.origin.startsWith('validation/'))).toBe(true);
    });
});

describe('the patterns of the probe', () => {
    test('each is in the benchmark sweep with its input', () => {
        expect(PROBE_CASES.map(([name]) => name)).toHaveLength(7);
        for (const [, , input] of PROBE_CASES) expect(input.length).toBeGreaterThanOrEqual(LENGTH);
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

    test('a document with 100,000-character words, digit runs and dots is fully checked', async () => {
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
        // Fully checked: the checks finished within the validation's own time budget (budget.ts).
        const result = await check(text);
        expect(result.fullyChecked).toBe(true);
    }, 60_000);
});
