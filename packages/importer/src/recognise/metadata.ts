// The agreement's own data: version, the date it takes effect, the date of this text, the main
// agreement, law and court.

export interface Metadata {
    title?: string;
    version?: string;
    /** ISO date. */
    effective?: string;
    /** ISO date or month. */
    revised?: string;
    mainAgreement?: string;
    law?: string;
    court?: string;
}

const MONTHS: Readonly<Record<string, number>> = {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
    january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10
};
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const DATE = new RegExp(`(?<!\\d)(\\d{1,2})[-\\s](${MONTH_NAMES}|\\d{1,2})[-\\s](\\d{4})(?!\\d)|(?<!\\p{L})(${MONTH_NAMES})\\s+(\\d{4})(?!\\d)|(\\d{4})-(\\d{2})-(\\d{2})`, 'iu');

/** A date in the text as ISO ("2026-06-01"), or a month ("2026-01") when the text gives no day. */
export function dateIn(text: string): string | undefined {
    const m = DATE.exec(text);
    if (!m) return undefined;
    const pad = (n: number): string => String(n).padStart(2, '0');
    if (m[6]) return `${m[6]}-${m[7]}-${m[8]}`;
    if (m[4]) return `${m[5]}-${pad(MONTHS[m[4].toLowerCase()]!)}`;
    const month = /^\d+$/u.test(m[2]!) ? Number(m[2]) : MONTHS[m[2]!.toLowerCase()]!;
    const day = Number(m[1]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return `${m[3]}-${pad(month)}-${pad(day)}`;
}

/** What a short line of the heading says: version, dates. */
export function metadataIn(text: string): Metadata {
    const found: Metadata = {};
    const version = /\b(?:versie|version)\s*:?\s*([\w][\w./-]*)/iu.exec(text);
    if (version) found.version = version[1]!.replace(/[.,]$/u, '');
    const date = dateIn(text);
    if (date) {
        if (/geldig vanaf|ingangsdatum|in werking|effective|van kracht/iu.test(text) && /^\d{4}-\d{2}-\d{2}$/u.test(date)) found.effective = date;
        else if (/bijgewerkt|datum|updated|versie|version|\d{4}/iu.test(text) && text.length <= 160) found.revised = date;
    }
    return found;
}
