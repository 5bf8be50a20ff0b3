import glossaryData from './data/glossary.json';

/** A keyword of the language explained: the Dutch term of art, the English term, the article. */
export interface GlossaryEntry {
    readonly nl: string;
    readonly en: string;
    readonly article?: string;
    readonly note?: string;
}

const terms = (glossaryData as { terms: Record<string, GlossaryEntry> }).terms;

export function glossaryEntry(keyword: string): GlossaryEntry | undefined {
    return Object.prototype.hasOwnProperty.call(terms, keyword) ? terms[keyword] : undefined;
}
