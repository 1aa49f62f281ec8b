import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A page as poppler paints it: what a reader sees, whatever drew it and however. */
export interface PageImage {
  width: number;
  height: number;
  /** Millimetres per pixel. */
  mm: number;
  /** The red, green and blue of a pixel, 0 to 255. */
  rgb: (x: number, y: number) => [number, number, number];
}

/** A box on the page, in millimetres from its top left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Page `page` (1-based) of a PDF painted by poppler's `pdftoppm`, at `dpi`, without
 * anti-aliasing (a hairline is then whole pixels of its own colour, not a blur to guess at).
 */
export async function pageImage(pdf: Uint8Array, page: number, dpi = 100): Promise<PageImage> {
  const dir = await mkdtemp(join(tmpdir(), 'page-image-'));
  try {
    const file = join(dir, 'page.pdf');
    await writeFile(file, pdf);
    const out = join(dir, 'page');
    const at = String(page);
    await run(
      'pdftoppm',
      ['-r', String(dpi), '-f', at, '-l', at, '-singlefile'].concat([
        '-aa',
        'no',
        '-aaVector',
        'no',
        file,
        out,
      ]),
    );
    return readPpm(await readFile(`${out}.ppm`), 25.4 / dpi);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A binary PPM (« P6 », 8 bits a sample), as `pdftoppm` writes it. */
function readPpm(bytes: Buffer, mm: number): PageImage {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return {
    width,
    height,
    mm,
    rgb: (x, y) => {
      const at = start + 3 * (y * width + x);
      return [bytes[at] ?? 255, bytes[at + 1] ?? 255, bytes[at + 2] ?? 255];
    },
  };
}

/** Whether a pixel is drawn in a dark ink (text, a line), not paper nor a light tint. */
export const dark = ([r, g, b]: [number, number, number]) => (r + g + b) / 3 < 160;

/** The smallest box around every pixel `inked` takes, or null when there is none. */
export function inkBox(
  image: PageImage,
  inked: (rgb: [number, number, number]) => boolean,
): Box | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (!inked(image.rgb(x, y))) continue;
      [left, top] = [Math.min(left, x), Math.min(top, y)];
      [right, bottom] = [Math.max(right, x), Math.max(bottom, y)];
    }
  }
  if (right < 0) return null;
  const { mm } = image;
  return {
    left: left * mm,
    top: top * mm,
    width: (right - left + 1) * mm,
    height: (bottom - top + 1) * mm,
  };
}

/** Runs of consecutive numbers, each given as its middle. */
function middles(values: readonly number[]): number[] {
  const runs: number[][] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last && value === (last.at(-1) ?? NaN) + 1) last.push(value);
    else runs.push([value]);
  }
  return runs.map((run) => ((run[0] ?? 0) + (run.at(-1) ?? 0)) / 2);
}

/**
 * The horizontal lines ruled on a page at least `length` millimetres long, as the distances of
 * their middles from the top of the page, in millimetres. Text never makes one: its dark pixels
 * stop between letters and words.
 */
export function horizontalRules(image: PageImage, length: number): number[] {
  const need = length / image.mm;
  const rows: number[] = [];
  for (let y = 0; y < image.height; y += 1) {
    let run = 0;
    let longest = 0;
    for (let x = 0; x < image.width; x += 1) {
      run = dark(image.rgb(x, y)) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest >= need) rows.push(y);
  }
  return middles(rows).map((y) => y * image.mm);
}

/**
 * The vertical lines ruled unbroken from `top` to `bottom` (millimetres from the top of the
 * page), as the distances of their middles from the left of the page, in millimetres.
 */
export function verticalRules(image: PageImage, top: number, bottom: number): number[] {
  const [from, to] = [Math.ceil(top / image.mm), Math.floor(bottom / image.mm)];
  const columns: number[] = [];
  for (let x = 0; x < image.width; x += 1) {
    let unbroken = to > from;
    for (let y = from; y <= to && unbroken; y += 1) unbroken = dark(image.rgb(x, y));
    if (unbroken) columns.push(x);
  }
  return middles(columns).map((x) => x * image.mm);
}
