import { PAGE, type DrawOp } from './page';
import { shiftOps, type Row } from './rows';

/**
 * Rows placed on pages from `PAGE.top` to `PAGE.bottom`. A row goes to a new page when it, with
 * the rows it keeps (followed transitively), does not fit; a group taller than a whole page only
 * breaks where its rows do not fit. A row opening a page drops its space above and brings back
 * its `repeat` rows (a table's header) first.
 */
export function paginate(rows: readonly Row[]): DrawOp[][] {
  const pages: DrawOp[][] = [[]];
  const room = PAGE.bottom - PAGE.top;
  let y = PAGE.top;
  let atTop = true;

  const place = (row: Row, gap: number) => {
    pages[pages.length - 1]?.push(...shiftOps(row.ops, y + gap));
    y += gap + row.height;
    atTop = false;
  };

  rows.forEach((row, index) => {
    const gap = atTop ? 0 : row.spaceBefore;
    const group = groupHeight(rows, index);
    const repeated = sum(row.repeat ?? []);
    const fitsHere = y + gap + group <= PAGE.bottom;
    const fitsAlone = group + repeated <= room;
    const rowFits = y + gap + row.height <= PAGE.bottom;
    if (!atTop && (fitsAlone ? !fitsHere : !rowFits)) {
      pages.push([]);
      y = PAGE.top;
      atTop = true;
      for (const header of row.repeat ?? []) place(header, 0);
    }
    place(row, atTop ? 0 : row.spaceBefore);
  });
  return pages;
}

/** Height of a row and of the rows it keeps, its own space above left out. */
function groupHeight(rows: readonly Row[], start: number): number {
  let end = start;
  for (let index = start; index <= end && index < rows.length; index += 1) {
    end = Math.max(end, index + (rows[index]?.keepWithNext ?? 0));
  }
  const group = rows.slice(start, end + 1);
  return sum(group) - (group[0]?.spaceBefore ?? 0);
}

/** Total height of rows with their spaces above. */
function sum(rows: readonly Row[]): number {
  return rows.reduce((total, row) => total + row.spaceBefore + row.height, 0);
}
