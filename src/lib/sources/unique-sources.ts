import type { Source } from '../schemas/source';

/**
 * What identifies an official text in a citation: its kind and its number (« décret
 * n° 2015-475 »), or its kind and date when it has no number (« arrêté du 27 avril 2015 »).
 * Two citations of the same text may word the rest differently (title, articles, BO).
 */
export function citationKey(label: string): string {
  const text = label.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const match = /^(\p{L}+)(?: [\p{L}-]+)*? (?:n° ?([\d-]+)|du (\d{1,2}(?:er)? \p{L}+ \d{4}))/u.exec(
    text,
  );
  if (!match) return text;
  return `${match[1]} ${match[2] ?? match[3]}`;
}

/**
 * The sources with each text listed once, in order of first appearance; when a text is cited
 * twice, the longer (more precise) wording is kept in the place of the first.
 */
export function uniqueSources(sources: readonly Source[]): Source[] {
  // A Map keeps a key's first position when its value is replaced.
  const byKey = new Map<string, Source>();
  for (const source of sources) {
    const key = citationKey(source.label);
    const known = byKey.get(key);
    if (!known) byKey.set(key, source);
    else if (source.label.length > known.label.length) {
      byKey.set(key, { ...source, url: source.url ?? known.url });
    }
  }
  return [...byKey.values()];
}
