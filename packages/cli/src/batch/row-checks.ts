import { fieldValueProblem, type FieldSlot, type Lang } from '@dpa/language';
import { valueText, type DataRow } from '../data-rows.js';
import { CLI_MESSAGES } from '../messages.js';
import type { TemplateField } from './fields.js';

// Row checks: the values of one row against the template's fields.

export interface RowProblem {
    readonly field: string;
    readonly message: string;
}

/** The order in which a field's slots are checked: the most specific first. */
const SLOT_ORDER: readonly FieldSlot[] = ['kvk', 'date', 'country', 'text'];

/**
 * The values of one row for the template's fields (a default fills an empty cell), and every
 * problem with them: empty required fields, then per field the first problem for each slot it
 * stands in (KvK numbers, dates, country codes, text that could not be inert: control
 * characters, text-direction overrides, `{{…}}`, too long). A value without problems fills as a
 * literal of its slot.
 */
export function rowValues(fields: readonly TemplateField[], row: DataRow, lang: Lang = 'en'): { values: Record<string, string>; problems: RowProblem[] } {
    const values: Record<string, string> = {};
    const problems: RowProblem[] = [];
    for (const field of fields) {
        const raw = row.values[field.name];
        const text = valueText(raw);
        if (text === undefined) {
            problems.push({ field: field.name, message: CLI_MESSAGES.text(lang, Array.isArray(raw) ? 'row.array' : 'row.object') });
            continue;
        }
        const value = text === '' && field.default !== undefined ? field.default : text;
        values[field.name] = value;
        if (value === '') {
            if (field.required) problems.push({ field: field.name, message: CLI_MESSAGES.text(lang, 'row.empty', { label: field.label }) });
            continue;
        }
        const choiceProblem = field.choice?.(value, lang);
        if (choiceProblem !== undefined) problems.push({ field: field.name, message: choiceProblem });
        const seen = new Set<string>();
        for (const slot of SLOT_ORDER) {
            if (!field.roles.has(slot) && !(slot === 'text' && field.roles.size === 0)) continue;
            const problem = fieldValueProblem(slot, value, lang);
            if (problem !== undefined && !seen.has(problem)) {
                seen.add(problem);
                problems.push({ field: field.name, message: problem });
            }
        }
    }
    return { values, problems };
}
