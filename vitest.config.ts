import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Loads handlebars templates as text, as esbuild's `text` loader does for the bundles. */
function handlebarsAsText(): Plugin {
    return {
        name: 'dpa-hbs-as-text',
        enforce: 'pre',
        load(id) {
            if (!id.endsWith('.hbs')) return null;
            return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
        }
    };
}

export default defineConfig({
    plugins: [handlebarsAsText()],
    test: {
        include: ['test/**/*.test.ts'],
        benchmark: { include: ['bench/**/*.bench.ts'] },
        setupFiles: ['./scripts/polyfills.mjs'],
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
