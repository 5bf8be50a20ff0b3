// Files bundled as text (esbuild's `text` loader, chosen per import with `with { type: 'text' }`).
declare module '*.dpa' {
    const text: string;
    export default text;
}
