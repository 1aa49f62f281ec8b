import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { pdfFonts } from './src/lib/pdf/fonts-plugin.mjs';

export default defineConfig({
  plugins: [svelte(), svelteTesting(), pdfFonts()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Both cores: vitest's default leaves one for itself (cores − 1), which is one worker here.
    maxWorkers: 2,
    // Component tests fail on any Svelte warning (ownership, state proxies…).
    setupFiles: ['tests/unit/support/svelte-warnings.ts', 'tests/unit/support/testing-library.ts'],
    // Component tests render the whole editor in jsdom: on a loaded machine (CI, shared cores)
    // one takes several seconds. A timeout is not an assertion: give them room.
    testTimeout: 30_000,
  },
});
