/**
 * A full localStorage (issue 20): the journal written at each keystroke cannot be, so the editor
 * says so, writes each keystroke to IndexedDB at once instead of after its 0.6 s wait, and asks
 * « Quitter le site ? » only while that write is not done. Reloading 0 or 200 ms after typing
 * loses nothing: a user asked stays (the prompt exists for that), and once the write is done the
 * page reloads without asking.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');
const TRIALS = 3;
const DELAYS = [0, 200];
const FULL = /L’espace de stockage local du navigateur est plein/;

const nameField = (page: Page) => page.locator('#f-nom');

/** The alert that says the journal cannot be written. */
const fullAlert = (page: Page) => page.getByRole('alert').filter({ hasText: FULL });

/**
 * Fills the page's localStorage (its origin's) until it refuses even one more character under
 * its keys, as other pages of the same address or a browser short of space would leave it; a
 * kilobyte (a journal entry takes several) is then refused.
 */
async function fillLocalStorage(page: Page): Promise<void> {
  const refused = await page.evaluate(() => {
    let index = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 10, 64, 1]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`remplissage-${index}`, chunk);
          index += 1;
        } catch {
          break;
        }
      }
    }
    try {
      localStorage.setItem('essai', 'x'.repeat(1 << 10));
      return false;
    } catch (error) {
      return (error as DOMException).name;
    }
  });
  expect(refused).toBe('QuotaExceededError');
}

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

/**
 * Types `text` at the end of « Nom » and returns the milliseconds from its last keystroke to
 * « Enregistré », as the page measures them (the test's own round trips do not count).
 */
async function msFromLastKeyToSaved(page: Page, text: string): Promise<number> {
  await page.evaluate(() => {
    const times = window as unknown as { lastInput?: number; savedAt?: number | undefined };
    const status = document.querySelector('.save-status');
    document.querySelector('#f-nom')?.addEventListener('input', () => {
      times.lastInput = performance.now();
      times.savedAt = undefined;
    });
    if (!status) throw new Error('no status line');
    new MutationObserver(() => {
      if (status.getAttribute('data-state') === 'saved') times.savedAt ??= performance.now();
    }).observe(status, { attributes: true, attributeFilter: ['data-state'] });
  });
  await typeAtEnd(page, text);
  await waitForSaved(page);
  const elapsed = await page.waitForFunction(() => {
    const times = window as unknown as { lastInput?: number; savedAt?: number | undefined };
    return times.savedAt !== undefined && times.lastInput !== undefined
      ? times.savedAt - times.lastInput
      : null;
  });
  return (await elapsed.jsonValue()) as number;
}

/** Waits `ms` after the last keystroke (0: none at all). */
const pause = (page: Page, ms: number) => (ms > 0 ? page.waitForTimeout(ms) : Promise.resolve());

/**
 * Every dialog the page opens is recorded and answered « Rester sur la page » (dismissed): the
 * « Quitter le site ? » prompt is the user's way to keep an edit that is not written yet.
 */
function stayWhenAsked(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Reloads as the user would (F5): `asked` when the page brought up « Quitter le site ? » (the
 * user stayed, nothing reloaded), `reloaded` once the new page loaded. Through `location.reload`:
 * Playwright's `page.reload()` waits for good when the prompt is dismissed.
 */
async function reloadAsUser(page: Page): Promise<'asked' | 'reloaded'> {
  let onDialog = () => {};
  let onLoad = () => {};
  const outcome = new Promise<'asked' | 'reloaded'>((resolve) => {
    onDialog = () => resolve('asked');
    onLoad = () => resolve('reloaded');
  });
  page.once('dialog', onDialog);
  page.once('load', onLoad);
  try {
    // After `evaluate` returns, so that it is not cut short by the navigation.
    await page.evaluate(() => void setTimeout(() => location.reload(), 0));
    return await outcome;
  } finally {
    page.off('dialog', onDialog);
    page.off('load', onLoad);
  }
}

/**
 * Reloads right after typing; if the page asks, the user stays, waits for « Enregistré » and
 * reloads again, which must not ask. Returns whether the first reload asked, and what « Nom »
 * shows in the reloaded page.
 */
async function reloadAndRead(
  page: Page,
  dialogs: string[],
): Promise<{ asked: boolean; shown: string }> {
  const asked = (await reloadAsUser(page)) === 'asked';
  if (asked) {
    await waitForSaved(page);
    const count = dialogs.length;
    expect(await reloadAsUser(page), 'asked again once the write was done').toBe('reloaded');
    expect(dialogs).toHaveLength(count);
  }
  await nameField(page).waitFor({ timeout: 20_000 });
  return { asked, shown: await nameField(page).inputValue() };
}

/**
 * Whether a reload `delay` ms after the last keystroke may ask: at 0 ms the direct write is
 * still running; it takes some 10 ms, so by 200 ms it is done and the page must not ask (the
 * 0.6 s wait of a journalled edit would still be running, and asking).
 */
const mayAsk = (delay: number) => delay < 200;

describe('a full localStorage', () => {
  test(
    'the editor says so, writes at once, and does not ask once the write is done',
    { timeout: 60_000 },
    async () => {
      await site.withPage(async (page) => {
        const dialogs = stayWhenAsked(page);
        await openEditor(page, editorUrl());
        await fillLocalStorage(page);
        await typeAtEnd(page, 'Curie');
        await fullAlert(page).waitFor({ timeout: 10_000 });
        const message = await fullAlert(page).innerText();
        expect(message).toMatch(/La lettre est donc enregistrée directement/);
        expect(message).toMatch(/attendez «\u202fEnregistré\u202f» avant de fermer/);
        expect(message).toMatch(/effacez les données d’autres sites/);
        await fullAlert(page)
          .getByRole('button', { name: 'Télécharger une sauvegarde de cette lettre' })
          .waitFor();
        // Written without the 0.6 s wait, which would put « Enregistré » 600 ms or more after it.
        expect(await msFromLastKeyToSaved(page, '-Skłodowska')).toBeLessThan(600);
        const url = page.url();
        expect(await reloadAsUser(page)).toBe('reloaded');
        expect(dialogs).toEqual([]);
        expect(page.url()).toBe(url);
        await nameField(page).waitFor({ timeout: 20_000 });
        expect(await nameField(page).inputValue()).toBe('Curie-Skłodowska');
        // A new page: nothing refused yet, nothing said.
        expect(await fullAlert(page).count()).toBe(0);
      });
    },
  );

  test.for(DELAYS)(
    'an existing letter, reloaded %i ms after typing, loses nothing',
    { timeout: 90_000 },
    async (delay) => {
      await site.withPage(async (page) => {
        const dialogs = stayWhenAsked(page);
        await openEditor(page, editorUrl());
        await typeAtEnd(page, 'Curie');
        await waitForSaved(page);
        const url = page.url();
        await fillLocalStorage(page);
        let expected = 'Curie';
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const typed = ` ${delay}-${trial}`;
          expected += typed;
          await typeAtEnd(page, typed);
          await fullAlert(page).waitFor({ timeout: 10_000 });
          await pause(page, delay);
          const { asked, shown } = await reloadAndRead(page, dialogs);
          expect(shown, `trial ${trial}`).toBe(expected);
          if (!mayAsk(delay)) expect(asked, `trial ${trial}: asked`).toBe(false);
          expect(page.url()).toBe(url);
        }
      });
    },
  );

  test.for(DELAYS)(
    'a new letter, reloaded %i ms after its first keystrokes, loses nothing',
    { timeout: 90_000 },
    async (delay) => {
      await site.withPage(async (page) => {
        const dialogs = stayWhenAsked(page);
        for (let trial = 0; trial < TRIALS; trial += 1) {
          await openEditor(page, editorUrl());
          if (trial === 0) await fillLocalStorage(page);
          const nom = `Nouvelle ${delay}-${trial}`;
          await typeAtEnd(page, nom);
          await pause(page, delay);
          expect(await fullAlert(page).count(), `trial ${trial}: the page says why`).toBe(1);
          const { asked, shown } = await reloadAndRead(page, dialogs);
          expect(shown, `trial ${trial}`).toBe(nom);
          if (!mayAsk(delay)) expect(asked, `trial ${trial}: asked`).toBe(false);
          expect(new URL(page.url()).searchParams.get('id')).not.toBeNull();
        }
      });
    },
  );
});
