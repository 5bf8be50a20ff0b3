import { GrammarUtils } from 'langium';
import { countryAlias, lookupCountry, type CountryInfo } from '../../../countries.js';
import { DATA_LABELS_DATA, MEASURES_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
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

/** DPA-R27: health data needs a measure under NEN 7510 or at least ISO 27001 (agreement-wide). */
export function healthStandard(agreement: ast.Agreement, context: CheckContext): void {
    const health = agreement.dataCategories.filter(c => c.special.includes('health'));
    if (health.length === 0) return;
    const covered = agreement.measures.some(m => m.standards.some(s => HEALTH_STANDARDS.has(normaliseStandard(s))));
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

export const owner: RuleOwner = { name: 'data-categories', rules: ['DPA-R25', 'DPA-R26', 'DPA-R27', 'DPA-R28', 'DPA-R42', 'DPA-R57'] };
