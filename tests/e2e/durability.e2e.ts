/**
 * Nothing typed is lost when the editor goes away right after a keystroke: reloaded 0 or 200 ms
 * later (and 50 ms in `npm run bench`) (an existing letter and a new one), or closed with and without the page's unload
 * handlers (a crash, a laptop lid). The autosave waits 0.6 s; the journal written at each
 * keystroke is what keeps the last characters.
 *
 * Each case is tried DURABILITY_TRIALS times (2 by default: enough to fail when the journal
 * breaks); `npm run bench` tries each 20 times and prints what bench/durability.mjs reads in the
 * tests' meta. Every trial is counted: a lost one does not stop the case, which goes on from
 * what the page shows, and the case fails at the end with the list of its lost trials.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { waitForSaved } from './support/keyboard';
import {
  ALL_CASES,
  TESTED_DELAYS,
  TRIALS,
  pause,
  settled,
  tally,
  timeoutFor,
} from './support/durability';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');
const nameField = (page: Page) => page.locator('#f-nom');

/** The editor once it can be edited, or the alert shown instead (a letter not found). */
const editorOrAlert = (page: Page) =>
  nameField(page).or(page.locator('.alert[role="alert"]')).first();

/** Opens `url` in the editor and waits until the letter can be edited. */
async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await nameField(page).waitFor({ timeout: 20_000 });
}

/** What « Nom » shows, or what the page shows instead when there is no letter to edit. */
async function shownName(page: Page): Promise<string> {
  if ((await nameField(page).count()) > 0) return nameField(page).inputValue();
  const alert = await page.locator('.alert[role="alert"]').first().innerText();
  return `(no « Nom » field: ${alert.replace(/\s+/g, ' ').slice(0, 80)})`;
}

/** What « Nom » shows once it is `expected`, or after 1 s (see `settled`). */
const settledName = (page: Page, expected: string) =>
  settled(page, expected, () => shownName(page));

/** Types `text` at the end of « Nom », key by key, as a user would. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await nameField(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/**
 * Reloads as the user would (a « Quitter le site ? » prompt, if any, is confirmed at once) and
 * waits for the editor, or for the alert that says the letter is not there.
 */
async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'commit' });
  await editorOrAlert(page).waitFor({ timeout: 20_000 });
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
  test.for(TESTED_DELAYS)(
    'an existing letter, reloaded %i ms after typing',
    { timeout: timeoutFor(6_000) },
    async (delay, { task }) => {
      const trials = tally(task, 'existing letter, reloaded', delay);
      await site.withPage(async (page) => {
        confirmDialogs(page);
        const url = await storedLetter(page, 'Curie');
        let expected = 'Curie';
        for (let trial = 0; trial < TRIALS; trial += 1) {
          expected += ` ${delay}-${trial}`;
          await typeAtEnd(page, ` ${delay}-${trial}`);
          await pause(page, delay);
          await reload(page);
          expect(page.url()).toBe(url);
          expected = trials.observe(trial, expected, await shownName(page));
        }
        trials.expectNoneLost();
        await waitForSaved(page);
        expect(await page.locator('.save-status[data-state="conflict"]').count()).toBe(0);
      });
    },
  );

  test.for(TESTED_DELAYS)(
    'a new letter, reloaded %i ms after its first keystrokes',
    { timeout: timeoutFor(6_000) },
    async (delay, { task }) => {
      const trials = tally(task, 'new letter, reloaded', delay);
      await site.withPage(async (page) => {
        confirmDialogs(page);
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const nom = `Nouvelle ${delay}-${trial}`;
          await openEditor(page, editorUrl());
          await typeAtEnd(page, nom);
          await pause(page, delay);
          await reload(page);
          expect(new URL(page.url()).searchParams.get('id')).not.toBeNull();
          trials.observe(trial, nom, await shownName(page));
        }
        trials.expectNoneLost();
        // Every one of them is a letter of « Mes lettres ».
        await waitForSaved(page);
        await page.goto(site.server.url('mes-lettres/'));
        const cards = page.locator('.letter-card', { hasText: `Nouvelle ${delay}-` });
        await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(TRIALS);
      });
    },
  );
});

/**
 * Opens the letter at `url` in a new page of `context` and returns the page with what it shows
 * once it is `expected` (what the page closed before it typed), or after 1 s.
 */
async function reopen(
  context: BrowserContext,
  url: string,
  expected: string,
): Promise<{ page: Page; shown: string }> {
  const page = await context.newPage();
  confirmDialogs(page);
  await page.goto(url);
  await editorOrAlert(page).waitFor({ timeout: 20_000 });
  return { page, shown: await settledName(page, expected) };
}

describe('closing the page right after a keystroke loses nothing', () => {
  // `npm test` closes at once, with and without the unload handlers; the bench tries every delay.
  const cases = [true, false].flatMap((runBeforeUnload) =>
    (ALL_CASES ? TESTED_DELAYS : [0]).map((delay) => ({ runBeforeUnload, delay })),
  );
  test.for(cases)(
    'closed $delay ms after typing, unload handlers run: $runBeforeUnload',
    { timeout: timeoutFor(9_000) },
    async ({ runBeforeUnload, delay }, { task }) => {
      const name = `existing letter, closed (unload handlers ${runBeforeUnload ? 'run' : 'not run'})`;
      const trials = tally(task, name, delay);
      await site.withPage(async (page, context) => {
        const url = await storedLetter(page, 'Lovelace');
        await page.close();
        let everything = 'Lovelace';
        let expected = 'Lovelace';
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const opened = await reopen(context, url, expected);
          // What the previous trial typed is checked here; the first page finds the stored letter.
          if (trial === 0) expect(opened.shown).toBe(expected);
          else expected = trials.observe(trial - 1, expected, opened.shown);
          const typed = ` ${trial}`;
          everything += typed;
          expected += typed;
          await typeAtEnd(opened.page, typed);
          await pause(opened.page, delay);
          await opened.page.close({ runBeforeUnload });
        }
        const last = await reopen(context, url, expected);
        trials.observe(TRIALS - 1, expected, last.shown);
        trials.expectNoneLost();
        expect(last.shown).toBe(everything);
      });
    },
  );

  test(
    'a new letter closed before its first write is in « Mes lettres »',
    { timeout: timeoutFor(3_000) },
    async ({ task }) => {
      const trials = tally(task, 'new letter, closed before its first write', 0);
      await site.withPage(async (list, context) => {
        const names = Array.from({ length: TRIALS }, (_, trial) => `Noether ${trial}`);
        for (const nom of names) {
          const page = await context.newPage();
          await openEditor(page, editorUrl());
          await typeAtEnd(page, nom);
          await page.close();
        }
        await list.goto(site.server.url('mes-lettres/'));
        // `\b`: « Noether 1 » is not « Noether 10 ».
        const card = (nom: string) =>
          list.locator('.letter-card', { hasText: new RegExp(`${nom}\\b`) });
        const listed = async () => {
          const counts = await Promise.all(names.map((nom) => card(nom).count()));
          return counts.every((count) => count === 1);
        };
        const deadline = Date.now() + 20_000;
        while (!(await listed()) && Date.now() < deadline) await list.waitForTimeout(100);
        for (const [trial, nom] of names.entries()) {
          const count = await card(nom).count();
          trials.observe(
            trial,
            `${nom}: 1 letter`,
            `${nom}: ${count} letter${count > 1 ? 's' : ''}`,
          );
        }
        trials.expectNoneLost();
      });
    },
  );
});
