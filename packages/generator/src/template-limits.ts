/**
 * What a firm's template folder may ask of the generator. A template folder is configuration
 * (`dpa.templates.folder`, `--templates`) that anyone with write access to a repository can set,
 * and the language server renders it on every keystroke of the preview: each limit below turns a
 * template that would exhaust memory, the stack or the CPU into a `TemplateError` with the file.
 * The built-in templates stay far below every limit (see the reasons).
 */
export const TEMPLATE_LIMITS = {
    /**
     * Bytes of one template or partial file. The largest built-in template is about 3 KB, so 1 MiB
     * is 300 times that; handlebars parses 1 MiB of plain text in well under a second.
     */
    maxTemplateBytes: 1024 * 1024,
    /**
     * Bytes of a `terms.json`. The built-in terms are about 6 KB; a merged terms file can only
     * replace those labels (and add entries to `law` and `standards`), so 256 KiB is ample.
     */
    maxTermsBytes: 256 * 1024,
    /**
     * Blocks (`{{#if}}`, `{{#each}}`, `{{#> partial}}`, …) and sub-expressions nested in one
     * template. The built-in templates nest at most 3 deep. Handlebars' parser is recursive and
     * superlinear in the nesting (2,000 nested blocks overflow its stack, 20,000 run for minutes), so
     * the nesting is counted on the source before parsing and again on the parsed tree.
     */
    maxBlockDepth: 100,
    /**
     * Partials and block bodies active at once while rendering (a partial included from a block in
     * a partial…). Cycles of partials are rejected when the folder is loaded; this bounds the stack
     * for what cannot be seen then (dynamic partial names, inline partials passed to a partial).
     */
    maxRenderNesting: 200,
    /**
     * Characters produced while rendering one agreement, counted each time a block body, a partial
     * or a helper returns its text (text nested n deep counts n times, so this bounds the work too).
     * A chain of 30 partials each including the next twice would produce 2^30 copies; the largest
     * example agreement counts about 46,000 characters, so 10 million is 200 times a real one.
     */
    maxOutputChars: 10_000_000,
    /**
     * Block bodies, partials and helper calls rendered for one agreement: bounds loops that produce
     * no text (`{{#each}}` nested in `{{#each}}` over the same list, 100 deep). The example
     * agreements need about 300.
     */
    maxRenderSteps: 1_000_000,
    /** Wall time of rendering one agreement: a last resort behind the two counts above. */
    maxRenderMs: 10_000,
    /**
     * Files under a template folder (the built-in set has 21 per language), and how deep its folders
     * go (templates are at most `<lang>/articles/<name>.hbs`, 3 deep): a folder set to `/` or to a
     * tree with a symbolic link loop fails at once instead of being walked on every preview.
     */
    maxFolderFiles: 500,
    maxFolderDepth: 6
} as const;
