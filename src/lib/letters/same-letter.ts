import type { Letter } from '../schemas/letter';

/** The value with every object's keys sorted, so two equal records stringify the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

/**
 * Whether two versions of a letter hold the same thing, whatever their revision and save time:
 * a journalled change already written, or a « conflict » with a version that is this page's own
 * write (the page closed as the write ended). Keys are compared in any order.
 */
export function sameLetter(a: Letter, b: Letter): boolean {
  const plain = ({ revision: _revision, updatedAt: _updatedAt, ...rest }: Letter) => rest;
  return JSON.stringify(canonical(plain(a))) === JSON.stringify(canonical(plain(b)));
}
