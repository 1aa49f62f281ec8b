import { plural } from '../text/plural';

/** « « décrochage » »: the query as the messages quote it (no-break spaces inside). */
function quoted(query: string): string {
  return `«\u00a0${query.trim()}\u00a0»`;
}

/** What the live region announces once a search is done. */
export function resultsSentence(count: number, query: string): string {
  if (count === 0) return `Aucun résultat pour ${quoted(query)}`;
  return `${plural(count, 'résultat', 'résultats')} pour ${quoted(query)}`;
}
