import { PAGE, PT, type DrawOp, type Measure } from './page';

/** What a draft's pages say across them. */
export const DRAFT_MARK = 'BROUILLON';

/** Size of the mark, in points: large enough to be seen at a glance, well inside the page. */
const SIZE = 80;

/** Along the page's diagonal, from bottom left to top right, in degrees. */
const ANGLE = (Math.atan2(PAGE.height, PAGE.width) * 180) / Math.PI;

/** Height of DejaVu Sans Bold's capitals, as a share of its size. */
const CAP_HEIGHT = 0.73;

/**
 * « BROUILLON » across the page, centred on it along its diagonal: a draft (a letter exported
 * although the check before the PDF listed points to look at) cannot pass for a letter to sign.
 * It is drawn first, under everything, in light grey (`render.ts`), so it hides no text; it is
 * page furniture, an artifact outside the structure tree (`tagged/tagger.ts`), so a screen
 * reader or a copy of the text in reading order never meets it.
 */
export function draftMarkOp(measure: Measure): Extract<DrawOp, { kind: 'mark' }> {
  const width = measure(DRAFT_MARK, 'bold', SIZE);
  const radians = (ANGLE * Math.PI) / 180;
  const halfCaps = (SIZE * PT * CAP_HEIGHT) / 2;
  // From the page's centre: back half the word along the text, and down (towards the baseline)
  // half the capitals' height across it; `y` grows downwards.
  const x = PAGE.width / 2 - (width / 2) * Math.cos(radians) + halfCaps * Math.sin(radians);
  const y = PAGE.height / 2 + (width / 2) * Math.sin(radians) + halfCaps * Math.cos(radians);
  return { kind: 'mark', x, y, text: DRAFT_MARK, size: SIZE, angle: ANGLE };
}
