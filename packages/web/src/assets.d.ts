/** The repository's examples (examples/ and examples/real/, sorted by path), bundled into the page by scripts/bundle.mjs. */
declare module 'dpa:examples' {
    const examples: readonly { readonly name: string; readonly text: string }[];
    export default examples;
}
