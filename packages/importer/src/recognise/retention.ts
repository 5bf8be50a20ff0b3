import { blockText, headingTitle, type IndexedBlock, type Section } from './sections.js';

// The retention (bewaartermijn) the text states: in a processing table's column ("Maximaal 1
// maand.", "Gedurende overeenkomst"), in an article about it ("3 Bewaartermijn: Bestanden worden
// maximaal 1 uur bewaard …"), or a line "Bewaartermijn: Geen — data wordt niet opgeslagen". Read
// into the `retention` of the processing activities (grammar: Retention, PartRetention); a text
// that states none leaves them without one, which the review rightly reports (DPA-R19).

export interface RetentionTerm {
    /** The activity's term as the model writes it: `1 hour`, `agreement + 30 days`, `transient`, … */
    readonly term?: string;
    /** Terms of a storage layer: `backups none`. */
    readonly parts: readonly string[];
}

const UNITS: readonly [RegExp, string][] = [
    [/^(?:uur|uren|hours?)$/iu, 'hour'],
    [/^(?:werkdag(?:en)?|working[\s-]days?|business days?)$/iu, 'working-day'],
    [/^(?:dag(?:en)?|days?)$/iu, 'day'],
    [/^(?:weken|week|weeks)$/iu, 'week'],
    [/^(?:maand(?:en)?|months?)$/iu, 'month'],
    [/^(?:jaar|jaren|years?)$/iu, 'year']
];

const PERIOD = /(?<![\p{L}\d])(\d{1,4})\s*(uur|uren|hours?|werkdagen|werkdag|working[\s-]days?|business days?|dagen|dag|days?|weken|week|weeks|maanden|maand|months?|jaren|jaar|years?)(?![\p{L}])/iu;
/** A period counted from the end of the agreement: "binnen 30 dagen na beëindiging van de overeenkomst". */
const AFTER_END = /(?:na|after)\s+(?:de\s+|het\s+|the\s+)?(?:be[eë]indiging|einde|afloop|termination|end|expiry)/iu;
/** For as long as the agreement or the cooperation runs. */
const DURING_AGREEMENT = /(?:gedurende|voor|tijdens|for)\s+(?:de\s+|het\s+|the\s+)?(?:looptijd\s+van\s+de\s+|duur\s+van\s+de\s+|term\s+of\s+the\s+|duration\s+of\s+the\s+)?(?:overeenkomst|samenwerking|hoofdovereenkomst|agreement)|zolang\s+de\s+(?:overeenkomst|samenwerking)/iu;
/** "of gedurende de wettelijke bewaartermijn indien deze langer is". */
const OR_STATUTORY = /wettelijke\s+bewaar(?:termijn|plicht)[^.]{0,40}(?:langer|indien)|statutory[^.]{0,40}longer/iu;
/** Not stored at all: the data exist only while the processing runs. */
const NOT_STORED = /(?:wordt|worden)\s+(?:niet|nooit)\s+(?:opgeslagen|bewaard)|(?:niet|nooit)\s+(?:opgeslagen|bewaard)|uitsluitend\s+binnen\s+de\s+sessie|(?:is|are)\s+not\s+stored|never\s+stored/iu;
/** Deleted right after the operation it serves. */
const AFTER_USE = /(?:direct|onmiddellijk|meteen|immediately)\s+(?:(?:na|after)\s+(?:de\s+|het\s+|the\s+)?[\p{L}-]+\s+)?(?:(?:worden|wordt|is|are)\s+)?(?:verwijderd|gewist|vernietigd|deleted)/iu;
/** "We slaan geen kopieën of back-ups … op": no back-ups of these data. */
const NO_BACKUPS = /(?:geen|no)\s+(?:kopie(?:ën|en)?\s+(?:of|en|or)\s+)?back-?ups?(?![\p{L}])(?![^.]{0,40}(?:behalve|tenzij|except|unless))/iu;
/** The words that make a period the retention: kept, stored, deleted after it. */
const KEPT = /bewaar|bewaard|opgeslagen|verwijderd|gewist|vernietigd|retention|retained|kept|stored|deleted/iu;
/** Words that make the statement something else than the term agreed: a wish, a condition, a question. */
const NOT_A_TERM = /(?<![\p{L}])(?:indien|tenzij|kan|kunnen|mag|mogen|if|unless|may|can|\?)(?![\p{L}])/iu;

function unit(word: string, amount: number): string | undefined {
    const base = UNITS.find(([pattern]) => pattern.test(word))?.[1];
    return base === undefined ? undefined : amount === 1 ? base : `${base}s`;
}

/** The retention a text states, if it states one; `undefined` for a text that states none. */
export function retentionIn(text: string): RetentionTerm | undefined {
    const clean = text.replace(/\s+/gu, ' ').trim();
    if (clean === '') return undefined;
    const parts = NO_BACKUPS.test(clean) ? ['backups none'] : [];
    const withoutBackups = clean.replace(NO_BACKUPS, ' ');
    let term: string | undefined;
    const period = PERIOD.exec(withoutBackups);
    if (/^(?:geen|none|n\.?v\.?t\.?)\b/iu.test(clean) && NOT_STORED.test(clean)) term = 'transient';
    else if (period && (KEPT.test(clean) || /^(?:max(?:imaal|\.)?|ten hoogste|hooguit|uiterlijk|at most|up to)\s/iu.test(clean)) && !NOT_A_TERM.test(clean.slice(0, period.index))) {
        const amount = Number(period[1]);
        const u = unit(period[2]!, amount);
        if (u && amount > 0) term = AFTER_END.test(withoutBackups.slice(period.index)) ? `agreement + ${amount} ${u}` : `${amount} ${u}`;
    } else if (DURING_AGREEMENT.test(clean)) term = OR_STATUTORY.test(clean) ? 'agreement or statutory if longer' : 'agreement';
    else if (AFTER_USE.test(clean)) term = 'after-use';
    else if (NOT_STORED.test(clean) && !period) term = 'transient';
    return term !== undefined || parts.length > 0 ? { ...(term !== undefined ? { term } : {}), parts } : undefined;
}

/** An article or annex about retention, or a line labelled so ("Bewaartermijn: …"). */
const RETENTION_HEADING = /^(?:\d+[.)]?\s*)?(?:artikel\s+\d+\s*[.:—–-]?\s*)?(?:bewaartermijn(?:en)?|bewaring|bewaren van (?:persoons)?gegevens|retentie|retention(?: period)?|opslag en bewaring)\s*$/iu;
/** The label of a table row that gives the retention or the duration of the processing. */
const RETENTION_ROW = /^(?:bewaartermijn(?:en)?|(?:de\s+)?duur(?:\s+van\s+de\s+verwerking)?|retention(?: period)?|duration(?: of (?:the )?processing)?)\s*:?$/iu;
const RETENTION_LABEL = /^(?:[-*•]\s*)?(?:bewaartermijn(?:en)?|retention(?: period)?)\s*:\s*(.+)$/isu;

/**
 * The one retention the text states for all its processing: an article or annex on retention, or
 * a line "Bewaartermijn: …". Undefined when the text states none, or several different ones (then
 * which activity keeps which is for the reader).
 */
export function documentRetention(sections: readonly Section[]): { term: RetentionTerm; at: IndexedBlock } | undefined {
    const found: { term: RetentionTerm; at: IndexedBlock }[] = [];
    for (const section of sections) {
        const heading = section.heading ? headingTitle(section.heading.block) : '';
        if (RETENTION_HEADING.test(heading.trim())) {
            const text = section.blocks.filter(b => b.block.kind !== 'table').map(b => blockText(b.block)).join(' ');
            const term = retentionIn(text);
            if (term && section.blocks[0]) found.push({ term, at: section.blocks[0] });
            continue;
        }
        for (const item of section.blocks) {
            if (item.block.kind === 'table') {
                // A row "| Duur | Voor de duur van de hoofdovereenkomst |" of a table describing the processing.
                for (const row of item.block.rows) {
                    const term = row.length === 2 && RETENTION_ROW.test(row[0]!.trim()) ? retentionIn(row[1]!) : undefined;
                    if (term) found.push({ term, at: item });
                }
                continue;
            }
            const text = blockText(item.block).trim();
            const label = RETENTION_LABEL.exec(text);
            // A label on a line of its own ("Duur van de verwerking"), its value the next paragraph.
            const next = section.blocks[section.blocks.indexOf(item) + 1];
            const value = label?.[1] ?? (RETENTION_ROW.test(text) && next && next.block.kind !== 'table' ? blockText(next.block) : undefined);
            const term = value !== undefined ? retentionIn(value) : undefined;
            if (term) found.push({ term, at: item });
        }
    }
    const distinct = new Set(found.map(f => `${f.term.term ?? ''}|${f.term.parts.join(',')}`));
    return distinct.size === 1 ? found[0] : undefined;
}

/** The `.dpa` lines of a retention term inside a processing activity. */
export function retentionLines(term: RetentionTerm): string[] {
    return [...(term.term !== undefined ? [`retention ${term.term}`] : []), ...term.parts.map(part => `retention of ${part}`)];
}

/**
 * The retention a termination clause implies: deletion (or return) within a period after the end
 * (`termination delete within 30 days`) keeps the data for the agreement and that period at most:
 * `agreement + 30 days`. Not a clause without a period, nor one that deletes only on request.
 */
export function endRetention(termination: string | undefined): { term: string; source: string } | undefined {
    if (!termination || /only\s+on-request/u.test(termination)) return undefined;
    const m = /^termination\s+(?:delete|return-or-delete|return)\b.*?\bwithin\s+(\d+\s+[a-z-]+)/u.exec(termination);
    if (!m || /backups\s+within\s*$/u.test(termination.slice(0, m.index + m[0].length - m[1]!.length))) return undefined;
    return { term: `agreement + ${m[1]!}`, source: termination };
}
