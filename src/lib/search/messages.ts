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

/**
 * The live region's message once a search is done: the count, then what could not be searched
 * (each a sentence). With nothing found and a part unsearchable, only the failures are said:
 * « Aucun résultat » would be untrue.
 */
export function searchStatus(count: number, query: string, failures: readonly string[]): string {
  if (failures.length === 0) return resultsSentence(count, query);
  if (count === 0) return failures.join(' ');
  return [`${resultsSentence(count, query)}.`, ...failures].join(' ');
}
