import { defineCatalogue, type CatalogueArgs, type Lang } from '@dpa/language';
import en from './en.json';
import nl from './nl.json';

/** What the importer says besides the imported agreement: its errors (`read.*`, see read/errors.ts). */
export const IMPORTER_MESSAGES = defineCatalogue<keyof typeof en>('importer', { nl, en });

export type ImporterMessage = keyof typeof en;

/** The message `key` of the importer's catalogue in `lang`, its placeholders filled in. */
export function importerText(lang: Lang, key: ImporterMessage, args?: CatalogueArgs): string {
    return IMPORTER_MESSAGES.text(lang, key, args);
}
