import { followedStandards, isListedSubProcessor, measureKinds, type Agreement, type DataCategory, type Measure, type Processing, type SubjectCategory, type SubProcessor } from '@dpa/language';
import type { Block } from './ir.js';
import { fill } from './terms.js';
import { isAssuranceStandard } from './standards-view.js';
import { standardName, type Formatter } from './view-builder.js';

// The details of Bijlage 1-3 that the language holds beyond a label: conditions, vulnerable data
// subjects, profiling, exclusions with their scope, how a standard is met, planned measures, the
// measures' review, and recipients' roles and promises.

function list(items: readonly string[], or: string): string {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)!}`;
}

/** The notes of a data category after its legal flags: incidental presence, a condition. */
export function dataDetails(data: DataCategory, f: Formatter): string[] {
    const d = f.terms.details;
    return [
        ...(data.incidental ? [d.incidental] : []),
        ...(data.condition !== undefined ? [fill(d.when, { x: f.text(data.condition) })] : [])
    ];
}

/** A subject category with its vulnerability: "Leerlingen (minderjarigen)". */
export function subjectLine(subject: SubjectCategory, f: Formatter): string {
    const d = f.terms.details;
    const notes = [...(subject.minors ? [d.minors] : []), ...(subject.vulnerable ? [d.vulnerable] : [])];
    const label = f.text(subject.label);
    return notes.length ? `${label} (${notes.join('; ')})` : label;
}

/** Profiling and automated decisions, listed with the purposes of an activity. */
export function processingFlags(processing: Processing, f: Formatter): string[] {
    const d = f.terms.details;
    return [...(processing.profiling ? [d.profiling] : []), ...(processing.automatedDecisions ? [d.automatedDecisions] : [])];
}

/** One sentence per `excludes` line: not processed, not stored, advised against, or outside control. */
export function exclusionSentences(agreement: Agreement, f: Formatter): Block[] {
    const t = f.terms;
    return agreement.exclusions.flatMap((exclusion): Block[] => {
        const items = exclusion.items.map(item => {
            if (item.label !== undefined) return f.text(item.label);
            const kind = item.kind!;
            return kind === 'special' || kind === 'criminal' || kind === 'bsn' ? t.excluded[kind] : fill(t.excluded.category, { x: t.specialCategories[kind] ?? kind });
        });
        if (items.length === 0) return [];
        const x = list(items, t.excluded.or);
        const pattern = exclusion.scope === 'not-stored' ? t.details.notStored
            : exclusion.scope === 'advised' ? t.details.advised
                : exclusion.scope === 'outside-control' ? t.details.outsideControl
                    : t.excluded.sentence;
        return [{ kind: 'paragraph', text: fill(pattern, { x: exclusion.scope === 'outside-control' ? items.join('; ') : x }) }];
    });
}

/** The kinds of a measure in words. */
export function measureKindText(m: Measure, f: Formatter): string {
    return measureKinds(m).map(kind => f.terms.measureKinds[kind] ?? kind).join(', ');
}

/** How a measure meets its standards: "volgt ISO/IEC 27001; gecertificeerd volgens NEN 7510". */
export function standardsText(m: Measure, f: Formatter): string | undefined {
    const t = f.terms;
    const names = (values: readonly string[]) => values.map(s => standardName(f.text(s), t)).join(', ');
    // An assurance standard (ISAE 3402) is no norm a measure follows or is certified against: the
    // measure is an auditor's report under it (review 2026-11 A-30).
    const norms = (values: readonly string[]) => values.filter(s => !isAssuranceStandard(s));
    const followed = norms(followedStandards(m));
    const certified = norms(m.certified);
    const assurance = [...followedStandards(m), ...m.certified].filter(isAssuranceStandard);
    const parts = [
        ...(followed.length ? [fill(t.details.follows, { x: names(followed) })] : []),
        ...(certified.length ? [fill(t.details.certified, { x: names(certified) })] : []),
        ...(assurance.length ? [fill(t.details.assurance, { x: names(assurance) })] : [])
    ];
    return parts.length ? parts.join('; ') : undefined;
}

/** A measure's description with its notes: planned, optional, the subjects it protects, its provider. */
export function measureDescription(m: Measure, f: Formatter): string {
    const d = f.terms.details;
    const subjects = m.protects.flatMap(r => (r.ref ? [f.text(r.ref.label)] : []));
    const notes = [
        ...(m.planned ? [d.planned] : []),
        ...(m.optional ? [d.optional] : []),
        ...(subjects.length ? [fill(d.protects, { x: subjects.join(', ') })] : []),
        ...(m.provider !== undefined ? [fill(d.provider, { x: f.text(m.provider) })] : [])
    ];
    const text = f.text(m.description);
    return notes.length ? `${text} (${notes.join('; ')})` : text;
}

/** The sentences on the measures' review and the no-downgrade promise. */
export function measurePolicySentences(agreement: Agreement, f: Formatter): Block[] {
    const policy = agreement.measurePolicy;
    if (!policy) return [];
    const d = f.terms.details;
    const period = f.frequency(policy.period);
    const sentences = [
        ...(policy.reviewed ? [period ? fill(d.reviewedEvery, { x: period }) : d.reviewed] : []),
        ...(policy.noDowngrade ? [d.noDowngrade] : [])
    ];
    return sentences.length ? [{ kind: 'paragraph', text: sentences.join(' ') }] : [];
}

/** A sub-processor's service with its notes: engaged by, condition, data, promises. */
export function serviceText(s: SubProcessor, f: Formatter): string | undefined {
    const d = f.terms.details;
    const data = s.data.flatMap(r => (r.ref ? [f.text(r.ref.label)] : []));
    const notes = [
        ...(s.via?.ref ? [fill(d.via, { x: f.text(s.via.ref.legalName) || s.via.ref.name })] : []),
        ...(s.condition !== undefined ? [fill(d.when, { x: f.text(s.condition) })] : []),
        ...(data.length ? [fill(d.recipientData, { x: data.join(', ') })] : []),
        ...(s.commitments.includes('zero-retention') ? [d.zeroRetention] : []),
        ...(s.commitments.includes('no-training') ? [d.noTraining] : [])
    ];
    const service = f.optional(s.service);
    if (notes.length === 0) return service;
    return service !== undefined ? `${service} (${notes.join('; ')})` : notes.join('; ');
}

/** The recipients declared not to be sub-processors, each with its role, below the table. */
export function otherRecipients(agreement: Agreement, f: Formatter): Block[] {
    const d = f.terms.details;
    const others = agreement.subprocessors.filter(s => !isListedSubProcessor(s));
    if (others.length === 0) return [];
    const role = (s: SubProcessor) => (s.role === 'joint-controller' ? d.jointController : s.role === 'controller' ? d.controller : d.notSubprocessor);
    return [
        { kind: 'paragraph', text: d.otherRecipients },
        ...others.map((s): Block => {
            const service = serviceText(s, f);
            return { kind: 'paragraph', text: `${f.text(s.legalName) || s.name}${service !== undefined ? ` (${service})` : ''}: ${role(s)}.` };
        })
    ];
}
