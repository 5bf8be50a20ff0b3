import { defineCatalogue } from '@dpa/language';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

/** What the server says to the user (the preview's and "Generate"'s notices), in nl and en. */
export const SERVER_MESSAGES = defineCatalogue<keyof typeof en>('server', { nl, en });
