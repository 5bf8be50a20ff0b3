import type { InferOutput } from 'valibot';
import { GLOSSARY_DATA } from './data/index.js';
import type { GlossaryEntrySchema } from './data/schemas.js';

/** A keyword of the language explained: the Dutch term of art, the English term, the article. */
export type GlossaryEntry = Readonly<InferOutput<typeof GlossaryEntrySchema>>;

const terms: Readonly<Record<string, GlossaryEntry>> = GLOSSARY_DATA.terms;

export function glossaryEntry(keyword: string): GlossaryEntry | undefined {
    return Object.prototype.hasOwnProperty.call(terms, keyword) ? terms[keyword] : undefined;
}
