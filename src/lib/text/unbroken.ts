/**
 * Characters beyond which a word without a space cannot keep its whole width in a column of the
 * IMP table: about a third of the table's width at 9 pt, where the PDF breaks such a word
 * (`columnWidths`). Printing follows: such a cell may wrap anywhere.
 */
export const UNBROKEN_CELL_LIMIT = 40;

/** Whether `text` holds a run of more than `limit` characters with no space to break at. */
export function hasUnbrokenRun(text: string, limit: number = UNBROKEN_CELL_LIMIT): boolean {
  let run = 0;
  for (const char of text) {
    run = char === ' ' || char === '\n' ? 0 : run + 1;
    if (run > limit) return true;
  }
  return false;
}
