import { LOADERS } from './slugs';

/** The model tag of a link made without a dictionary (a user's model). */
export const NO_DICTIONARY = '-';

/**
 * The frozen dictionary of the site model `modelId` as bytes, loaded on demand (each is a few
 * kB), or null when the site has none for it.
 */
export async function dictionaryFor(modelId: string): Promise<Uint8Array | null> {
  if (!Object.hasOwn(LOADERS, modelId)) return null;
  const loader = LOADERS[modelId];
  if (!loader) return null;
  const { default: text } = await loader();
  return new TextEncoder().encode(text);
}
