import type { PeriodicDelivery } from '@dpa/language';
import { formatFrequency } from './format.js';
import type { Terms } from './terms.js';

// Something the processor delivers to the controller periodically, by a day of the year (the
// security clause's `report`, the audit clause's `statement`), as its templates see it.

/** `every 1 year by --12-31` → { per: "jaar", by: "31 december" }; `every 2 years` → { per: "twee jaar" }. */
export interface PeriodicView {
    /** How often, as `formatFrequency` writes it after "ten minste eenmaal per" / "at least once": "jaar", "twee jaar"; "a year", "every two years". */
    readonly per: string;
    /** The day of the year by which it is delivered: "31 december". */
    readonly by?: string;
}

const DAY_OF_YEAR = /^--(\d{2})-(\d{2})$/;

/** "--12-31" → "31 december" (the day, then the month's name); undefined for anything else. */
export function formatDayOfYear(value: string, terms: Terms): string | undefined {
    const m = DAY_OF_YEAR.exec(value);
    const month = m ? terms.months[Number(m[1]) - 1] : undefined;
    return m && month ? `${Number(m[2])} ${month}` : undefined;
}

export function periodicView(delivery: PeriodicDelivery | undefined, terms: Terms): PeriodicView | undefined {
    const every = delivery?.every;
    if (!every) return undefined;
    const per = formatFrequency(every, terms);
    const by = delivery.by !== undefined ? formatDayOfYear(delivery.by, terms) : undefined;
    return { per, ...(by !== undefined ? { by } : {}) };
}
