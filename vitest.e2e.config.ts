import { configDefaults, defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Chromium against the built site (run `npm run build` first).
 * With E2E_BASE_BUILD_DIR set, only the base-path link check, the CSP test and the offline test
 * run, against that build.
 */
const baseBuild = process.env['E2E_BASE_BUILD_DIR'];

export default defineConfig({
  test: {
    environment: 'node',
    include: baseBuild
      ? ['tests/e2e/base-path.e2e.ts', 'tests/e2e/csp.e2e.ts', 'tests/e2e/offline.e2e.ts']
      : ['tests/e2e/**/*.e2e.ts'],
    exclude: [...configDefaults.exclude, ...(baseBuild ? [] : ['tests/e2e/base-path.e2e.ts'])],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
