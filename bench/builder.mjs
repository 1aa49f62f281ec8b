// @ts-check
/**
 * First-load JavaScript of « Créer un modèle » beside the letter editor's (issue 9's goal: the
 * builder loads no more than the editor). Figures only: nothing here fails on a number.
 */

/** @param {import('./run.mjs').BenchContext} context */
export function builderMeasure({ pages, gzipSize }) {
  const firstLoad = (/** @type {import('./run.mjs').PageAssets} */ page) =>
    page.scripts.reduce((total, file) => total + gzipSize(file), 0);
  const builder = pages.find((page) => page.url.endsWith('/modeles/creer/'));
  const editors = pages.filter((page) => /\/lettres\/[^/]+\/rediger\/$/.test(page.url));
  const editor = editors.sort((a, b) => firstLoad(b) - firstLoad(a))[0];
  const kB = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} kB`;
  const rows = [];
  if (builder)
    rows.push([
      'Builder (/modeles/creer/)',
      kB(firstLoad(builder)),
      editor ? `≤ ${kB(firstLoad(editor))}` : '',
    ]);
  if (editor) rows.push([`Editor (${editor.url})`, kB(firstLoad(editor)), '']);
  return {
    title: 'Model builder: first-load JavaScript (gzip)',
    columns: ['Page', 'JS gzip (first load)', 'Goal'],
    rows,
    notes: builder ? [] : ['No /modeles/creer/ page in dist/.'],
  };
}
