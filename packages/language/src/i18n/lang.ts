/**
 * The languages dpa speaks: of the agreement it generates and of everything it says (diagnostics,
 * hovers, CLI output). This is the one declaration of the language type; every package imports it.
 */
export const LANGS = ['nl', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
    return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
