import { join } from 'node:path';
import { valueText, type DataFile } from '../data-rows.js';
import type { TemplateField } from './fields.js';
import { BATCH_FORMATS, type BatchFormatName } from './formats.js';

// File names: slugs, names Windows reserves, duplicates.

const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ĳ: 'ij' };

/** Lowercase ASCII words joined by `-`: `Bakkerij "De Korst" B.V.` → `bakkerij-de-korst-b-v`. */
export function slugify(text: string): string {
    return text
        .toLowerCase()
        .replace(/[ßæœøłđðþĳ]/g, c => LIGATURES[c] ?? c)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 80)
        .replace(/^-+|-+$/g, '');
}

/**
 * Names Windows reserves for devices, with any extension (`con.md` cannot be written): a file
 * named so gets a suffix as a duplicate would (`con-2.md`). Slugs are lowercase.
 */
export const WINDOWS_RESERVED_NAMES: ReadonlySet<string> = new Set([
    'con', 'prn', 'aux', 'nul',
    ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
    ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`)
]);

/**
 * Makes names unique in order: the second `x` becomes `x-2`, the third `x-3`; a name Windows
 * reserves (compared case-insensitively) is taken from the start, so `con` becomes `con-2`.
 */
export function uniqueNames(names: readonly string[]): string[] {
    const taken = new Set<string>(WINDOWS_RESERVED_NAMES);
    const isTaken = (name: string) => taken.has(name.toLowerCase());
    return names.map(name => {
        let candidate = name;
        for (let n = 2; isTaken(candidate); n++) candidate = `${name}-${n}`;
        taken.add(candidate.toLowerCase());
        return candidate;
    });
}

/**
 * The path of every row's documents, before anything is generated: stable across reruns. Per row
 * one per format, in the order of `formats`.
 */
export function rowTargets(data: DataFile, fields: readonly TemplateField[], nameColumn: string, outDir: string, formats: readonly BatchFormatName[]): string[] {
    return rowFileNames(data, fields, nameColumn).flatMap(name => formats.map(format => join(outDir, `${name}.${BATCH_FORMATS[format].extension}`)));
}

/** The file name (without extension) of every row, before anything is generated: stable across reruns. */
export function rowFileNames(data: DataFile, fields: readonly TemplateField[], nameColumn: string): string[] {
    const field = fields.find(f => f.name === nameColumn);
    return uniqueNames(data.rows.map(row => {
        const text = valueText(row.values[nameColumn]) ?? '';
        return slugify(text === '' && field?.default !== undefined ? field.default : text) || `row-${row.number}`;
    }));
}
