import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Chromium against the site built under a base path (`npm run build:e2e`
 * writes dist-e2e/ for /sous-dossier/, so every link the tests follow proves the base path
 * works). E2E_DIST_DIR and BASE_PATH name another build.
 *
 * Files run side by side in two workers (the machine has two cores): each file serves the build
 * and launches its own Chromium, and each test opens its own browser context (own storage), so
 * no file depends on another. vitest's pool rather than @playwright/test: the same runner,
 * assertions and reporters as the unit tests, and no rewrite of the files.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // What a page shows after a load or a write may come late on a loaded machine (CI beside
    // other jobs): a poll waits up to 10 s for it (vitest's 1 s made lists read empty there). A
    // wait, not a speed goal: speed lives in `npm run bench`.
    expect: { poll: { timeout: 10_000 } },
  },
});
