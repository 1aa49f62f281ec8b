// @ts-check
/**
 * Lighthouse 12 (mobile settings, the default config) on every page type of the build, in
 * Debian's Chromium against `astro preview` of dist/. Median of 3 runs per page for performance,
 * accessibility, best practices and SEO, plus the layout shift and the largest contentful paint
 * of the median-performance run. Figures only: nothing here fails on a score.
 */
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { median, startPreview } from './editor.mjs';

const PORT = 4457;
const DEBUG_PORT = 9339;
const RUNS = 3;
const GOAL = 100;
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * One page per kind of page: guidance pages share their layout, so one of each template stands
 * for all (the slug pages differ only by text).
 */
const PAGE_TYPES = [
  ['Accueil', ''],
  ['Catalogue', 'lettres/'],
  ['Guide d’une mission', 'lettres/referent-decrochage-scolaire/'],
  ['Éditeur', 'lettres/referent-decrochage-scolaire/rediger/'],
  ['Mes lettres', 'mes-lettres/'],
  ['Plusieurs personnes', 'mes-lettres/plusieurs/'],
  ['Mes modèles', 'mes-modeles/'],
  ['Créer un modèle', 'modeles/creer/'],
  ['Mon établissement', 'mon-etablissement/'],
  ['Mon équipe', 'mon-equipe/'],
  ['Récapitulatif des IMP', 'recapitulatif-imp/'],
  ['Campagne', 'campagne/'],
  ['Taux des IMP', 'taux-imp/'],
  ['Glossaire', 'glossaire/'],
  ['Recherche', 'recherche/'],
];

/** @param {import('./run.mjs').BenchContext} context */
export async function lighthouseMeasure({ base, pages }) {
  const built = new Set(pages.map((page) => page.url));
  const types = PAGE_TYPES.filter(([, relative]) => built.has(`${base}${relative}`));
  const server = await startPreview(PORT);
  // Lighthouse drives the browser through its DevTools port; playwright only starts Debian's
  // Chromium (no download) with the flags this closed network needs.
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--remote-debugging-port=${DEBUG_PORT}`,
    ],
  });
  try {
    const rows = [];
    for (const [name, relative] of types) {
      const url = `http://127.0.0.1:${PORT}${base}${relative}`;
      /** @type {Record<string, number>[]} */
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(url));
      const byPerformance = [...runs].sort(
        (a, b) => (a['performance'] ?? 0) - (b['performance'] ?? 0),
      );
      const middle = byPerformance[Math.floor(byPerformance.length / 2)] ?? {};
      rows.push([
        `${name} (/${relative})`,
        ...CATEGORIES.map((category) =>
          String(median(runs.map((scores) => scores[category] ?? Number.NaN))),
        ),
        (middle['cls'] ?? Number.NaN).toFixed(3),
        `${Math.round(middle['lcp'] ?? Number.NaN)} ms`,
      ]);
    }
    return {
      title: `Lighthouse (mobile, median of ${RUNS} runs; goal ${GOAL} in each category)`,
      columns: ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'CLS', 'LCP'],
      rows,
      notes: [
        'Lighthouse 12.2.3 default config: mobile form factor, simulated slow 4G and 4× CPU.',
        'CLS and LCP are those of the run with the median performance score.',
        'SEO « is-crawlable » and « robots.txt » read the preview server: run on the host for theirs.',
      ],
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

/**
 * One Lighthouse run of `url`: category scores out of 100, layout shift and LCP in ms.
 * @param {string} url
 * @returns {Promise<Record<string, number>>}
 */
async function audit(url) {
  const result = await lighthouse(url, {
    port: DEBUG_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  /** @type {Record<string, number>} */
  const scores = {};
  for (const category of CATEGORIES) {
    scores[category] = Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);
  }
  scores['cls'] = lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
  scores['lcp'] = lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
  return scores;
}
