/**
 * docs/rules.md, generated from the rule catalogue (packages/language/src/data/rules.json), the
 * rules the validator implements, and the rule fixtures (test/language/rules/<RULE-ID>/*.dpa):
 * each rule's example is its first fixture that fires (in file-name order), run through the
 * validator to show the message and the quick fixes it really gives.
 */
import { join } from 'node:path';
import { getRule, implementedRules, isFixData, allRules, type Lang, type RuleInfo } from '../packages/language/src/index.js';
import { check, minimalAgreement, services, withCode } from '../test/helpers.js';
import { FIXTURES, loadFixtures, withoutMarkers, type RuleFixture } from '../test/language/rule-fixtures.js';
import { ruleReadings, TEXT_KINDS, type RuleReading } from './rule-reading.js';

/** The validator's sources, read for what each rule checks (see rule-reading.ts). */
const VALIDATION = join(import.meta.dirname, '../packages/language/src/validation');
const EXAMPLES = join(import.meta.dirname, '../examples');

const KIND_NAMES = new Map(TEXT_KINDS);

/** The kinds of text a rule reads, in words; `—` for none. */
function readsProse(reading: RuleReading | undefined): string {
    return reading && reading.kinds.length > 0 ? reading.kinds.map(k => KIND_NAMES.get(k) ?? k).join(', ') : '—';
}

/** The `covers` elements a rule checks: those it reads a covering clause for, and those whose absence it reports. */
function checksCovers(reading: RuleReading | undefined): string {
    if (!reading) return '—';
    const absence = reading.absence.filter(e => !reading.covers.includes(e));
    const parts = [...reading.covers.map(e => `\`${e}\``), ...absence.map(e => `\`${e}\` (absent)`)];
    return parts.length > 0 ? parts.join(', ') : '—';
}

/**
 * The changes a case makes to the minimal agreement it starts from, hunk by hunk (a line diff by
 * longest common subsequence): removed lines as comments, added lines dedented, "…" between hunks.
 */
function exampleOf(text: string): string {
    const a = minimalAgreement().split('\n');
    const b = text.split('\n');
    // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
        }
    }
    const hunks: { removed: string[]; added: string[] }[] = [];
    let current: { removed: string[]; added: string[] } | undefined;
    const hunk = () => (current ??= (hunks.push({ removed: [], added: [] }), hunks[hunks.length - 1]!));
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            current = undefined;
            i++;
            j++;
        } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
            hunk().added.push(b[j++]!);
        } else {
            hunk().removed.push(a[i++]!);
        }
    }
    const parts = hunks.map(({ removed, added }) => {
        const kept = added.filter(l => l.trim());
        const indent = Math.min(...kept.map(l => /^ */.exec(l)![0].length));
        return [
            ...removed.map(l => l.trim()).filter(l => l && !l.startsWith('retention')).map(l => `// without: ${l}`),
            ...kept.map(l => l.slice(Number.isFinite(indent) ? indent : 0))
        ];
    }).filter(part => part.length > 0);
    return parts.map(part => part.join('\n')).join('\n// …\n');
}

async function messageIn(lang: Lang, text: string, rule: string): Promise<{ message: string; fixes: string[] }> {
    services.dpa.Settings.language = lang;
    try {
        const d = withCode(await check(text), rule)[0];
        return { message: typeof d?.message === 'string' ? d.message : '', fixes: d && isFixData(d.data) ? d.data.fixes.map(f => f.title) : [] };
    } finally {
        services.dpa.Settings.language = 'en';
    }
}

async function section(rule: RuleInfo, implemented: boolean, example: RuleFixture | undefined, reading: RuleReading | undefined): Promise<string> {
    const lines = [`## ${rule.id}`, '', `| | |`, `| --- | --- |`,
        `| severity | ${rule.severity} |`,
        `| detects | ${rule.detects.replace(/\|/g, '\\|')} |`,
        `| legal basis | ${rule.basis} |`,
        `| grondslag | ${rule.basisNl} |`,
        `| suggested fix | ${rule.fix.replace(/\|/g, '\\|')} |`,
        `| status | ${implemented ? 'implemented' : `not implemented: ${rule.notImplemented ?? 'no reason recorded'}`} |`,
        ...(implemented ? [`| reads prose | ${readsProse(reading)} |`, `| checks \`covers\` | ${checksCovers(reading)} |`] : []),
        ...(rule.limits ? [`| left out | ${rule.limits.replace(/\|/g, '\\|')} |`] : []), ''];
    if (implemented && example) {
        const en = await messageIn('en', example.text, rule.id);
        const nl = await messageIn('nl', example.text, rule.id);
        lines.push(`Example (${example.name}):`, '', '```dpa', exampleOf(withoutMarkers(example.text)), '```', '',
            `- en: ${en.message}`, `- nl: ${nl.message}`);
        if (en.fixes.length > 0) lines.push(`- quick fixes: ${en.fixes.map(f => `“${f}”`).join(', ')}`);
        lines.push('');
    }
    return lines.join('\n');
}

/**
 * The document; `fixtures` is the fixtures folder, `validation` the validator's sources and
 * `examples` the examples (the bundled script passes them, as its own location differs).
 */
export async function renderRulesDoc(fixtures = FIXTURES, validation = VALIDATION, examples = EXAMPLES): Promise<string> {
    const implemented = new Set(implementedRules());
    const readings = await ruleReadings(validation, fixtures, examples);
    const firing = loadFixtures(fixtures).filter(f => !f.quiet);
    const rules = allRules();
    const parts = [
        '# Validation rules',
        '',
        '<!-- Generated by `npm run docs` from packages/language/src/data/rules.json and the rule fixtures (test/language/rules); do not edit. -->',
        '',
        `The validator checks ${implemented.size} of the ${rules.length} rules of the catalogue (DPA-R01…R60). Each diagnostic carries the rule id as its code and ends with the legal basis. Severities can be changed per workspace (setting \`dpa.rules\`, CLI \`--rule DPA-R36=off\`) or per file (\`// dpa-disable DPA-R36\`, \`// dpa-disable-next-line DPA-R21\`, \`// dpa-severity DPA-R43 error\`). Messages are in English or Dutch (\`dpa.diagnostics.language\`, CLI \`--lang nl\`).`,
        '',
        'Besides the rules: an Art. 28(3) summary (`art28-coverage`, info) lists the required elements the agreement does not provide, with a fix that adds every missing standard clause; structural checks report syntax errors, unresolved names, duplicate names and properties, unknown country codes, impossible dates, missing parties and template fields.',
        '',
        'Each rule says whether it reads prose — the agreement\'s own words, by kind of text: custom clause text, clause titles, measure descriptions, other prose (titles, purposes, labels, services, retention events), names and identifiers — and which Art. 28(3) elements it looks up in the `covers` of custom clauses: to read a clause that covers the element, or to accept it in place of a standard clause; (absent) marks an element whose absence the rule reports, which a clause that covers it provides. Both are derived from the code: the prose table (`PROSE_CHECKS`), the strings the rule\'s diagnostics point into on its fixtures and the examples, art28.json, and the covers tests on the way to each report in the validator\'s sources (scripts/rule-reading.ts).',
        '',
        '| rule | severity | status | detects | reads prose | checks `covers` |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rules.map(r => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${implemented.has(r.id) ? 'implemented' : 'not implemented'} | ${r.detects.replace(/\|/g, '\\|')} | ${implemented.has(r.id) ? readsProse(readings.get(r.id)) : ''} | ${implemented.has(r.id) ? checksCovers(readings.get(r.id)) : ''} |`),
        ''
    ];
    for (const rule of rules) parts.push(await section(getRule(rule.id), implemented.has(rule.id), firing.find(f => f.rule === rule.id), readings.get(rule.id)));
    return `${parts.join('\n').trimEnd()}\n`;
}
