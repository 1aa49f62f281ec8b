/**
 * Elements of WordprocessingML as nested as Word nests them: a table's rows are its own, not
 * those of a table in one of its cells (the signatures' stamp frame).
 */

/** The element `<tag>…</tag>` that opens at `start`, whole, its nested namesakes included. */
function balanced(xml: string, tag: string, start: number): string {
  const pattern = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>|</${tag}>`, 'g');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    if (match[0].startsWith('</')) depth -= 1;
    else if (match[1] !== '/') depth += 1;
    if (depth === 0) return xml.slice(start, match.index + match[0].length);
  }
  throw new Error(`<${tag}> at ${start} is not closed`);
}

/** The `tag` elements of `xml` not inside another of `tags` (those nested in them left out). */
export function outermost(xml: string, tag: string, tags: readonly string[] = [tag]): string[] {
  const found: string[] = [];
  const opening = new RegExp(`<(${tags.join('|')})(?=[\\s>/])[^>]*?/?>`, 'g');
  for (let match = opening.exec(xml); match; match = opening.exec(xml)) {
    const name = match[1] ?? tag;
    const whole = match[0].endsWith('/>') ? match[0] : balanced(xml, name, match.index);
    if (name === tag) found.push(whole);
    opening.lastIndex = match.index + whole.length;
  }
  return found;
}

/** The body's top-level tables and paragraphs, in order. */
export const bodyParts = (document: string) => {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  const parts: string[] = [];
  const opening = /<(w:tbl|w:p)(?=[\s>/])[^>]*?\/?>/g;
  for (let match = opening.exec(body); match; match = opening.exec(body)) {
    const whole = match[0].endsWith('/>') ? match[0] : balanced(body, match[1] ?? '', match.index);
    parts.push(whole);
    opening.lastIndex = match.index + whole.length;
  }
  return parts;
};

/** A table's own rows (not those of a table nested in a cell). */
export const rowsOf = (table: string) =>
  outermost(table.slice('<w:tbl>'.length), 'w:tr', ['w:tr', 'w:tbl']);

/** The paragraphs directly in a row's cells, or a part's own (a table nested in a cell left out). */
export const paragraphsIn = (xml: string) => outermost(xml, 'w:p', ['w:p', 'w:tbl']);

/** Whether a paragraph keeps with the next one (`w:keepNext` on, as docx writes it). */
export const keptWithNext = (paragraph: string) => /<w:keepNext\/>/.test(paragraph);
