import { defineConfig } from 'vitest/config';

/**
 * Real-client end-to-end tests (`npm run test:e2e`): the packaged extension in code-server driven
 * by Chromium, and the bundled language server in Neovim. Slow by nature, so not part of
 * `npm test`; test/e2e/setup.ts installs and starts what they need.
 */
export default defineConfig({
    test: {
        include: ['test/e2e/**/*.e2e.ts'],
        globalSetup: ['./test/e2e/setup.ts'],
        fileParallelism: false,
        // One workbench, one browser: a retry would start from a half-edited state.
        retry: 0,
        testTimeout: 120_000,
        hookTimeout: 180_000,
        // globalSetup may install code-server from scratch (about 4 minutes on 2 cores).
        teardownTimeout: 60_000,
        reporters: ['verbose']
    }
});
