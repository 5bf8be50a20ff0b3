import { GrammarUtils } from 'langium';
import { countryAlias, lookupCountry, type CountryInfo } from '../../../countries.js';
import { DATA_LABELS_DATA, MEASURES_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import { compilePattern, rangeOf, sentences, textKindOf, textTokens } from '../../text/index.js';
import { namedStandards } from '../../../model-facts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix } from '../../fixes.js';
import { dataFacts, measureFix, missingText, safeguardNeeds } from './safeguards.js';

// Data categories: flagged data (BSN, Art. 9, criminal-offence data, credentials) and its
// safeguards, and labels that name no type of personal data.

const HEALTH_STANDARDS = new Set(MEASURES_DATA.healthStandards);
const LABEL_SUGGESTIONS = new Map(DATA_LABELS_DATA.entries.flatMap(e => e.labels.map(label => [label, e.suggest] as const)));

function countryOf(code: string | undefined): CountryInfo | undefined {
    if (!code) return undefined;
    return lookupCountry(code) ?? lookupCountry(countryAlias(code) ?? '');
}

/**
 * DPA-R25: a BSN only with the controller's statutory basis (UAVG art. 46; error); as a warning,
 * BSNs that leave the EEA (a location or sub-processor of an activity that uses them) or lack
 * encryption and logging.
 */
export function bsn(category: ast.DataCategory, context: CheckContext): void {
    if (!category.bsn) return;
    const { report, lang, agreement } = context;
    if (!category.basis?.trim()) {
        report.rule('DPA-R25', { node: category, property: 'bsn' }, { x: LANGUAGE_MESSAGES.text(lang, 'r25.noBasis') });
    }
    for (const processing of dataFacts(agreement).users.get(category) ?? []) {
        const title = processing.title || processing.name;
        const outside = (country: CountryInfo) => LANGUAGE_MESSAGES.text(lang, 'r25.outsideEea', { title, country: country[lang], code: country.code });
        for (const location of processing.locations) {
            const country = countryOf(location.country);
            if (country && country.status !== 'eea') {
                report.rule('DPA-R25', { node: location, property: 'country' }, { x: outside(country) }, [], { severity: 'warning' });
            }
        }
        processing.subprocessors.forEach((ref, index) => {
            const country = countryOf(ref.ref?.country);
            if (country && country.status !== 'eea') {
                report.rule('DPA-R25', { node: processing, property: 'subprocessors', index }, { x: outside(country) }, [], { severity: 'warning' });
            }
        });
    }
    const needs = safeguardNeeds(agreement, category, MEASURES_DATA.safeguards.bsn);
    if (needs.length) {
        report.rule('DPA-R25', { node: category, property: 'bsn' }, { x: missingText(needs, lang) }, [measureFix(agreement, lang, needs)], { severity: 'warning' });
    }
}

/** DPA-R26: Art. 9 data needs encryption, need-to-know access control and logging. */
export function specialSafeguards(category: ast.DataCategory, context: CheckContext): void {
    if (category.special.length === 0) return;
    const needs = safeguardNeeds(context.agreement, category, MEASURES_DATA.safeguards.special);
    if (needs.length) {
        context.report.rule('DPA-R26', { node: category, property: 'special', index: 0 }, { x: missingText(needs, context.lang) }, [measureFix(context.agreement, context.lang, needs)]);
    }
}

function normaliseStandard(standard: string): string {
    return standard.toUpperCase().replace(/\/\s*IEC/g, '').replace(/:\s*\d{4}\b/g, '').replace(/[\s-]/g, '');
}

/** The measures that are specific to these subjects (`protects`) and in place. */
function protecting(agreement: ast.Agreement, subjects: readonly ast.SubjectCategory[]): ast.Measure[] {
    return agreement.measures.filter(m => !m.planned && m.protects.some(r => r.ref !== undefined && subjects.includes(r.ref)));
}

/**
 * DPA-R26, vulnerable data subjects: minors (Art. 8, recital 38) and other vulnerable persons
 * (recital 75; a DPIA criterion, EDPB WP248 rev.01) need safeguards of their own. A subject
 * category flagged `minors` or `vulnerable` that an activity processes, without a measure in place
 * that `protects` it, is reported.
 */
export function vulnerableSubjects(subject: ast.SubjectCategory, context: CheckContext): void {
    if (!subject.minors && !subject.vulnerable) return;
    const { agreement, lang } = context;
    const used = agreement.processings.length === 0 || agreement.processings.some(p => p.subjects.some(r => r.ref === subject));
    if (!used || protecting(agreement, [subject]).length > 0) return;
    const which = LANGUAGE_MESSAGES.text(lang, subject.minors ? 'r26.minors' : 'r26.vulnerable');
    context.report.rule('DPA-R26', { node: subject, property: subject.minors ? 'minors' : 'vulnerable' }, { x: subject.label, y: which }, [], { message: 'subjects' });
}

/**
 * DPA-R26, profiling and automated decisions: an evaluation of persons by automated means is a
 * high-risk processing (Art. 35(3)(a): a DPIA when decisions with legal or similarly significant
 * effects follow; Art. 22: decisions based solely on it only with safeguards, among them human
 * intervention). Reported unless a measure in place `protects` the activity's data subjects.
 */
export function profiling(processing: ast.Processing, context: CheckContext): void {
    if (!processing.profiling && !processing.automatedDecisions) return;
    const subjects = processing.subjects.map(r => r.ref).filter((s): s is ast.SubjectCategory => s !== undefined);
    if (subjects.length > 0 && protecting(context.agreement, subjects).length > 0) return;
    const which = LANGUAGE_MESSAGES.text(context.lang, processing.automatedDecisions ? 'r26.automated' : 'r26.profiling');
    context.report.rule('DPA-R26', { node: processing, property: processing.automatedDecisions ? 'automatedDecisions' : 'profiling' },
        { x: processing.title || processing.name, y: which }, [], { message: 'profiling' });
}

/** DPA-R27: health data needs a measure under NEN 7510 or at least ISO 27001 (agreement-wide). */
export function healthStandard(agreement: ast.Agreement, context: CheckContext): void {
    const health = agreement.dataCategories.filter(c => c.special.includes('health'));
    if (health.length === 0) return;
    const covered = agreement.measures.some(m => namedStandards(m).some(s => HEALTH_STANDARDS.has(normaliseStandard(s))));
    if (covered) return;
    for (const category of health) {
        context.report.rule('DPA-R27', { node: category, property: 'special', index: category.special.indexOf('health') });
    }
}

/** DPA-R28: criminal-offence data needs a UAVG art. 31-33 ground, restricted access and logging. */
export function criminal(category: ast.DataCategory, context: CheckContext): void {
    if (!category.criminal) return;
    const { report, lang, agreement } = context;
    if (!category.basis?.trim()) {
        report.rule('DPA-R28', { node: category, property: 'criminal' }, { x: LANGUAGE_MESSAGES.text(lang, 'r28.noGround') });
    }
    const needs = safeguardNeeds(agreement, category, MEASURES_DATA.safeguards.criminal);
    if (needs.length) {
        report.rule('DPA-R28', { node: category, property: 'criminal' }, { x: missingText(needs, lang) }, [measureFix(agreement, lang, needs)]);
    }
}

/** DPA-R42: credentials need MFA and secret storage (a vault or encryption). */
export function credentials(category: ast.DataCategory, context: CheckContext): void {
    if (!category.credentials) return;
    const needs = safeguardNeeds(context.agreement, category, MEASURES_DATA.safeguards.credentials);
    if (needs.length) {
        context.report.rule('DPA-R42', { node: category, property: 'credentials' }, { x: missingText(needs, context.lang) }, [measureFix(context.agreement, context.lang, needs)]);
    }
}

/**
 * The label without a parenthesis at its end ("Klantgegevens (CRM)" → "Klantgegevens "): from the
 * first "(" after the last ")" before the closing one. What `/\([^)]*\)\s*$/` removes, in one
 * pass: that pattern retries at every "(" and is quadratic on a long run of them.
 */
function withoutTrailingParenthesis(label: string): string {
    const trimmed = label.trimEnd();
    if (!trimmed.endsWith(')')) return label;
    const close = trimmed.length - 1;
    const open = label.indexOf('(', close === 0 ? 0 : label.lastIndexOf(')', close - 1) + 1);
    return open !== -1 && open < close ? label.slice(0, open) : label;
}

/** DPA-R57: a data category labelled with a purpose or an asset instead of a type of data. */
export function dataLabel(category: ast.DataCategory, context: CheckContext): void {
    if (category.label === undefined) return; // still being typed
    const key = withoutTrailingParenthesis(category.label.toLowerCase()).trim();
    const suggestion = LABEL_SUGGESTIONS.get(key);
    if (!suggestion) return;
    const label = GrammarUtils.findNodeForProperty(category.$cstNode, 'label');
    const title = LANGUAGE_MESSAGES.text(context.lang, 'fix.renameTo', { label: suggestion });
    context.report.rule('DPA-R57', { node: category, property: 'label' }, { x: category.label, y: suggestion },
        [label ? fix(title, [{ range: label.range, newText: JSON.stringify(suggestion) }], true) : undefined]);
}

const SUBJECT_CONTEXT = compilePattern(DATA_LABELS_DATA.subjectMentions.context, 'iu', 'data-labels.json subjectMentions.context');
const SUBJECT_NOUNS = compilePattern(DATA_LABELS_DATA.subjectMentions.nouns, 'giu', 'data-labels.json subjectMentions.nouns');

/**
 * DPA-R57, subjects named in prose only: a clause sentence that speaks of the data subjects and
 * names a group of persons ("de betrokkenen (leerlingen, ouders, leerkrachten)") that no `subject`
 * declares leaves that group out of the categories of data subjects (Art. 28(3)). Information,
 * once per group; not when no subject is declared at all (DPA-R18's case).
 */
export function subjectsInProse(agreement: ast.Agreement, context: CheckContext): void {
    if (agreement.subjectCategories.length === 0) return;
    const { report, document } = context;
    // A subject being typed may not have its label yet.
    const declared = agreement.subjectCategories.map(s => (s.label ?? '').toLowerCase()).filter(label => label !== '');
    const reported = new Set<string>();
    for (const token of textTokens(agreement)) {
        if (textKindOf(token) !== 'paragraph' || !SUBJECT_CONTEXT.test(token.text)) continue;
        context.checkTime();
        const parts = sentences(token.text);
        for (const m of token.text.matchAll(SUBJECT_NOUNS)) {
            const stem = m[0].toLowerCase().slice(0, 5);
            if (reported.has(stem) || declared.some(label => label.includes(stem))) continue;
            const sentence = parts.at(m.index);
            if (!SUBJECT_CONTEXT.test(sentence.text)) continue;
            reported.add(stem);
            report.rule('DPA-R57', { node: token.node, range: rangeOf(document, token, m.index, m.index + m[0].length) }, { x: m[0] }, [], { message: 'subjects' });
        }
    }
}

export const owner: RuleOwner = { name: 'data-categories', rules: ['DPA-R25', 'DPA-R26', 'DPA-R27', 'DPA-R28', 'DPA-R42', 'DPA-R57'] };
