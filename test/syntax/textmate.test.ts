import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

interface Pattern { match?: string; begin?: string; patterns?: Pattern[] }
interface Grammar { scopeName: string; patterns: Pattern[]; repository: Record<string, Pattern> }

const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes/dpa.tmLanguage.json'), 'utf8')) as Grammar;

function regexes(): RegExp[] {
    const out: RegExp[] = [];
    const visit = (p: Pattern) => {
        for (const source of [p.match, p.begin]) if (source) out.push(new RegExp(source));
        p.patterns?.forEach(visit);
    };
    grammar.patterns.forEach(visit);
    Object.values(grammar.repository).forEach(visit);
    return out;
}

function grammarKeywords(): string[] {
    const dir = join(ROOT, 'grammar');
    const words = new Set<string>();
    for (const file of readdirSync(dir).filter(f => f.endsWith('.langium'))) {
        const source = readFileSync(join(dir, file), 'utf8').replace(/\/\/[^\n]*/g, '');
        for (const m of source.matchAll(/'([^']+)'/g)) if (/^[\w-]+$/.test(m[1]!)) words.add(m[1]!);
    }
    return [...words].sort();
}

describe('TextMate grammar', () => {
    test('is for source.dpa', () => {
        expect(grammar.scopeName).toBe('source.dpa');
    });

    test('highlights every keyword of the Langium grammar as a whole word', () => {
        const all = regexes();
        const missing = grammarKeywords().filter(word => !all.some(re => {
            const m = re.exec(` ${word} `);
            return m !== null && m[0].includes(word);
        }));
        expect(missing).toEqual([]);
    });
});
