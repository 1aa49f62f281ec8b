// @ts-check
/**
 * Typing in a long list of « Plusieurs personnes » (issue 22: 0.5–0.7 s per key in a list of
 * 5 000 people). A list of 5 000 people is pasted, then keys are typed at its end, one at a
 * time; each is timed from the input event to the next frame painted (requestAnimationFrame,
 * then a task), in Debian's Chromium against `astro preview` of dist/. Figures only, no
 * assertion: a key costs at least one frame (about 16 ms) by this clock.
 */
import { launchChromium, median, ms, startPreview } from './editor.mjs';

const PORT = 4458;
const PEOPLE = 5_000;
const KEYS = 20;

/** @param {import('./run.mjs').BenchContext} context */
export async function bulkTypingMeasure({ base }) {
  const server = await startPreview(PORT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${base}mes-lettres/plusieurs/`);
    await page.waitForFunction(
      () => !document.querySelector('#bulk-model')?.hasAttribute('disabled'),
    );
    await page
      .getByLabel('Modèle de lettre')
      .selectOption({ label: 'Coordonnateur de discipline' });
    await page.getByLabel('Une personne par ligne').waitFor();
    const figures = await page.evaluate(
      async ({ people, keys }) => {
        const box = /** @type {HTMLTextAreaElement} */ (document.getElementById('people-list'));
        const painted = () =>
          new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        /** @param {string} inputType @param {() => void} change */
        const timed = async (inputType, change) => {
          const start = performance.now();
          change();
          box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
          await painted();
          return performance.now() - start;
        };
        const list = Array.from(
          { length: people },
          (_, i) => `Mme;Nom${i + 1};Prénom${i + 1};professeure;${(i % 5) + 1};1`,
        ).join('\n');
        const paste = await timed('insertFromPaste', () => (box.value = list));
        /** @param {HTMLTextAreaElement} area @param {() => void} dispatch */
        const keysIn = async (area, dispatch) => {
          /** @type {number[]} */
          const times = [];
          for (let key = 0; key < keys; key += 1) {
            const start = performance.now();
            area.setRangeText('x', area.value.length, area.value.length, 'end');
            dispatch();
            await painted();
            times.push(performance.now() - start);
          }
          return times;
        };
        const times = await keysIn(box, () =>
          box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' })),
        );
        // The same keys in a bare text box of the same size, beside the list: what the browser
        // itself spends on a box of 5 000 lines, whatever the page does.
        const bare = document.createElement('textarea');
        bare.rows = 8;
        bare.spellcheck = false;
        bare.value = list;
        box.after(bare);
        await painted();
        const bareTimes = await keysIn(bare, () => {});
        bare.remove();
        return { paste, times, bareTimes };
      },
      { people: PEOPLE, keys: KEYS },
    );
    return {
      title: `Typing in a list of ${PEOPLE} people (« Plusieurs personnes », Chromium)`,
      columns: ['Measure', 'Time'],
      rows: [
        [`Paste of ${PEOPLE} people → preview painted`, ms(figures.paste)],
        [`One key typed at the end → next frame (median of ${KEYS})`, ms(median(figures.times))],
        [`One key typed → next frame (slowest of ${KEYS})`, ms(Math.max(...figures.times))],
        [`Same key in a bare text box of ${PEOPLE} lines (median)`, ms(median(figures.bareTimes))],
      ],
      notes: [
        'Issue 22 found 0.5–0.7 s per key. The list is read again once typing pauses',
        '(src/lib/bulk/read-pause.ts: 300 ms), and the preview shows 100 rows: a key should cost',
        'what the bare text box costs. The paste row is the cost of one reading.',
      ],
    };
  } finally {
    await browser.close();
    server.kill();
  }
}
