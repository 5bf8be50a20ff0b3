import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ART28_ELEMENTS, implementedRules, RULE_OWNERS, type RuleOwner } from '../../packages/language/src/index.js';
import { ROOT } from '../helpers.js';

/**
 * Every rule id has exactly one owner: the one file of packages/language/src/validation that
 * reports it (a reader who looks up DPA-R52 reads one file), and every check id (checks.json) is
 * reported from one file too. The calls are read from the sources: `report.rule('DPA-Rnn', …)`,
 * `report.check('id', …)` and the clause rules' `reportRule(context, 'DPA-Rnn', …)` /
 * `reportText(…)`. The rules that report an absent Art. 28(3) element are reported through the
 * data (art28.json) by rules/clauses/absent-elements.ts.
 */

const VALIDATION = join(ROOT, 'packages/language/src/validation');
const REPORTERS = new Set(['rule', 'check', 'reportRule', 'reportText']);

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return sourceFiles(path);
        return name.endsWith('.ts') ? [path] : [];
    });
}

function calleeName(call: ts.CallExpression): string | undefined {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return callee.text;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    return undefined;
}

/** The ids each file reports with a literal: file (relative to validation/) → ids. */
function reportedIds(): Map<string, Set<string>> {
    const byFile = new Map<string, Set<string>>();
    for (const path of sourceFiles(VALIDATION)) {
        const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const ids = new Set<string>();
        const visit = (node: ts.Node): void => {
            if (ts.isCallExpression(node) && REPORTERS.has(calleeName(node) ?? '')) {
                const literal = node.arguments.find(ts.isStringLiteral);
                if (literal) ids.add(literal.text);
            }
            ts.forEachChild(node, visit);
        };
        visit(file);
        if (ids.size > 0) byFile.set(relative(VALIDATION, path), ids);
    }
    return byFile;
}

const REPORTED = reportedIds();

function filesReporting(id: string): string[] {
    return [...REPORTED].filter(([, ids]) => ids.has(id)).map(([file]) => file);
}

describe('rule owners', () => {
    test('finds the report calls of the sources', () => {
        const all = [...REPORTED.values()].flatMap(ids => [...ids]);
        expect(all.filter(id => id.startsWith('DPA-R')).length).toBeGreaterThan(40);
        expect(all).toContain('unknown-parameter');
    });

    test('each rule id and each check id is reported from exactly one file', () => {
        const ids = new Set([...REPORTED.values()].flatMap(set => [...set]));
        const shared = [...ids].map(id => ({ id, files: filesReporting(id) })).filter(entry => entry.files.length !== 1);
        expect(shared).toEqual([]);
    });

    test('each rule is owned by one file, which is the one that reports it', async () => {
        const owners = new Map<string, string>();
        for (const path of sourceFiles(join(VALIDATION, 'rules'))) {
            const module = (await import(path)) as { owner?: RuleOwner };
            if (!module.owner) continue;
            const file = relative(VALIDATION, path);
            for (const id of module.owner.rules) {
                expect(owners.get(id), `${id} is owned by ${owners.get(id)} and ${file}`).toBeUndefined();
                owners.set(id, file);
            }
            const literal = [...(REPORTED.get(file) ?? [])].filter(id => id.startsWith('DPA-R'));
            expect(literal.filter(id => !module.owner!.rules.includes(id)), file).toEqual([]);
        }
        expect([...owners.keys()].sort()).toEqual(implementedRules());
        expect(RULE_OWNERS.length).toBe(new Set([...owners.values()]).size);
        // Every owned rule is reported: with a literal by its owner, or, absent, through art28.json.
        const absence = new Set(ART28_ELEMENTS.map(e => e.rule));
        const unreported = [...owners].filter(([id, file]) => !REPORTED.get(file)?.has(id) && !absence.has(id));
        expect(unreported).toEqual([]);
    });
});
