import type { TextPart } from './fold';

/**
 * Pagefind's excerpt as text parts. Pagefind builds it from the indexed text with `<` and `>`
 * escaped (`&lt;`, `&gt;`; `&` is left as it is) and the matches wrapped in `<mark>…</mark>`.
 * The page never renders it as HTML: it shows these parts as text nodes and <mark> elements,
 * so no indexed text can become markup.
 */
export function excerptParts(excerpt: string): TextPart[] {
  const parts: TextPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = parts.at(-1);
      if (last && last.marked === marked)
        parts[parts.length - 1] = { text: last.text + text, marked };
      else parts.push({ text, marked });
    }
  }
  return parts;
}
