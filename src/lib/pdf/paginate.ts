import { PAGE, type DrawOp } from './page';
import { shiftOps, type Row } from './rows';

/** Rows placed on pages, and how many of the page rules they had to break. */
export interface Pagination {
  pages: DrawOp[][];
  /** Rules broken because no placement keeps them all (a group taller than a page). */
  broken: number;
}

/**
 * What a placement costs, most important first: a rule broken (a row cut from a row it keeps,
 * a page holding one line or only the signatures and copies) outweighs a page, which outweighs
 * a table cut where it could be whole, which outweighs blank space left at the foot of a page.
 * Blank space counts on every page but the last, in millimetres, twice as much at the start of
 * the letter as at its end, so that pages fill in order (under 10⁴ up to 19 pages).
 */
const COST = { rule: 1e9, page: 1e6, loose: 1e4 } as const;

/**
 * The most rows a page is looked back over for where it may start. A page of text holds about
 * sixty lines; rows of no height (an empty line) would otherwise let the search run back over the
 * whole letter at every row, quadratic in its length. Past this many rows a page must start.
 */
const MOST_ROWS_PER_PAGE = 400;

/**
 * Rows placed on pages from `PAGE.top` to `PAGE.bottom`, as a word processor would but over the
 * whole letter at once: the placement with the fewest broken rules, then the fewest pages, then
 * the fewest loose keeps given up (`keepIfRoom`), then the fullest pages. A row never splits; a
 * row opening a page drops its space above and brings back its `repeat` rows (a table's header)
 * first; only a row taller than a page overflows it, alone. `spacing` scales the spaces between
 * rows (1: as set).
 */
export function paginate(rows: readonly Row[], spacing = 1): Pagination {
  const breaks = pageBreaks(rows, spacing);
  const across = keptAcross(rows);
  const foot = footRows(rows);
  const pages: DrawOp[][] = [];
  let broken = 0;
  breaks.forEach((start, index) => {
    const end = breaks[index + 1] ?? rows.length;
    const ops: DrawOp[] = [];
    let y = PAGE.top;
    const place = (row: Row, gap: number) => {
      ops.push(...shiftOps(row.ops, y + gap));
      y += gap + row.height;
    };
    for (const header of rows[start]?.repeat ?? []) place(header, 0);
    rows
      .slice(start, end)
      .forEach((row, at) => place(row, at === 0 ? 0 : row.spaceBefore * spacing));
    pages.push(ops);
    broken += pageFaults(rows, foot, start, end) + (across[start]?.strict ?? 0);
  });
  return { pages: pages.length > 0 ? pages : [[]], broken };
}

/**
 * Where each page starts (row indices, the first 0): the cheapest placement, found by dynamic
 * programming over the rows where a page may start.
 */
function pageBreaks(rows: readonly Row[], spacing: number): number[] {
  const count = rows.length;
  if (count === 0) return [0];
  const room = PAGE.bottom - PAGE.top;
  // Heights of the rows and of their spaces above before each index, for a page's height.
  const heights = prefix(rows.map((row) => row.height));
  const spaces = prefix(rows.map((row) => row.spaceBefore * spacing));
  const across = keptAcross(rows);
  const foot = footRows(rows);
  const best: number[] = [0, ...Array<number>(count).fill(Infinity)];
  const from: number[] = Array<number>(count + 1).fill(0);
  for (let end = 1; end <= count; end += 1) {
    const first = Math.max(0, end - MOST_ROWS_PER_PAGE);
    for (let start = end - 1; start >= first; start -= 1) {
      const body = at(heights, end) - at(heights, start) + at(spaces, end) - at(spaces, start + 1);
      if (body > room && end - start > 1) break;
      const height = body + sum(rows[start]?.repeat ?? []);
      if (height > room && end - start > 1) continue;
      const cut = across[start] ?? { strict: 0, loose: 0 };
      const cost =
        at(best, start) +
        COST.page +
        COST.rule * (cut.strict + pageFaults(rows, foot, start, end)) +
        COST.loose * cut.loose +
        (end < count ? Math.max(0, room - height) * (2 - end / count) : 0);
      if (cost < at(best, end)) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }
  const starts: number[] = [];
  for (let end = count; end > 0; end = at(from, end)) starts.unshift(at(from, end));
  return starts;
}

/**
 * For each row, whether a page starting there cuts a strict keep (`keepWithNext`) of a row
 * above, and a loose one (`keepIfRoom`): 1 or 0.
 */
function keptAcross(rows: readonly Row[]): { strict: number; loose: number }[] {
  let strict = -1;
  let loose = -1;
  return rows.map((row, index) => {
    const cut = { strict: strict >= index ? 1 : 0, loose: loose >= index ? 1 : 0 };
    strict = Math.max(strict, index + row.keepWithNext);
    loose = Math.max(loose, index + (row.keepIfRoom ?? 0));
    return cut;
  });
}

/**
 * Rules on what a page holds, broken by the rows from `start` to `end`: one line alone, or only
 * the foot of the letter (signatures, copies). `foot` counts the foot's rows before each index.
 */
function pageFaults(rows: readonly Row[], foot: readonly number[], start: number, end: number) {
  if (end - start === 1 && rows[start]?.part === 'line') return 1;
  return at(foot, end) - at(foot, start) === end - start ? 1 : 0;
}

/** How many rows of the letter's foot (signatures, copies) come before each index. */
function footRows(rows: readonly Row[]): number[] {
  return prefix(rows.map((row) => (row.part === 'signatures' || row.part === 'copies' ? 1 : 0)));
}

/** Running totals: the `i`th is the sum of the values before index `i`. */
function prefix(values: readonly number[]): number[] {
  const totals = [0];
  for (const value of values) totals.push(at(totals, totals.length - 1) + value);
  return totals;
}

function at(values: readonly number[], index: number): number {
  return values[index] ?? 0;
}

/** Total height of rows drawn one under the other, spaces above dropped (a repeated header). */
function sum(rows: readonly Row[]): number {
  return rows.reduce((total, row) => total + row.height, 0);
}
