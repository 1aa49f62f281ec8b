// @ts-check
/**
 * Vite plugin: DejaVu Sans regular and bold as base64 TrueType, subset at build time into font
 * sets, from the French-only one every letter gets to one that writes every European script.
 * jsPDF's standard fonts cannot print ’ « » or U+202F (jsPDF #941, #2061), so the PDF embeds one
 * of these for all its text.
 *
 * - `virtual:pdf-fonts`: the catalogue, a few hundred bytes: each set's name, the characters it
 *   draws and a loader, `import('virtual:pdf-fonts/<name>')`. The export picks the first set
 *   that draws every character of the letter.
 * - `virtual:pdf-fonts/<name>`: the two faces of one set, each in its own lazy chunk, so a French
 *   letter never downloads Greek or Cyrillic glyphs.
 *
 * Only `src/lib/pdf/export.ts` imports the catalogue, and it is itself loaded by `import()`.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { mappedCharacters } from './cmap.mjs';

const MODULE_ID = 'virtual:pdf-fonts';
const SET_PREFIX = `${MODULE_ID}/`;

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

/**
 * Spacing modifier letters (ʼ, the Ukrainian apostrophe; ˇ ˘ ˝ alone) and combining accents,
 * for a name typed with an accent no precomposed letter has.
 */
const MODIFIERS = range(0x2b0, 0x36f);

/**
 * Latin Extended-A and -B (ł č ő ğ ș ț ř ž…) and Latin Extended Additional (ẞ, Welsh ŵ,
 * Vietnamese ạ ế ữ…): names of Polish, Czech, Romanian, Turkish, Hungarian, Baltic, Croatian,
 * Vietnamese… pupils and staff.
 */
const LATIN_EXTENDED = range(0x100, 0x24f) + range(0x1e00, 0x1eff);

/** Greek (monotonic, as names are written), Cyrillic and its supplement, and the sign №. */
const GREEK_CYRILLIC = range(0x370, 0x3ff) + range(0x400, 0x52f) + '№';

/**
 * The font sets, smallest first. One set is used for the whole letter: jsPDF draws a run of
 * text in one font, so mixing fonts within a line would mean splitting and measuring runs font
 * by font. A set for Latin alone and one for Greek and Cyrillic keep the usual extended letter
 * (a Polish or a Ukrainian name) at about half the download of the set that has everything.
 * @type {readonly { name: string; characters: string }[]}
 */
export const FONT_SETS = [
  { name: 'french', characters: FRENCH_CHARACTERS },
  { name: 'latin', characters: FRENCH_CHARACTERS + MODIFIERS + LATIN_EXTENDED },
  { name: 'greek-cyrillic', characters: FRENCH_CHARACTERS + MODIFIERS + GREEK_CYRILLIC },
  {
    name: 'european',
    characters: FRENCH_CHARACTERS + MODIFIERS + LATIN_EXTENDED + GREEK_CYRILLIC,
  },
];

/** @typedef {{ regular: string; bold: string; covered: string }} PdfFonts */

const require = createRequire(import.meta.url);

/**
 * @param {string} file  a file of dejavu-fonts-ttf/ttf/
 * @param {string} characters
 */
async function subset(file, characters) {
  const font = await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  // jsPDF neither shapes text nor uses hinting: without instructions and OpenType layout the
  // French fonts weigh 16 kB each instead of 47 kB (the MATH table is of no use to a letter).
  return subsetFont(font, characters, {
    targetFormat: 'truetype',
    noHinting: true,
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'MATH'],
  });
}

/**
 * Both faces of a set, subset, and the characters both of them really draw (read back from
 * their cmap, so the coverage check trusts the fonts, not this file's lists: a character DejaVu
 * lacks is left out).
 * @param {string} characters
 * @returns {Promise<PdfFonts>}
 */
export async function buildPdfFonts(characters = FRENCH_CHARACTERS) {
  const [regular, bold] = await Promise.all([
    subset('DejaVuSans.ttf', characters),
    subset('DejaVuSans-Bold.ttf', characters),
  ]);
  const inBold = new Set(mappedCharacters(bold));
  const covered = [...mappedCharacters(regular)].filter((char) => inBold.has(char)).join('');
  return { regular: regular.toString('base64'), bold: bold.toString('base64'), covered };
}

/**
 * A string as code point ranges, `[[first, last], …]`: the catalogue says which characters each
 * set draws in a few hundred bytes rather than a few kilobytes.
 * @param {string} text  characters in code point order
 */
export function toRanges(text) {
  /** @type {[number, number][]} */
  const ranges = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const last = ranges.at(-1);
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/**
 * The catalogue's source: each set's name, covered characters and loader. The `import()` calls
 * are written out one by one so the bundler emits one chunk per set.
 * @param {Map<string, PdfFonts>} built
 */
function catalogue(built) {
  const entries = FONT_SETS.map(({ name }) => {
    const ranges = JSON.stringify(toRanges(built.get(name)?.covered ?? ''));
    const id = JSON.stringify(`${SET_PREFIX}${name}`);
    return `  { name: ${JSON.stringify(name)}, covered: expand(${ranges}), load: () => import(${id}) },`;
  });
  return [
    '/** Every character of the ranges, in order. */',
    'const expand = (ranges) =>',
    '  ranges.map(([first, last]) => {',
    "    let text = '';",
    '    for (let code = first; code <= last; code += 1) text += String.fromCodePoint(code);',
    '    return text;',
    "  }).join('');",
    'export const fontSets = [',
    ...entries,
    '];',
  ].join('\n');
}

/**
 * The plugin; register it in astro.config.mjs (`vite.plugins`) and vitest.config.ts.
 * @returns {import('vite').Plugin}
 */
export function pdfFonts() {
  // Subsetting takes a moment: do it once per build (Astro runs several Vite builds with the
  // same plugin instance) and once per dev server.
  /** @type {Promise<Map<string, PdfFonts>> | undefined} */
  let fonts;
  const build = async () =>
    new Map(
      await Promise.all(
        FONT_SETS.map(
          async ({ name, characters }) =>
            /** @type {const} */ ([name, await buildPdfFonts(characters)]),
        ),
      ),
    );
  return {
    name: 'lettres:pdf-fonts',
    resolveId(id) {
      if (id === MODULE_ID) return `\0${id}`;
      const known = FONT_SETS.some(({ name }) => id === `${SET_PREFIX}${name}`);
      return known ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${MODULE_ID}`)) return undefined;
      fonts ??= build();
      const built = await fonts;
      if (id === `\0${MODULE_ID}`) return catalogue(built);
      const set = built.get(id.slice(`\0${SET_PREFIX}`.length));
      if (!set) return undefined;
      return [
        `export const regular = ${JSON.stringify(set.regular)};`,
        `export const bold = ${JSON.stringify(set.bold)};`,
      ].join('\n');
    },
  };
}
