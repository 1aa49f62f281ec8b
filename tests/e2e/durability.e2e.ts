/**
 * Nothing typed is lost when the editor goes away right after a keystroke: reloaded 0, 50 or
 * 200 ms later (20 times each, an existing letter and a new one), or closed with and without
 * the page's unload handlers (a crash, a laptop lid). The autosave waits 0.6 s; the journal
 * written at each keystroke is what keeps the last characters.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');
const TRIALS = 20;
const DELAYS = [0, 50, 200];

const nameField = (page: Page) => page.locator('#f-nom');

/** Opens `url` in the editor and waits until the letter can be edited. */
async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await nameField(page).waitFor({ timeout: 20_000 });
}

/** Types `text` at the end of « Nom », key by key, as a user would. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await nameField(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Waits `ms` after the last keystroke (0: none at all). */
const pause = (page: Page, ms: number) => (ms > 0 ? page.waitForTimeout(ms) : Promise.resolve());

/** Reloads as the user would; a « Quitter le site ? » prompt, if any, is confirmed at once. */
async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'commit' });
  await nameField(page).waitFor({ timeout: 20_000 });
}

/** A letter stored once, named `nom`; returns the editor's address for it. */
async function storedLetter(page: Page, nom: string): Promise<string> {
  await openEditor(page, editorUrl());
  await typeAtEnd(page, nom);
  await waitForSaved(page);
  return page.url();
}

/** Every dialog (the « Quitter le site ? » prompt) is confirmed at once. */
const confirmDialogs = (page: Page) => page.on('dialog', (dialog) => void dialog.accept());

describe('reloading right after a keystroke loses nothing', () => {
  test.each(DELAYS)(
    'an existing letter, reloaded %i ms after typing',
    async (delay) => {
      await site.withPage(async (page) => {
        confirmDialogs(page);
        const url = await storedLetter(page, 'Curie');
        let expected = 'Curie';
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const typed = ` ${delay}-${trial}`;
          expected += typed;
          await typeAtEnd(page, typed);
          await pause(page, delay);
          await reload(page);
          expect(page.url()).toBe(url);
          expect(await nameField(page).inputValue()).toBe(expected);
        }
        await waitForSaved(page);
        expect(await page.locator('.save-status[data-state="conflict"]').count()).toBe(0);
      });
    },
    120_000,
  );

  test.each(DELAYS)(
    'a new letter, reloaded %i ms after its first keystrokes',
    async (delay) => {
      await site.withPage(async (page) => {
        confirmDialogs(page);
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const nom = `Nouvelle ${delay}-${trial}`;
          await openEditor(page, editorUrl());
          await typeAtEnd(page, nom);
          await pause(page, delay);
          await reload(page);
          expect(new URL(page.url()).searchParams.get('id')).not.toBeNull();
          expect(await nameField(page).inputValue()).toBe(nom);
        }
        // Every one of them is a letter of « Mes lettres ».
        await waitForSaved(page);
        await page.goto(site.server.url('mes-lettres/'));
        const cards = page.locator('.letter-card', { hasText: `Nouvelle ${delay}-` });
        await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(TRIALS);
      });
    },
    120_000,
  );
});

/**
 * Opens the letter at `url` in a new page of `context`, checks it shows `expected` (what the
 * page closed before it typed), types `typed`, and closes the page `delay` ms later.
 */
async function reopenTypeClose(
  context: BrowserContext,
  url: string,
  expected: string,
  typed: string,
  { runBeforeUnload, delay }: { runBeforeUnload: boolean; delay: number },
): Promise<void> {
  const page = await context.newPage();
  confirmDialogs(page);
  await openEditor(page, url);
  // A page closed with its handlers may still be writing: its last write is followed.
  await expect.poll(() => nameField(page).inputValue()).toBe(expected);
  await typeAtEnd(page, typed);
  await pause(page, delay);
  await page.close({ runBeforeUnload });
}

describe('closing the page right after a keystroke loses nothing', () => {
  const cases = [true, false].flatMap((runBeforeUnload) =>
    DELAYS.map((delay) => ({ runBeforeUnload, delay })),
  );
  test.each(cases)(
    'closed $delay ms after typing, unload handlers run: $runBeforeUnload',
    async (closing) => {
      await site.withPage(async (page, context) => {
        const url = await storedLetter(page, 'Lovelace');
        await page.close();
        let expected = 'Lovelace';
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const typed = ` ${trial}`;
          await reopenTypeClose(context, url, expected, typed, closing);
          expected += typed;
        }
        const last = await context.newPage();
        await openEditor(last, url);
        await expect.poll(() => nameField(last).inputValue()).toBe(expected);
      });
    },
    180_000,
  );

  test('a new letter closed before its first write is in « Mes lettres »', async () => {
    await site.withPage(async (page, context) => {
      await openEditor(page, editorUrl());
      await typeAtEnd(page, 'Noether');
      await page.close();
      const list = await context.newPage();
      await list.goto(site.server.url('mes-lettres/'));
      await expect
        .poll(() => list.locator('.letter-card', { hasText: 'Noether' }).count(), {
          timeout: 20_000,
        })
        .toBe(1);
    });
  });
});
