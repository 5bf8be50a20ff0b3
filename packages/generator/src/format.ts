import type { Terms } from './terms.js';
import { fill } from './terms.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** "2018-05-14" → "14 mei 2018", "2026-01" → "januari 2026"; anything else (a filled-in free value) is returned as it is. */
export function formatDate(value: string, terms: Terms): string {
    const m = ISO_DATE.exec(value);
    // A month only (`2026-01`): "januari 2026".
    const ym = ISO_MONTH.exec(value);
    if (ym) {
        const name = terms.months[Number(ym[2]) - 1];
        return name ? `${name} ${ym[1]}` : value;
    }
    if (!m) return value;
    const month = terms.months[Number(m[2]) - 1];
    return month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}

/**
 * A number as the agreement writes it, the one rule for every duration in both languages (legal
 * review A-37): one to twenty in words ("vier", "veertien"; "four", "fourteen"), larger numbers as
 * numerals ("24", "30", "90"), as Dutch legal drafting does.
 */
export function formatCount(amount: number, terms: Terms): string {
    return Number.isInteger(amount) && amount >= 0 ? terms.numbers[amount] ?? String(amount) : String(amount);
}

/**
 * { amount: 4, unit: 'weeks' } → "vier weken"; { amount: 5, unit: 'days' } → "vijf kalenderdagen".
 * The unit `day` is a calendar day, and says so ("kalenderdagen", "calendar days"), since the
 * language has `working-day` for the other reading (legal review A-32). Singular and plural units
 * are accepted alike.
 */
export function formatDuration(duration: { amount: number; unit: string }, terms: Terms): string {
    const unit = duration.unit.replace(/s$/, '');
    const words = terms.units[unit];
    if (!words) return `${duration.amount} ${duration.unit}`;
    return `${formatCount(duration.amount, terms)} ${duration.amount === 1 ? words[0] : words[1]}`;
}

/**
 * How often, after "eenmaal per" / "once" (legal review A-23): { amount: 1, unit: 'year' } →
 * "jaar" / "a year", { amount: 2, unit: 'years' } → "twee jaar" / "every two years". Never
 * "per periode van 1 jaar".
 */
export function formatFrequency(duration: { amount: number; unit: string }, terms: Terms): string {
    const unit = duration.unit.replace(/s$/, '');
    const words = terms.units[unit];
    if (!words) return `${duration.amount} ${duration.unit}`;
    return duration.amount === 1
        ? fill(terms.frequency.one, { x: words[0] })
        : fill(terms.frequency.many, { x: formatDuration(duration, terms) });
}

/** 5000 → "€ 5.000". */
export function formatMoney(amount: number, terms: Terms): string {
    const digits = String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, terms.thousandsSeparator);
    return fill(terms.currency, {}).replace('{amount}', digits);
}

/** ["a", "b", "c"] → "a, b en c". */
export function joinWords(items: readonly string[], terms: Terms): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${terms.and} ${items[items.length - 1]}`;
}

/** Collapses runs of whitespace (user text may span lines in the source) to single spaces. */
export function normalizeSpace(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
