// @ts-check
/**
 * Figures of « Créer un modèle » against issue 9's goals: its first-load JavaScript beside the
 * letter editor's (not above it), and keystroke → preview on a model of 30 fields and 100
 * missions (< 16 ms), in Debian's Chromium against `astro preview` of dist/. Figures only.
 */
import { launchChromium, median, ms, startPreview } from './editor.mjs';

const PORT = 4456;
const SAMPLES = 30;

/** @param {import('./run.mjs').BenchContext} context */
export async function builderMeasure({ pages, gzipSize, base }) {
  const firstLoad = (/** @type {import('./run.mjs').PageAssets} */ page) =>
    page.scripts.reduce((total, file) => total + gzipSize(file), 0);
  const builder = pages.find((page) => page.url.endsWith('/modeles/creer/'));
  if (!builder)
    return {
      title: 'Model builder',
      columns: ['Measure'],
      rows: [],
      notes: ['No /modeles/creer/ page in dist/.'],
    };
  const editors = pages.filter((page) => /\/lettres\/[^/]+\/rediger\/$/.test(page.url));
  const editor = editors.sort((a, b) => firstLoad(b) - firstLoad(a))[0];
  const kB = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} kB`;
  const rows = [
    [
      'First-load JS gzip, builder (/modeles/creer/)',
      kB(firstLoad(builder)),
      editor ? `≤ ${kB(firstLoad(editor))}` : '',
    ],
  ];
  if (editor) rows.push([`First-load JS gzip, editor (${editor.url})`, kB(firstLoad(editor)), '']);
  rows.push(await keystrokeRow(base));
  return {
    title: 'Model builder',
    columns: ['Measure', 'Value', 'Goal'],
    rows,
    notes: [`Keystroke: median of ${SAMPLES} samples; Debian Chromium headless; 2-core machine.`],
  };
}

/** A stored user model of 30 fields and 100 missions, as the builder saves one. */
function bigModelRecord() {
  const now = new Date().toISOString();
  const fields = Array.from({ length: 30 }, (_, i) => ({
    id: `champ${i + 1}`,
    label: `Champ ${i + 1}`,
    type: 'text',
    required: false,
  }));
  const items = Array.from({ length: 100 }, (_, i) => `Mission ${i + 1} confiée à {champ1}.`);
  return {
    schemaVersion: 1,
    id: 'bench',
    revision: 1,
    createdAt: now,
    updatedAt: now,
    model: {
      title: 'Lettre de mission',
      mission: 'Mission de mesure',
      kind: 'lettre-de-mission',
      summary: 'Une mission.',
      audience: 'Un enseignant.',
      authority: 'Le chef d’établissement.',
      provenance: { kind: 'user' },
      fields,
      vu: [],
      preamble: [],
      sections: [
        { id: 'missions', title: 'Missions', titleAdded: false, blocks: [{ type: 'list', items }] },
      ],
      closing: [],
      signatures: [],
      copies: [],
      notes: [],
      references: [],
    },
  };
}

/** @param {string} base @returns {Promise<string[]>} */
async function keystrokeRow(base) {
  const server = await startPreview(PORT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const url = `http://127.0.0.1:${PORT}${base}modeles/creer/`;
    await page.goto(url);
    // The start screen shows once storage was opened: the database exists, write the model in.
    await page.getByRole('button', { name: 'Partir de zéro' }).waitFor();
    await page.evaluate(
      (record) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('lettres-de-mission');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('donnees', 'readwrite');
            tx.objectStore('donnees').put(record, 'model:bench');
            tx.oncomplete = () => resolve(null);
            tx.onerror = () => reject(tx.error);
          };
        }),
      bigModelRecord(),
    );
    await page.goto(`${url}?id=bench`);
    await page.locator('#s0-b0-item-99').waitFor();
    const times = await page.evaluate(async (samples) => {
      const area = /** @type {HTMLTextAreaElement} */ (document.querySelector('#s0-b0-item-0'));
      const preview = /** @type {HTMLElement} */ (document.querySelector('.letter-page'));
      /** @type {number[]} */
      const times = [];
      for (let i = 0; i < samples; i += 1) {
        const marker = `frappe-${i}`;
        const start = performance.now();
        area.value = `${area.value.replace(/ frappe-\d+$/, '')} ${marker}`;
        await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!preview.textContent?.includes(marker)) return;
            observer.disconnect();
            resolve(null);
          });
          observer.observe(preview, { subtree: true, characterData: true, childList: true });
          area.dispatchEvent(new Event('input', { bubbles: true }));
        });
        times.push(performance.now() - start);
      }
      return times;
    }, SAMPLES);
    return ['Keystroke → preview updated (30 fields, 100 missions)', ms(median(times)), '< 16 ms'];
  } finally {
    await browser.close();
    server.kill();
  }
}
