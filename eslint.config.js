import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The packages, one way: language ← generator, importer ← server ← cli, extension, web (ARCHITECTURE.md,
 * "Layers"); the generator and the importer, side by side, do not import each other.
 * A package imports only the layers below it; `tsc -b` enforces the same through the project
 * references (and `npm run check:layers` proves that it does), this rule says why.
 */
const LAYERS = ['language', ['generator', 'importer'], 'server', ['cli', 'extension', 'web']];

/**
 * The `docx` library is the Word writer's test oracle only (test/generator/docx-oracle/): the
 * product writes every part of a .docx itself (packages/generator/src/render/docx.ts) and does
 * not bundle it (issue 14: it was about 69 KB of the gzipped bundle).
 */
const TEST_ONLY = {
    paths: [{ name: 'docx', message: 'docx is the Word writer\'s test oracle only (test/generator/docx-oracle/); the product writes Word itself (render/docx.ts).' }],
    pattern: { group: ['docx/*'], message: 'docx is the Word writer\'s test oracle only (test/generator/docx-oracle/).' }
};

function layerBoundaries() {
    const order = 'language ← generator, importer ← server ← cli, extension, web';
    return LAYERS.flatMap((layer, index) => {
        const above = LAYERS.slice(index + 1).flat();
        return [layer].flat().map(name => {
            // Side by side below the top layer (the generator and the importer): neither imports the other.
            const siblings = Array.isArray(layer) && index < LAYERS.length - 1 ? layer.filter(other => other !== name) : [];
            const forbidden = [...above, ...siblings];
            const upward = forbidden.length === 0 ? [] : [{
                group: forbidden.flatMap(other => [`@dpa/${other}`, `@dpa/${other}/*`, `**/${other}/src/**`]),
                message: `Layer order is ${order}: @dpa/${name} must not import from a layer above it (see ARCHITECTURE.md, "Layers").`
            }];
            return {
                files: [`packages/${name}/**/*.ts`],
                rules: {
                    'no-restricted-imports': ['error', { paths: TEST_ONLY.paths, patterns: [...upward, TEST_ONLY.pattern] }]
                }
            };
        });
    });
}

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/dist/**', 'out/**', 'packages/language/src/generated/**', '**/*.cjs', 'bench/tmp/**']
    },
    js.configs.recommended,
    ...tseslint.configs.strict,
    {
        files: ['**/*.ts'],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        rules: {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-non-null-assertion': 'off',
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    },
    ...layerBoundaries(),
    {
        files: ['**/*.mjs', '**/*.js'],
        languageOptions: {
            globals: { process: 'readonly', console: 'readonly', URL: 'readonly' }
        }
    }
);
