/**
 * Signatories in a real Chromium: the REP letter's list is renamed, reordered, shortened and
 * extended with the keyboard alone, and the preview signs in that order; each checkbox sits
 * beside its label.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { tabTo, typeInto } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });

describe('the signatories', () => {
  test('are renamed, moved, removed and added by keyboard, and the letter follows', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('lettres/coordonnateur-rep/rediger/'));
      const list = page.getByRole('group', { name: 'Signataires' });
      await list.waitFor();
      const captions = () =>
        page.locator('.letter-page .lp-signatures .lp-caption').allInnerTexts();
      const before = await captions();
      expect(before.length).toBeGreaterThanOrEqual(3);

      // The co-signer (second) gets a name, then goes first.
      await typeInto(page, list.getByLabel('Nom imprimé').nth(1), 'Luc Martin');
      await tabTo(page, list.getByRole('button', { name: 'Monter le signataire 2' }));
      await page.keyboard.press('Enter');
      await expect.poll(captions).toEqual([before[1], before[0], ...before.slice(2)]);
      // At the top, « Monter » is disabled: the focus stays on the list, on « Descendre ».
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        'Descendre le signataire 1',
      );
      expect(await page.locator('.letter-page .lp-signatures').innerText()).toContain('Luc Martin');

      // The last one removed, a new co-signer added and named.
      await tabTo(
        page,
        list.getByRole('button', { name: `Supprimer le signataire ${before.length}` }),
      );
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await captions()).length).toBe(before.length - 1);
      await tabTo(page, list.getByLabel('Signataire à ajouter'));
      await page.locator('#sig-kind').selectOption({ label: 'Un cosignataire (IEN, CSAIO…)' });
      await tabTo(page, list.getByRole('button', { name: 'Ajouter un signataire' }));
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
        .toMatch(/^sig-.+-label$/);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Le maire de la commune');
      await expect.poll(captions).toContain('Le maire de la commune');
      expect((await captions()).length).toBe(before.length);
    });
  });

  test('each checkbox sits beside its own label, on its first line, not above it', async () => {
    await site.withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(site.server.url('lettres/coordonnateur-rep/rediger/'));
      const list = page.getByRole('group', { name: 'Signataires' });
      await list.waitFor();
      // Each box, and the text of its label (the label's box would hold the box itself).
      const boxes = await list.locator('input[type="checkbox"]').evaluateAll((inputs) =>
        inputs.map((input) => {
          const label = (input as HTMLInputElement).labels?.[0];
          const range = document.createRange();
          if (label) range.selectNodeContents(label);
          if (label?.contains(input)) range.setStartAfter(input);
          // The lines of the text, without the collapsed spaces around it.
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 1);
          const box = input.getBoundingClientRect();
          return {
            name: label?.textContent?.trim() ?? '',
            box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
            text: {
              left: Math.min(...lines.map((rect) => rect.left)),
              top: lines[0]?.top ?? 0,
              bottom: lines[0]?.bottom ?? 0,
            },
          };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const { name, box, text } of boxes) {
        // Beside: left of the text, and no wider than a box (not stretched over the line).
        expect(box.right, name).toBeLessThanOrEqual(text.left);
        expect(box.right - box.left, name).toBeLessThan(40);
        // On the label's first line: the box's middle between that line's top and bottom.
        const middle = (box.top + box.bottom) / 2;
        expect(middle, name).toBeGreaterThan(text.top);
        expect(middle, name).toBeLessThan(text.bottom);
      }
    });
  });
});
