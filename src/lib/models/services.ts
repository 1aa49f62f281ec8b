import { LocalforageStore } from '../storage/localforage-store';
import { StoredUserModels } from './repository';

let models: StoredUserModels | undefined;

/**
 * The page's user models, in the same IndexedDB store as the letters, created on first use
 * (never at build time: they need a browser).
 */
export function getUserModels(): StoredUserModels {
  models ??= new StoredUserModels(new LocalforageStore());
  return models;
}
