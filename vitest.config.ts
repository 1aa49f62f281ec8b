import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { pdfFonts } from './src/lib/pdf/fonts-plugin.mjs';

export default defineConfig({
  plugins: [svelte(), svelteTesting(), pdfFonts()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Component tests mount the whole editor: generous under a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
