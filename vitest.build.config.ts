import { defineConfig } from 'vitest/config';

/**
 * Build checks: both builds (dist/ at the root, dist-e2e/ under /sous-dossier/) read as files,
 * no browser: the JavaScript budget, each page's policy and its inline hashes, internal links.
 * Run after `npm run build && npm run build:e2e`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts'],
  },
});
