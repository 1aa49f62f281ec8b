import type { Locator, Page } from 'playwright-core';

/** The search page's query box, as a user finds it by its label. */
export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', {
    name: 'Chercher dans les guides, le glossaire et vos modèles',
  });
}

/** The links of the results list (title, then « (votre modèle) » for a user's own model). */
export function resultLinks(page: Page): Locator {
  return page.locator('.search-results > li > a');
}

/** Waits until the live region reports the search of `query` done, and returns what it says. */
export async function searchDone(page: Page, query: string): Promise<string> {
  const status = page.getByRole('status');
  await status
    .filter({ hasText: new RegExp(`(résultats?|Aucun résultat) pour «\u00a0${escape(query)}`) })
    .waitFor({ timeout: 15_000 });
  return (await status.innerText()).trim();
}

/** The `href` of every result link, in order. */
export function resultHrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
