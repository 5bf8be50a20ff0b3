// Handlebars templates and stylesheets are imported as text (esbuild `text` loader; a vitest plugin).
declare module '*.hbs' {
    const source: string;
    export default source;
}
declare module '*.css' {
    const source: string;
    export default source;
}
