import type { MessageLanguage } from './messages.js';

/** User settings that shape the language services; the server updates them from the client. */
export class DpaSettings {
    /** Language of diagnostic messages. */
    language: MessageLanguage = 'en';
}
