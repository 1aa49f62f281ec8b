/**
 * « Mon établissement » and « Créer un modèle » keep every keystroke as letters do: reloaded
 * 0, 50 or 200 ms after typing, or closed without the page's unload handlers (a crash, a laptop
 * lid), the next page shows what was typed. Their journal holds each keystroke, so no « Quitter
 * le site ? » prompt is ever needed.
 *
 * `npm test` tries each tool reloaded at every delay and closed at once, 3 trials each;
 * `npm run bench` (DURABILITY_CASES=all, 20 trials) adds every delay of both ways of closing.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { waitForSaved } from './support/keyboard';
import {
  ALL_CASES,
  DELAYS,
  TESTED_DELAYS,
  TRIALS,
  pause,
  settled,
  tally,
  timeoutFor,
} from './support/durability';

const site = useSite({ root: distDir, base: distBase });

/** A tool with one text field to type into, and how to reach a stored record in it. */
interface Tool {
  name: string;
  /** The field typed into. */
  field: (page: Page) => Locator;
  /** Opens the tool on a record stored once with `text` typed; returns its address. */
  stored: (page: Page, text: string) => Promise<string>;
}

const tools: Tool[] = [
  {
    name: 'Mon établissement',
    field: (page) => page.locator('#school-etablissement'),
    async stored(page, text) {
      await page.goto(site.server.url('mon-etablissement/'));
      await typeAtEnd(page, this.field(page), text);
      await waitForSaved(page);
      return page.url();
    },
  },
  {
    name: 'Créer un modèle',
    field: (page) => page.getByLabel('Nom de la mission', { exact: false }).first(),
    async stored(page, text) {
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('button', { name: 'Partir de zéro' }).click();
      // A blank model is named « Nouvelle mission »: replaced by what the user types.
      await this.field(page).fill(text);
      await waitForSaved(page);
      expect(new URL(page.url()).searchParams.get('id')).toBeTruthy();
      return page.url();
    },
  },
];

/** Types `text` at the end of `field`, key by key, as a user would. */
async function typeAtEnd(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus({ timeout: 20_000 });
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** What the field shows once the tool is ready (or what the page says instead). */
async function shown(page: Page, tool: Tool): Promise<string> {
  const field = tool.field(page);
  await field.or(page.locator('.alert[role="alert"]')).first().waitFor({ timeout: 20_000 });
  if ((await field.count()) > 0) return field.inputValue();
  const alert = await page.locator('.alert[role="alert"]').first().innerText();
  return `(no field: ${alert.replace(/\s+/g, ' ').slice(0, 80)})`;
}

/** Counts the « Quitter le site ? » prompts of `page`, each confirmed at once. */
function countPrompts(page: Page): () => number {
  let prompts = 0;
  page.on('dialog', (dialog) => {
    prompts += 1;
    void dialog.accept();
  });
  return () => prompts;
}

describe.for(tools)('« $name » reloaded right after a keystroke', (tool) => {
  test.for(TESTED_DELAYS)(
    '%i ms after typing: nothing lost, no prompt',
    { timeout: timeoutFor(6_000) },
    async (delay, { task }) => {
      const trials = tally(task, `${tool.name}, reloaded`, delay);
      await site.withPage(async (page) => {
        const prompts = countPrompts(page);
        const url = await tool.stored(page, 'Base');
        let expected = 'Base';
        for (let trial = 0; trial < TRIALS; trial += 1) {
          // Short: twenty trials must fit in the school's name (its field stops at its limit).
          expected += ` ${trial}`;
          await typeAtEnd(page, tool.field(page), ` ${trial}`);
          await pause(page, delay);
          await page.reload({ waitUntil: 'commit' });
          expect(page.url()).toBe(url);
          expected = trials.observe(trial, expected, await shown(page, tool));
        }
        trials.expectNoneLost();
        expect(prompts()).toBe(0);
        await waitForSaved(page);
      });
    },
  );
});

/** Opens `url` in a new page of `context`: the page, and what it shows once `expected`. */
async function reopen(context: BrowserContext, url: string, tool: Tool, expected: string) {
  const page = await context.newPage();
  await page.goto(url);
  return { page, shown: await settled(page, expected, () => shown(page, tool)) };
}

const closeCases = ALL_CASES
  ? [false, true].flatMap((runBeforeUnload) => DELAYS.map((delay) => ({ runBeforeUnload, delay })))
  : [{ runBeforeUnload: false, delay: 0 }];

describe.for(tools)('« $name » closed right after a keystroke', (tool) => {
  test.for(closeCases)(
    '$delay ms after typing, unload handlers run: $runBeforeUnload',
    { timeout: timeoutFor(9_000) },
    async ({ runBeforeUnload, delay }, { task }) => {
      const handlers = runBeforeUnload ? 'run' : 'not run';
      const trials = tally(task, `${tool.name}, closed (unload handlers ${handlers})`, delay);
      await site.withPage(async (first, context) => {
        const url = await tool.stored(first, 'Base');
        await first.close();
        let expected = 'Base';
        for (let trial = 0; trial < TRIALS; trial += 1) {
          const opened = await reopen(context, url, tool, expected);
          // What the previous trial typed is checked here; the first page finds the stored one.
          if (trial === 0) expect(opened.shown).toBe(expected);
          else expected = trials.observe(trial - 1, expected, opened.shown);
          expected += ` ${trial}`;
          await typeAtEnd(opened.page, tool.field(opened.page), ` ${trial}`);
          await pause(opened.page, delay);
          await opened.page.close({ runBeforeUnload });
        }
        const last = await reopen(context, url, tool, expected);
        trials.observe(TRIALS - 1, expected, last.shown);
        trials.expectNoneLost();
      });
    },
  );
});
