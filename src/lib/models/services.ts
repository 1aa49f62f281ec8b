import { LocalforageStore } from '../storage/localforage-store';
import { StoredUserModels } from './repository';
import { createModelChannel, type ModelChannel } from './channel';

let models: StoredUserModels | undefined;

/**
 * The page's user models, in the same IndexedDB store as the letters, created on first use
 * (never at build time: they need a browser).
 */
export function getUserModels(): StoredUserModels {
  models ??= new StoredUserModels(new LocalforageStore());
  return models;
}

let channel: ModelChannel | undefined;

/** The page's cross-tab channel about models, opened on first use (in the browser). */
export function getModelChannel(): ModelChannel {
  channel ??= createModelChannel();
  return channel;
}
