import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Makes every test fail on a Svelte runtime warning (`[svelte] ownership_invalid_mutation`,
 * `state_proxy_equality_mismatch`…): a warning in a test is a bug in a component, not noise.
 * Svelte prints them with `console.warn`, with the code's documentation address in production
 * builds; both forms are caught. Other warnings go through untouched.
 */
const svelteWarning = /\[svelte\]|svelte\.dev\/e\//;

let caught: string[] = [];

beforeEach(() => {
  caught = [];
  const original = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (svelteWarning.test(text)) caught.push(text.replace(/%c/g, ''));
    original(...args);
  });
});

afterEach(() => {
  vi.mocked(console.warn).mockRestore();
  if (caught.length > 0) {
    throw new Error(`Svelte warned during the test:\n${caught.join('\n')}`);
  }
});
