import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The packages, one way: language ← generator ← server ← cli, extension, web (ARCHITECTURE.md, "Layers").
 * A package imports only the layers below it; `tsc -b` enforces the same through the project
 * references (and `npm run check:layers` proves that it does), this rule says why.
 */
const LAYERS = ['language', 'generator', 'server', ['cli', 'extension', 'web']];

function layerBoundaries() {
    const order = 'language ← generator ← server ← cli, extension, web';
    return LAYERS.flatMap((layer, index) => {
        const above = LAYERS.slice(index + 1).flat();
        if (above.length === 0) return [];
        return [layer].flat().map(name => ({
            files: [`packages/${name}/**/*.ts`],
            rules: {
                'no-restricted-imports': ['error', {
                    patterns: [{
                        group: above.flatMap(other => [`@dpa/${other}`, `@dpa/${other}/*`, `**/${other}/src/**`]),
                        message: `Layer order is ${order}: @dpa/${name} must not import from a layer above it (see ARCHITECTURE.md, "Layers").`
                    }]
                }]
            }
        }));
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
