/**
 * Documents for the fuzz suite: the real examples mutated, and agreements from a small
 * grammar-aware generator (the grammar's own keywords, declarations and references, strings
 * with hostile content, nesting). Shared by the in-process properties, the bounded stdio run in
 * `npm test` and the long run (`npm run fuzz`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import fc from 'fast-check';
import { DpaGrammar } from '../../packages/language/src/generated/grammar.js';
import { repositoryRoot } from '../server/stdio-server.js';

const ROOT = repositoryRoot();

/** The real agreements: `examples/*.dpa` and, when present, `examples/real/*.dpa`. */
export function exampleTexts(): string[] {
    const texts: string[] = [];
    for (const dir of [join(ROOT, 'examples'), join(ROOT, 'examples', 'real')]) {
        let names: string[];
        try {
            names = readdirSync(dir).filter(name => name.endsWith('.dpa')).sort();
        } catch {
            continue;
        }
        for (const name of names) texts.push(readFileSync(join(dir, name), 'utf8'));
    }
    return texts;
}

/** Every keyword of the grammar, sorted. */
export const KEYWORDS: readonly string[] = [...new Set(AstUtils.streamAllContents(DpaGrammar()).filter(GrammarAST.isKeyword).map(k => k.value))].sort();

const NAMES = ['A', 'B', 'Klant', 'Leverancier', 'Contact', 'Staff', 'Support', 'Hosting', 'Enc', '_x', 'agreement', 'data', 'Ünïcode', 'a1'];
const COUNTRIES = ['NL', 'DE', 'US', 'GB', 'UK', 'CH', 'JP', 'XX', 'nl', 'EU', 'IN', 'CN', '{{land}}'];
const WORDS = ['gegevens', 'verwerking', 'Wbp', 'persoonsgegevens', 'beveiliging', 'klanten', 'BSN', 'medische', 'gezondheid', 'back-up', 'Lorem ipsum', 'TODO', '[invullen]', '...', 'nvt', 'zie bijlage'];

/** Characters that have broken parsers, regular expressions and renderers elsewhere. */
const HOSTILE_PIECES = [
    '\\"', '\\\\', '{{', '}}', '{{x}}', '<script>alert(1)</script>', '&amp;', '|', '*', '_', '`', '#', '\n', '\r\n', '\r', '\t', '\u0000',
    '\u200b', '\u202e', '\ufeff', '😀', '\ud83d', 'é', '€', '/*', '*/', '//', '$1', '$&', '%s', '.*', '(a+)+', '${x}', '"'
];

/** Text for inside a string literal: words, hostile pieces, long runs (at most `maxRun` characters). */
export function stringContent(maxRun: number): fc.Arbitrary<string> {
    const run = fc.tuple(fc.constantFrom('a', 'A', 'e ', 'aa bb ', '-', ' ', '0', 'é', 'x.', '\\"'), fc.integer({ min: 1, max: Math.max(1, maxRun) }))
        .map(([unit, n]) => unit.repeat(Math.max(1, Math.floor(n / unit.length))));
    const piece = fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
        { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
        { weight: 1, arbitrary: run }
    );
    // No raw double quote or backslash at the end: those would end or escape the literal differently than intended.
    return fc.array(piece, { maxLength: 8 }).map(pieces => pieces.join(' ').replace(/\\?"/g, '\\"').replace(/\\+$/, ''));
}

const literal = (maxRun: number) => stringContent(maxRun).map(s => `"${s}"`);
const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.stringMatching(/^[_a-zA-Z]\w{0,10}$/) });
const country = fc.constantFrom(...COUNTRIES);
const date = fc.oneof(fc.constantFrom('2025-01-06', '2024-02-30', '0000-00-00', '9999-12-31'), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
const duration = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('hours', 'days', 'weeks', 'months', 'years', 'day', 'year', 'month')).map(([n, unit]) => `${n} ${unit}`);
const keyword = fc.constantFrom(...KEYWORDS);

/** One member of an agreement, mostly well-formed, sometimes a random run of keywords and tokens. */
function member(maxRun: number, depth: number): fc.Arbitrary<string> {
    const s = literal(maxRun);
    const block = (head: fc.Arbitrary<string>, lines: fc.Arbitrary<string>) =>
        fc.tuple(head, fc.array(lines, { maxLength: 6 })).map(([h, body]) => `${h} {\n${body.map(l => `        ${l}`).join('\n')}\n    }`);
    const party = block(fc.tuple(fc.constantFrom('controller', 'processor'), name).map(([r, n]) => `${r} ${n}`), fc.oneof(
        s.map(v => `name ${v}`), s.map(v => `form ${v}`), s.map(v => `kvk ${v}`),
        fc.tuple(s, s, s, country).map(([a, p, c, l]) => `address ${a} postcode ${p} city ${c} country ${l}`),
        fc.tuple(s, s, s, date).map(([p, f, a, d]) => `signatory ${p} as ${f} at ${a} on ${d}`),
        fc.tuple(s, s).map(([p, e]) => `contact ${p} email ${e}`), fc.tuple(s, s).map(([p, e]) => `dpo ${p} email ${e}`)
    ));
    const references = fc.array(name, { minLength: 1, maxLength: 4 }).map(names => names.join(', '));
    const processing = block(fc.tuple(name, s).map(([n, t]) => `processing ${n} ${t}`), fc.oneof(
        s.map(v => `purpose ${v}`), references.map(r => `data ${r}`), references.map(r => `subjects ${r}`), references.map(r => `measures ${r}`),
        references.map(r => `subprocessors ${r}`), fc.tuple(name, s).map(([n, op]) => `staff ${n}: ${op}`),
        fc.tuple(country, fc.constantFrom('', ' transfer scc module 2', ' transfer dpf', ' transfer adequacy', ' transfer privacy-shield')).map(([c, t]) => `location ${c}${t}`),
        duration.map(d => `retention ${d}`), fc.constantFrom('retention until-end', 'retention {{termijn}}')
    ));
    const tokenSoup = fc.array(fc.oneof(keyword, name, s, country, date, fc.constantFrom('{', '}', ',', ':', '{{x}}', '0', '-1')), { maxLength: 12 }).map(t => t.join(' '));
    const options: fc.Arbitrary<string>[] = [
        party, processing,
        fc.tuple(name, s).map(([n, l]) => `data ${n} ${l}`),
        fc.tuple(name, s, fc.constantFrom('', ' health', ' bsn', ' criminal', ' health biometric')).map(([n, l, f]) => `data ${n} ${l}${f}`),
        fc.tuple(name, s).map(([n, l]) => `subject ${n} ${l}`), fc.tuple(name, s).map(([n, l]) => `staff ${n} ${l}`),
        fc.tuple(name, fc.constantFrom('technical', 'organisational'), fc.constantFrom('encryption', 'backup', 'pentest', 'other', 'mfa'), s).map(([n, t, k, d]) => `measure ${n} ${t} ${k} ${d}`),
        block(fc.tuple(name).map(([n]) => `subprocessor ${n}`), fc.oneof(s.map(v => `name ${v}`), s.map(v => `service ${v}`), country.map(c => `country ${c}`))),
        block(fc.tuple(name, s).map(([n, t]) => `clause ${n} ${t} covers security, audit`), s.map(v => `text ${v}`)),
        fc.constantFrom('instructions', 'confidentiality survives until-deletion', 'security', 'subprocessing specific', 'transfers', 'amendments', 'precedence dpa',
            'assistance security, breach, dpia, prior-consultation', 'audit every 1 year on-suspicion by controller-or-auditor', 'duration main-agreement'),
        duration.map(d => `breach notification within ${d}`), duration.map(d => `termination return-or-delete within ${d}`),
        s.map(v => `title ${v}`), s.map(v => `version ${v}`), date.map(d => `effective ${d}`), country.map(c => `law ${c}`),
        fc.tuple(name, s).map(([n, l]) => `parameter ${n} ${l}`), s.map(v => `// ${v.slice(1, -1)}`), s.map(v => `/* ${v.slice(1, -1)} */`),
        tokenSoup
    ];
    // Nesting: a block inside a block, which the grammar does not allow, stresses error recovery.
    if (depth < 2) options.push(fc.tuple(name, fc.array(member(maxRun, depth + 1), { maxLength: 3 })).map(([n, inner]) => `processing ${n} "nested" {\n${inner.join('\n')}\n}`));
    return fc.oneof(...options);
}

/** A generated agreement of up to `maxMembers` members, string runs up to `maxRun` characters. */
export function generatedAgreement(maxRun = 200, maxMembers = 25): fc.Arbitrary<string> {
    return fc.tuple(fc.constantFrom('agreement', 'template agreement', 'agreement', ''), name, fc.array(member(maxRun, 0), { maxLength: maxMembers }), fc.constantFrom('}', '}\n', '', '}}'))
        .map(([head, n, members, close]) => `${head} ${n} {\n${members.map(m => `    ${m}`).join('\n')}\n${close}`);
}

/** One edit of a text: positions are fractions of its length, so they apply to any text. */
type Mutation =
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'duplicate'; at: number; length: number; times: number }
    | { kind: 'truncate'; at: number }
    | { kind: 'swap'; a: number; b: number; length: number };

function mutation(maxRun: number): fc.Arbitrary<Mutation> {
    const at = fc.double({ min: 0, max: 1, noNaN: true });
    return fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 400 }) }),
        fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(keyword.map(k => ` ${k} `), literal(maxRun), member(maxRun, 1), fc.constantFrom('{', '}', '"', '\n', '/*', '*/', '\\', ',', '{{', '}}')) }),
        fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 2_000 }), times: fc.integer({ min: 1, max: 5 }) }),
        fc.record({ kind: fc.constant('truncate' as const), at }),
        fc.record({ kind: fc.constant('swap' as const), a: at, b: at, length: fc.integer({ min: 1, max: 300 }) })
    );
}

function apply(text: string, m: Mutation): string {
    const pos = (fraction: number) => Math.floor(fraction * text.length);
    switch (m.kind) {
        case 'delete': return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
        case 'insert': return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
        case 'duplicate': {
            const piece = text.slice(pos(m.at), pos(m.at) + m.length);
            return text.slice(0, pos(m.at)) + piece.repeat(m.times + 1) + text.slice(pos(m.at) + m.length);
        }
        case 'truncate': return text.slice(0, pos(m.at));
        case 'swap': {
            const [a, b] = [pos(m.a), pos(m.b)].sort((x, y) => x - y) as [number, number];
            const length = Math.min(m.length, b - a);
            return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
        }
    }
}

/** A real example with up to `maxMutations` mutations. */
export function mutatedExample(examples: readonly string[], maxRun = 200, maxMutations = 6): fc.Arbitrary<string> {
    return fc.tuple(fc.constantFrom(...examples), fc.array(mutation(maxRun), { maxLength: maxMutations }))
        .map(([text, mutations]) => mutations.reduce(apply, text));
}

/**
 * Makes a document large: a block of it repeated, a string literal grown to a long run of
 * letters, a long comment or many empty lines, until it has about `size` characters.
 */
export function inflated(base: fc.Arbitrary<string>, size: fc.Arbitrary<number>): fc.Arbitrary<string> {
    return fc.tuple(base, size, fc.constantFrom('repeat', 'grow-string', 'grow-string', 'long-string', 'long-comment', 'many-lines'), fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([text, target, how, at]) => {
            if (text.length >= target) return text;
            const missing = target - text.length;
            const cut = Math.floor(at * text.length);
            switch (how) {
                case 'repeat': {
                    const piece = text.slice(cut, cut + 4_000) || 'data X "x"\n';
                    return text.slice(0, cut) + piece.repeat(Math.ceil(missing / piece.length) + 1) + text.slice(cut);
                }
                case 'grow-string': {
                    // Inside the next string literal: a purpose, a description, a label grows to a long run of letters.
                    const quote = text.indexOf('"', cut);
                    const where = quote < 0 ? cut : quote + 1;
                    const unit = ['a', 'Verwerking', 'ab', 'persoonsgegevens'][Math.floor(at * 4) % 4]!;
                    return text.slice(0, where) + unit.repeat(Math.ceil(missing / unit.length)) + text.slice(where);
                }
                case 'long-string': return text.slice(0, cut) + `\n    title "${'Verwerking'.repeat(Math.ceil(missing / 10))}"\n` + text.slice(cut);
                case 'long-comment': return text.slice(0, cut) + `/* ${'x '.repeat(Math.ceil(missing / 2))} */` + text.slice(cut);
                default: return text.slice(0, cut) + '\n'.repeat(missing) + text.slice(cut);
            }
        });
}

/** Any document of the suite: mutated examples and generated agreements, half and half. */
export function anyDocument(examples: readonly string[], maxRun = 200): fc.Arbitrary<string> {
    return fc.oneof(mutatedExample(examples, maxRun), generatedAgreement(maxRun));
}
