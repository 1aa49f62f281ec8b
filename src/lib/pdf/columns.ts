/**
 * Widths of a table's columns within `total` millimetres, like a browser's automatic table
 * layout: each column at least as wide as its longest word, the rest shared in proportion to
 * how much each column's longest text would need on one line. Words are cut at ordinary spaces
 * only: « 1 250 € » holds no-break spaces and stays whole.
 * `measure(text, header)` gives a text's width, header cells (row 0) being set in bold.
 */
export function columnWidths(
  table: readonly (readonly string[])[],
  total: number,
  padding: number,
  measure: (text: string, header: boolean) => number,
): number[] {
  const columns = table[0]?.length ?? 0;
  const minimum: number[] = [];
  const natural: number[] = [];
  for (let column = 0; column < columns; column += 1) {
    const cells = table.map((row, index) => ({ text: row[column] ?? '', header: index === 0 }));
    const lines = cells.flatMap((cell) =>
      cell.text.split('\n').map((line) => measure(line, cell.header)),
    );
    const words = cells.flatMap((cell) =>
      cell.text.split(/[ \n]/).map((word) => measure(word, cell.header)),
    );
    natural.push(Math.max(0, ...lines) + padding);
    // A word longer than a third of the table is broken rather than squeezing the others.
    minimum.push(Math.min(Math.max(0, ...words), total / 3) + padding);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (sum(natural) <= total) {
    const scale = total / Math.max(sum(natural), 1e-9);
    return natural.map((width) => width * scale);
  }
  const floor = sum(minimum);
  if (floor >= total) return minimum.map((width) => (width * total) / floor);
  const extra = natural.map((width, index) => width - (minimum[index] ?? 0));
  const share = (total - floor) / Math.max(sum(extra), 1e-9);
  return minimum.map((width, index) => width + (extra[index] ?? 0) * share);
}
