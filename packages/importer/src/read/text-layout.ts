/**
 * The layout of a plain-text agreement, as data: the markers that start a numbered paragraph, a
 * lettered item or a bullet; the words of article and annex headings; what a table row, a
 * "label: value" line and a title look like. The reader (`text.ts`) applies them in order; to
 * read another layout, add a pattern here. Every pattern is anchored and has no nested
 * quantifiers, so each runs in time linear in its line.
 */

/** The kind of a line's leading marker, which decides the block it starts. */
export type MarkerKind = 'number' | 'letter' | 'bullet';

export interface MarkerPattern {
    readonly kind: MarkerKind;
    /** Group 1 is the marker as written; the match ends where the text starts. */
    readonly pattern: RegExp;
}

/**
 * Line markers, tried in order. A number is "3", "3.", "3.1", "3.1." or "3)", at most three
 * digits a part (so a year is not one), followed by a space or tab and a text that does not
 * start in lower case ("2.6 en 4.2" inside a sentence is not a marker); "1.10.Alle", the number
 * glued to its text as pdftotext leaves it, too. Letters and roman numerals: "a.", "b)", "(c)",
 * "iv.". Bullets: the dashes and dots people and converters use.
 */
export const MARKERS: readonly MarkerPattern[] = [
    { kind: 'number', pattern: /^(\d{1,3}(?:\.\d{1,3})*[.)]?)[ \t]+(?=[^\p{Ll}\s])/u },
    { kind: 'number', pattern: /^(\d{1,3}(?:\.\d{1,3})+\.)(?=\p{Lu})/u },
    { kind: 'letter', pattern: /^(\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})[.)])[ \t]+/u },
    { kind: 'bullet', pattern: /^([-•·◦▪‣*–])[ \t]+/u }
];

/** Headings that carry their own number: an article or an annex. Group 1 is the number as written, group 2 the title. */
export interface NumberedHeadingPattern {
    readonly kind: 'article' | 'annex';
    readonly pattern: RegExp;
}

export const HEADING_PATTERNS: readonly NumberedHeadingPattern[] = [
    // "Artikel 4 – Titel", "Artikel 4. Titel", "Artikel 4: Titel", "Article 4 Title", and "7 Artikel 7 Titel" (a stray number before it).
    { kind: 'article', pattern: /^(?:\d{1,3}\.?[ \t]+)?((?:Artikel|Article|Art\.)[ \t]*\d{1,3}[a-z]?)(?!\.?\d)(?:[ \t]*[.:–—-][ \t]*|[ \t]+(?=[\p{Lu}"'“‘(])|[ \t]*$)(.*)$/iu },
    // "Bijlage 1 – Titel", "Bijlage 1: Titel", "Appendix 2 - Titel", "Bijlage — Titel", "Annex B".
    { kind: 'annex', pattern: /^((?:Bijlage|Appendix|Annex|Addendum)(?:[ \t]+(?:\d{1,2}|[A-Z]|[IVX]{1,4}))?)(?:[ \t]*[.:–—-][ \t]*|[ \t]+(?=\p{Lu})|[ \t]*$)(.*)$/u }
];

/** Words that make a short line near the top the document's title. */
export const TITLE_WORDS = /overeenkomst|agreement|\bDPA\b|contract/iu;

/** A title of a numbered or unnumbered heading: at most this long, in characters and words. */
export const HEADING_TEXT = { maxChars: 80, maxWords: 12, annexMaxChars: 120 } as const;

/** Ends of text that close a sentence or a clause, so that the line is not a heading. */
export const SENTENCE_END = /[.;:,!?]$/u;

/**
 * What an unnumbered heading does not hold: digits (a date, a version), a colon (a definition
 * or a label), an e-mail address or link, a placeholder ("[…]", "___", "…"), a pipe.
 */
export const NOT_IN_PLAIN_HEADING = /[\d:@|[\]_…]|:\/\//u;

/** A line of `label: value`, as in party and signature blocks ("KvK: 75303647"). Group 1 is the label, group 2 the value. */
export const LABEL_VALUE = /^(\p{Lu}[\p{L}\p{N} &/().'’-]{0,40}?)[ \t]*:[ \t]+(\S.*)$/u;

/** A label has at most this many words (a longer "label" is the start of a sentence). */
export const LABEL_MAX_WORDS = 5;

/** A row of a pipe table, as Markdown writes it and the converters of the real agreements kept it. */
export const PIPE_ROW = /^\|.*\|$/u;

/** The rule under a pipe table's header row: `|---|:--:|`. */
export const PIPE_RULE = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+$/u;

/** A row of a tab-separated table (as copied from Word or a spreadsheet): at least this many tabs. */
export const TAB_ROW_MIN_TABS = 2;

/** A rule line: only `=`, `-`, `*` or `_`, at least three; it separates parts and holds no text. */
export const RULE_LINE = /^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,})[ \t]*$/u;

/**
 * A header block before the text (like a Markdown front matter): `KEY: value` lines in capitals,
 * closed by a rule of `=` — as the reference corpus heads each agreement with its source.
 */
export const FRONT_MATTER_KEY = /^([A-Z][A-Z-]{1,20}(?: [A-Z-]{1,20}){0,3}(?: \([a-z ]{1,20}\))?):[ \t]*(.*)$/u;
export const FRONT_MATTER_END = /^={10,}[ \t]*$/u;

/** HTML tags a converter left in the text (`<ul style="…">`): removed, their text kept. */
export const LEFTOVER_TAG = /<\/?(?:ul|ol|li|p|br|span|div|b|i|u|em|strong|td|tr|th|table|tbody|thead|font)(?:[ \t][^<>]{0,200})?\/?>/giu;

/** Markdown bold left in a text (`**ICTeam Zuid B.V.**`): the markers go, the words stay. */
export const LEFTOVER_BOLD = /\*\*(?=\S)([^*\n]{1,200}?)\*\*/gu;

/**
 * Hard-wrapped text: the wrap width is this percentile of the lengths of the text lines; a
 * file whose lines are longer than `maxWidth` there is not hard-wrapped (one paragraph a line).
 * A line is "full" (its paragraph goes on) when the next word would not have fitted on it,
 * within `slack` characters (justified and proportional text wraps earlier).
 */
export const WRAP = { percentile: 0.9, maxWidth: 120, slack: 12 } as const;

/** An unnumbered heading is followed by a text of substance: a paragraph longer than this, a list or a table. */
export const HEADING_FOLLOWED_BY_CHARS = 40;

/** Columns a tab counts for in an indentation. */
export const TAB_WIDTH = 4;
