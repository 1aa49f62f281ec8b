import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * Moves the focus to `target` with the Tab key only, as a keyboard user would, and fails if it
 * cannot be reached within `maxPresses` (a control out of the tab order is a bug).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 400): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: the target is not on the page');
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await handle.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  expect.fail(`could not reach ${String(target)} with Tab in ${maxPresses} presses`);
}

/** Replaces the focused control's text by typing, as a keyboard user would. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Waits until the editor says the letter is written (never before the write resolved). */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
}
