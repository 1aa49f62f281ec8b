import type { Download, Page } from 'playwright-core';

/** The button of the check shown before the PDF when a letter has points to look at. */
export const DRAFT_BUTTON = 'Télécharger le brouillon quand même';

/**
 * Clicks « Télécharger le PDF » as a user would and gives the download. When the editor first
 * lists points to check (a required field left empty, for instance), the user goes on with
 * « Télécharger le brouillon quand même », as this does.
 */
export async function downloadPdf(page: Page): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const draft = page.getByRole('button', { name: DRAFT_BUTTON });
  const first = await Promise.race([
    download.then(() => 'download' as const),
    draft.waitFor().then(
      () => 'check' as const,
      () => 'download' as const,
    ),
  ]);
  if (first === 'check') await draft.click();
  return download;
}
