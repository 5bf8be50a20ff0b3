import type { Processing } from '../generated/ast.js';

/**
 * Hooks that layers above the language fill in (the server entry wires the generator here), so
 * that language features can show generated text without the language depending on the
 * generator.
 */
export class DpaExtensions {
    /** The Bijlage 1 row a processing activity produces, as Markdown. */
    processingPreview: ((processing: Processing) => string | undefined) | undefined;
}
