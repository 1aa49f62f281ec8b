// @ts-check
/**
 * Vite plugin: the virtual module `virtual:pdf-fonts`, DejaVu Sans regular and bold as base64
 * TrueType, subset at build time to the characters French letters use. jsPDF's standard fonts
 * cannot print ’ « » or U+202F (jsPDF #941, #2061), so the PDF embeds this font for all text.
 * Only `src/lib/pdf/export.ts` imports it, through `import()`: it ships in the lazy PDF chunk.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { mappedCharacters } from './cmap.mjs';

const MODULE_ID = 'virtual:pdf-fonts';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** A string of every character from `first` to `last`, both included. */
const range = (/** @type {number} */ first, /** @type {number} */ last) =>
  String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, index) => first + index));

/**
 * What a French letter needs: Basic Latin and Latin-1 (U+00A0, « », °, ·, accents), Œ œ Ÿ,
 * curly quotes, dashes, ellipsis, euro, the narrow no-break space, the bullet; and a few signs
 * users paste (‹ › ‚, thin space, no-break hyphen, ‰ ≤ ≥ →). Control characters have no glyph.
 */
export const FRENCH_CHARACTERS = [
  range(0x20, 0x7e),
  range(0xa0, 0xff),
  'ŒœŸ',
  '’‘“”„‚‹›',
  '–—…€•',
  '\u202f\u2009\u2011',
  '‰≤≥→',
].join('');

/** @typedef {{ regular: string; bold: string; covered: string }} PdfFonts */

const require = createRequire(import.meta.url);

/** @param {string} file  a file of dejavu-fonts-ttf/ttf/ */
async function subset(file) {
  const font = await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  // jsPDF neither shapes text nor uses hinting: without instructions and OpenType layout the
  // two fonts weigh 18 kB each instead of 47 kB (the MATH table is of no use to a letter).
  return subsetFont(font, FRENCH_CHARACTERS, {
    targetFormat: 'truetype',
    noHinting: true,
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'MATH'],
  });
}

/**
 * Both fonts subset, and the characters both of them really draw (read back from their cmap,
 * so the coverage check trusts the font, not this file's list).
 * @returns {Promise<PdfFonts>}
 */
export async function buildPdfFonts() {
  const [regular, bold] = await Promise.all([
    subset('DejaVuSans.ttf'),
    subset('DejaVuSans-Bold.ttf'),
  ]);
  const inBold = new Set(mappedCharacters(bold));
  const covered = [...mappedCharacters(regular)].filter((char) => inBold.has(char)).join('');
  return { regular: regular.toString('base64'), bold: bold.toString('base64'), covered };
}

/**
 * The plugin; register it in astro.config.mjs (`vite.plugins`) and vitest.config.ts.
 * @returns {import('vite').Plugin}
 */
export function pdfFonts() {
  // Subsetting takes a moment: do it once per build (Astro runs several Vite builds with the
  // same plugin instance) and once per dev server.
  /** @type {Promise<PdfFonts> | undefined} */
  let fonts;
  return {
    name: 'lettres:pdf-fonts',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      fonts ??= buildPdfFonts();
      const { regular, bold, covered } = await fonts;
      return [
        `export const regular = ${JSON.stringify(regular)};`,
        `export const bold = ${JSON.stringify(bold)};`,
        `export const covered = ${JSON.stringify(covered)};`,
      ].join('\n');
    },
  };
}
