import { href } from '../site/paths';
import { searchUserModels } from './user-models';
import type { SearchHit } from './types';

/**
 * Searches the models saved in this browser. Storage (localforage, the schemas) is imported
 * only here, when a search runs, so the search page's first load carries none of it.
 * Rejects when storage cannot be read (the page says so and keeps the other results).
 */
export async function searchOwnModels(terms: readonly string[]): Promise<SearchHit[]> {
  if (terms.length === 0) return [];
  const { getUserModels } = await import('../models/services');
  const { models } = await getUserModels().list();
  return searchUserModels(models, terms, (id) =>
    href(`/mes-modeles/guide/?modele=${encodeURIComponent(id)}`),
  );
}
