import { defineCatalogue, type CatalogueArgs, type Lang } from '@dpa/language';
import en from './en.json';
import nl from './nl.json';

/**
 * What the generator says besides the agreement text: the Word document's page furniture and
 * language tag, the words the Art. 30(2) register adds to its cells, and its errors (`error.*`,
 * see errors.ts). The agreement's own wording and terms of art are in the templates and their
 * terms.json (templates/<lang>/).
 */
export const GENERATOR_MESSAGES = defineCatalogue<keyof typeof en>('generator', { nl, en });

export type GeneratorMessage = keyof typeof en;

/** The message `key` of the generator's catalogue in `lang`, its placeholders filled in. */
export function generatorText(lang: Lang, key: GeneratorMessage, args?: CatalogueArgs): string {
    return GENERATOR_MESSAGES.text(lang, key, args);
}
