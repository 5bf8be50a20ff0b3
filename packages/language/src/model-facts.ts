import type * as ast from './generated/ast.js';
import { countryAlias, lookupCountry } from './countries.js';

// Small readings of the model shared by the rules and the generator: what the agreement declares
// not processed, the kinds and standards of a measure, the role of a recipient.

/** An exclusion that says the data are not processed at all (no `advised`, `not-stored` or `outside-control`). */
export function isPlainExclusion(exclusion: ast.Exclusion): boolean {
    return exclusion.scope === undefined;
}

/**
 * The kinds the agreement declares not processed (`excludes special, bsn`): only the declarations
 * without a scope, which say the processor does not process them at all.
 */
export function excludedKinds(agreement: ast.Agreement): readonly string[] {
    return agreement.exclusions.filter(isPlainExclusion).flatMap(e => e.items.flatMap(i => (i.kind !== undefined ? [i.kind] : [])));
}

/** Every kind of a measure: the first and the further ones (`encryption, access-control`). */
export function measureKinds(measure: ast.Measure): readonly string[] {
    return [measure.kind, ...measure.kinds];
}

/** The standards a measure follows: `follows` and the old form `standard`. */
export function followedStandards(measure: ast.Measure): readonly string[] {
    return [...measure.standards, ...measure.follows];
}

/** Every standard a measure names, followed or certified. */
export function namedStandards(measure: ast.Measure): readonly string[] {
    return [...followedStandards(measure), ...measure.certified];
}

/**
 * A measure in place: not `planned`, and not `optional` (left to the customer's choice, so the
 * processor does not ensure it). Only these count for Art. 32 coverage.
 */
export function inPlace(measures: readonly ast.Measure[]): readonly ast.Measure[] {
    return measures.filter(m => !m.planned && !m.optional);
}

/** The role of a recipient: `role`, else a sub-processor. */
export function recipientRole(recipient: ast.SubProcessor): string {
    return recipient.role ?? 'subprocessor';
}

/** A recipient that is a sub-processor (Art. 28(2)): the ones Bijlage 3 lists as such. */
export function isListedSubProcessor(recipient: ast.SubProcessor): boolean {
    return recipientRole(recipient) === 'subprocessor';
}

/** A recipient that receives personal data (all but `not-subprocessor`): Chapter V applies to it. */
export function receivesData(recipient: ast.SubProcessor): boolean {
    return recipientRole(recipient) !== 'not-subprocessor';
}

/**
 * The processor is established within the EEA: its address names an EEA country, or no country
 * (a Dutch agreement's default). Its own processing at a place outside the EEA is then no transfer
 * under Chapter V: the data do not pass to another controller or processor (EDPB Guidelines
 * 05/2021, criteria 2 and 3: exporter and importer are different parties); the processor stays
 * bound by the GDPR there (Art. 3(1)) and weighs the local law among its risks (Art. 32). Data that
 * reach another entity there (a group company, a provider) go to a recipient of their own.
 */
export function processorInEea(agreement: ast.Agreement): boolean {
    const processor = agreement.parties.find(p => p.role === 'processor');
    const code = processor?.address?.country;
    if (code === undefined) return true;
    const info = lookupCountry(code) ?? lookupCountry(countryAlias(code) ?? '');
    return info === undefined || info.status === 'eea';
}
