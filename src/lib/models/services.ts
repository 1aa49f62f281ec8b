import { LocalforageStore } from '../storage/localforage-store';
import { StoredUserModels } from './repository';
import { createModelChannel, type ModelChannel } from './channel';
import { createModelJournal, type ModelJournal } from './model-journal';
import { createLiveWriters, type LiveWriters } from '../storage/live-writers';

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

let leftovers: { journal: ModelJournal; writers: LiveWriters } | undefined;

/** The models' journal and the open pages, for « Mes modèles » to save what closed pages left. */
export function getModelJournal(): { journal: ModelJournal; writers: LiveWriters } {
  leftovers ??= { journal: createModelJournal(), writers: createLiveWriters() };
  return leftovers;
}
