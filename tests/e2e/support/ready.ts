import type { Page } from 'playwright-core';
import { TOOL_READY_ATTRIBUTE } from '../../../src/lib/shell/tool-ready.svelte';

/**
 * Waits until the loaded page is usable: a tool page (one with an island, `<astro-island>`) once
 * its tool has set the ready marker on `<html>` (src/lib/shell/tool-ready.svelte.ts: its code
 * fetched, its data read and its form shown, or its failure said); a guidance page has no tool
 * and is ready at `load`, so this returns at once. Call it after `page.goto` or `page.reload`
 * (which wait for `load`). Unlike `networkidle`, it costs no 500 ms of silence per page.
 */
export async function waitForReady(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      (attribute) =>
        document.querySelector('astro-island') === null ||
        document.documentElement.hasAttribute(attribute),
      TOOL_READY_ATTRIBUTE,
    );
  } catch (error) {
    throw new Error(`the tool of ${page.url()} never set ${TOOL_READY_ATTRIBUTE} on <html>`, {
      cause: error,
    });
  }
}
