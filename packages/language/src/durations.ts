import { CLAUSES_DATA } from './data/index.js';
import type { Lang } from './i18n/lang.js';

// Durations of the grammar (`24 hours`, `5 working-days`): their length and their words, from the
// units of data/clauses.json, for the clause rules, the semantic diff and the firm's playbook.

type UnitInfo = (typeof CLAUSES_DATA)['units'][string];

function unitOf(unit: string | undefined): UnitInfo | undefined {
    // The unit may be missing while the user types (the parser recovers with a partial node).
    return unit === undefined ? undefined : CLAUSES_DATA.units[unit.replace(/s$/, '')];
}

/** Length of a duration in hours: nominal, and the worst case (working days spanning a weekend). */
export function hoursOf(amount: number, unit: string): { nominal: number; worst: number } {
    const info = unitOf(unit);
    const nominal = amount * (info?.hours ?? 0);
    return { nominal, worst: nominal + (info?.workingDays ? CLAUSES_DATA.thresholds.weekendHours : 0) };
}

/** A duration in words: "24 uur", "3 days", "5-working-day" (`compound`, English). */
export function formatDuration(amount: number, unit: string, lang: Lang, compound = false): string {
    const info = unitOf(unit);
    const names = info ? info[lang] : [unit, unit];
    if (compound && lang === 'en') return `${amount}-${names[0].replace(/ /g, '-')}`;
    return `${amount} ${amount === 1 ? names[0] : names[1]}`;
}
