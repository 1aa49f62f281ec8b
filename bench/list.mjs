// @ts-check
/** « Mes lettres » with 1 000 letters: filled in by the page's own import, then reopened. */
/**
 * @param {import('playwright-core').Browser} _browser
 * @param {string} _origin
 * @returns {Promise<string[][]>}
 */
export async function listPageMeasure(_browser, _origin) {
  return [];
}
