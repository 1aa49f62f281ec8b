/**
 * « Rechercher »: the Pagefind index of the built site and the user's own models, in Chromium.
 * Runs against the build under /sous-dossier/: every result link must carry the base path.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { distBase, distDir } from './support/paths';
import { writeRaw } from './support/raw-store';
import { resultHrefs, resultLinks, searchBox, searchDone } from './support/search';
import { useSite } from './support/site';
import { zephyr } from '../unit/models/fixture';

const site = useSite({ root: distDir, base: distBase });
const decrochage = `${distBase}lettres/referent-decrochage-scolaire/`;
const phare = `${distBase}lettres/referent-phare/`;

/** Opens « Rechercher », types `query` in its box and submits it with Enter. */
async function searchFor(page: Page, query: string): Promise<string> {
  await page.goto(site.server.url('recherche/'));
  await searchBox(page).fill(query);
  await searchBox(page).press('Enter');
  return searchDone(page, query);
}

describe('the site’s pages', () => {
  const shared = site.usePage();

  test('the page loads the index and the storage code on the first search, not before', async () => {
    const { page } = shared;
    const loaded = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => /pagefind\.js|own-models/.test(url)),
      );
    await page.goto(site.server.url('recherche/'));
    await searchBox(page).fill('FOQUALE');
    expect(await loaded()).toEqual([]);
    await searchBox(page).press('Enter');
    await searchDone(page, 'FOQUALE');
    const names = (await loaded()).map((url) => new URL(url).pathname.split('/').at(-1) ?? '');
    expect(names.some((name) => name.startsWith('own-models.'))).toBe(true);
    expect(names).toContain('pagefind.js');
  });

  test('« FOQUALE » finds the décrochage guidance page, the match marked in its excerpt', async () => {
    const { page } = shared;
    const said = await searchFor(page, 'FOQUALE');
    expect(said).toMatch(/^\d+ résultats? pour «\u00a0FOQUALE\u00a0»$/);
    expect(await resultHrefs(page)).toContain(decrochage);
    const item = page.locator('.search-results > li', {
      has: page.locator(`a[href="${decrochage}"]`),
    });
    expect(
      (await item.locator('mark').allInnerTexts()).map((text) => text.toLowerCase()),
    ).toContain('foquale');
  });

  test('« harcèlement » finds the pHARe page', async () => {
    const { page } = shared;
    await searchFor(page, 'harcèlement');
    expect(await resultHrefs(page)).toContain(phare);
    const link = resultLinks(page).and(page.locator(`[href="${phare}"]`));
    expect(await link.innerText()).toContain('pHARe');
  });

  test('without accents, « decrochage » and « harcelement » find the same pages', async () => {
    const { page } = shared;
    await searchFor(page, 'decrochage');
    expect(await resultHrefs(page)).toContain(decrochage);
    // The excerpt shows the page's own spelling.
    expect(await page.locator('.search-results mark').allInnerTexts()).toContain('décrochage');
    await searchFor(page, 'harcelement');
    expect(await resultHrefs(page)).toContain(phare);
  });

  test('a word found nowhere is said so, with no list', async () => {
    const { page } = shared;
    const said = await searchFor(page, 'zzxqwv');
    expect(said).toBe('Aucun résultat pour «\u00a0zzxqwv\u00a0»');
    expect(await resultLinks(page).count()).toBe(0);
  });

  test('the address keeps the search: a reload shows the same results', async () => {
    const { page } = shared;
    await searchFor(page, 'FOQUALE');
    expect(new URL(page.url()).searchParams.get('q')).toBe('FOQUALE');
    await page.reload();
    await searchDone(page, 'FOQUALE');
    expect(await searchBox(page).inputValue()).toBe('FOQUALE');
    expect(await resultHrefs(page)).toContain(decrochage);
  });

  test('the home page’s form opens the results', async () => {
    const { page } = shared;
    await page.goto(site.server.url());
    const box = page.getByRole('searchbox', { name: 'Chercher une mission, un sigle, un mot' });
    await box.fill('harcèlement');
    await box.press('Enter');
    await searchDone(page, 'harcèlement');
    expect(new URL(page.url()).pathname).toBe(`${distBase}recherche/`);
    expect(await resultHrefs(page)).toContain(phare);
  });

  test('works with the keyboard alone: type, Enter, Tab to a result, Enter opens it', async () => {
    const { page } = shared;
    await page.goto(site.server.url('recherche/'));
    await tabTo(page, searchBox(page));
    await page.keyboard.type('FOQUALE');
    await page.keyboard.press('Enter');
    await searchDone(page, 'FOQUALE');
    const target = resultLinks(page).and(page.locator(`[href="${decrochage}"]`));
    await tabTo(page, target);
    await Promise.all([page.waitForURL(`**${decrochage}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toContain('Décrochage scolaire');
  });

  test('has no WCAG A/AA violation, results shown', async () => {
    const { page } = shared;
    await searchFor(page, 'décrochage');
    const violations = await findViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('the user’s own models', () => {
  test('are found by a word of their missions and link to their guide', async () => {
    await site.withPage(async (page) => {
      // « Mes modèles » creates the browser's store; the model is then written as the builder would.
      await page.goto(site.server.url('mes-modeles/'));
      await page.getByText('Chargement de vos modèles…').waitFor({ state: 'detached' });
      await writeRaw(page, 'model:zephyr-1', zephyr());

      await searchFor(page, 'OUEST');
      const link = resultLinks(page).filter({ hasText: 'Référent Zéphyr (votre modèle)' });
      expect(await link.getAttribute('href')).toBe(`${distBase}mes-modeles/guide/?modele=zephyr-1`);
      expect(await page.locator('.search-results mark').allInnerTexts()).toContain('ouest');

      await link.click();
      await expect.poll(() => page.locator('h1').innerText()).toContain('Zéphyr');
    });
  });
});
