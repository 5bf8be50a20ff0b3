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

/** { amount: 4, unit: 'weeks' } → "4 weken". Singular and plural units are accepted alike. */
export function formatDuration(duration: { amount: number; unit: string }, terms: Terms): string {
    const unit = duration.unit.replace(/s$/, '');
    const words = terms.units[unit];
    if (!words) return `${duration.amount} ${duration.unit}`;
    return `${duration.amount} ${duration.amount === 1 ? words[0] : words[1]}`;
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
