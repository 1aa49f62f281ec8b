import { defineConfig } from 'vitest/config';

/**
 * Build checks: both builds (dist/ at the root, dist-e2e/ under /sous-dossier/) read as files,
 * no browser: the JavaScript budget, each page's policy and its inline hashes, internal links,
 * the corrections of the source documents shown and linked.
 * Run after `npm run build && npm run build:e2e` (ROOT_DIST_DIR and E2E_DIST_DIR, with BASE_PATH,
 * name other builds).
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts'],
  },
});
