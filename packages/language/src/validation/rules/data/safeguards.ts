import { MEASURES_DATA } from '../../../data/index.js';
import type { MeasureGroup } from '../../../data/schemas.js';
import type * as ast from '../../../generated/ast.js';
import type { Lang } from '../../../i18n/lang.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import { namedMembers } from '../../../names.js';
import { fix, type Fix, type FixEdit } from '../../fixes.js';
import { appendMeasures, insertAfterMeasures } from './measure-edits.js';
import { inPlace, measureKinds } from '../../../model-facts.js';

// The measure groups (measures.json) that data and processing activities need, what is missing
// where, and the quick fix that supplies it.

function kindLabel(kind: string, lang: Lang): string {
    return MEASURES_DATA.kinds[kind]?.[lang] ?? kind;
}

function groupLabel(group: MeasureGroup, lang: Lang): string {
    return group[lang] ?? group.kinds.map(kind => kindLabel(kind, lang)).join(LANGUAGE_MESSAGES.text(lang, 'list.or'));
}

/** What the data rules know of an agreement, computed once per agreement. */
export interface DataFacts {
    /** Every name declared in the agreement (one namespace). */
    readonly names: ReadonlySet<string>;
    /** The processing activities that use each data category. */
    readonly users: ReadonlyMap<ast.DataCategory, readonly ast.Processing[]>;
}

const factsCache = new WeakMap<ast.Agreement, DataFacts>();

export function dataFacts(agreement: ast.Agreement): DataFacts {
    const cached = factsCache.get(agreement);
    if (cached) return cached;
    const named: { name: string }[] = [agreement, ...namedMembers(agreement)];
    const users = new Map<ast.DataCategory, ast.Processing[]>();
    for (const processing of agreement.processings) {
        for (const ref of processing.data) {
            const category = ref.ref;
            if (!category) continue;
            const list = users.get(category) ?? [];
            if (!list.includes(processing)) list.push(processing);
            users.set(category, list);
        }
    }
    const facts = { names: new Set(named.map(n => n.name)), users };
    factsCache.set(agreement, facts);
    return facts;
}

/**
 * The measures that protect a processing activity: those it lists, or, when it lists none, all
 * measures of the agreement (Bijlage 2 then applies as a whole).
 */
function effectiveMeasures(processing: ast.Processing, agreement: ast.Agreement): ast.Measure[] {
    if (processing.measures.length === 0) return agreement.measures;
    return processing.measures.map(ref => ref.ref).filter((m): m is ast.Measure => m !== undefined);
}

export function missingGroups(groups: readonly MeasureGroup[], measures: readonly ast.Measure[]): MeasureGroup[] {
    // A planned measure is not yet in place: it does not cover a group (Art. 32 asks for measures taken).
    return groups.filter(group => !inPlace(measures).some(m => measureKinds(m).some(kind => group.kinds.includes(kind))));
}

/** A place that lacks measures: a processing activity, or the agreement as a whole. */
export interface MeasureNeed {
    readonly processing?: ast.Processing;
    readonly groups: readonly MeasureGroup[];
}

/**
 * The safeguard groups a data category lacks, per processing activity that uses it (or for the
 * agreement, when no activity uses it yet).
 */
export function safeguardNeeds(agreement: ast.Agreement, category: ast.DataCategory, groups: readonly MeasureGroup[]): MeasureNeed[] {
    const processings = dataFacts(agreement).users.get(category) ?? [];
    if (processings.length === 0) {
        const missing = missingGroups(groups, agreement.measures);
        return missing.length ? [{ groups: missing }] : [];
    }
    return processings
        .map(processing => ({ processing, groups: missingGroups(groups, effectiveMeasures(processing, agreement)) }))
        .filter(need => need.groups.length > 0);
}

function uniqueGroups(needs: readonly MeasureNeed[]): MeasureGroup[] {
    const groups: MeasureGroup[] = [];
    for (const need of needs) for (const group of need.groups) if (!groups.includes(group)) groups.push(group);
    return groups;
}

export function missingText(needs: readonly MeasureNeed[], lang: Lang): string {
    return uniqueGroups(needs).map(group => groupLabel(group, lang)).join(', ');
}

/**
 * The fix that supplies the missing measure groups: an existing measure of a fitting kind is
 * added to the activities that lack it; otherwise a stub measure is declared (only when its name
 * is free) and added to them. Activities without a `measures` list use every measure already.
 */
export function measureFix(agreement: ast.Agreement, lang: Lang, needs: readonly MeasureNeed[]): Fix | undefined {
    const resolved = new Map<MeasureGroup, string>();
    const stubs: string[] = [];
    const names = dataFacts(agreement).names;
    for (const group of uniqueGroups(needs)) {
        const existing = inPlace(agreement.measures).find(m => measureKinds(m).some(kind => group.kinds.includes(kind)));
        if (existing) {
            resolved.set(group, existing.name);
            continue;
        }
        const stub = MEASURES_DATA.kinds[group.stub]?.stub;
        if (!stub || names.has(stub.name) || stubs.some(s => s.startsWith(`measure ${stub.name} `))) return undefined;
        stubs.push(`measure ${stub.name} ${stub.type} ${group.stub} ${JSON.stringify(stub.description)}`);
        resolved.set(group, stub.name);
    }
    const edits: (FixEdit | undefined)[] = [];
    if (stubs.length) edits.push(insertAfterMeasures(agreement, stubs));
    for (const need of needs) {
        if (!need.processing || need.processing.measures.length === 0) continue;
        const listed = new Set(need.processing.measures.map(ref => ref.$refText));
        const added = [...new Set(need.groups.map(g => resolved.get(g)!))].filter(n => !listed.has(n));
        if (added.length) edits.push(appendMeasures(need.processing, added));
    }
    const all = [...new Set(resolved.values())];
    return fix(LANGUAGE_MESSAGES.text(lang, all.length === 1 ? 'fix.addMeasure' : 'fix.addMeasures', { names: all.join(', ') }), edits);
}
