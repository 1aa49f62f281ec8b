import { LocalforageStore } from '../storage/localforage-store';
import type { StorageProbe } from '../storage/probe';
import { LetterRepository } from '../letters/repository';
import { createLetterChannel, type LetterChannel } from '../letters/channel';

/**
 * What every island of the site shares: the store's probe, one repository, one cross-tab
 * channel. Tests pass a memory-backed set.
 */
export interface Services {
  store: StorageProbe;
  repo: LetterRepository;
  channel: LetterChannel;
}

let services: Services | undefined;

/** The page's services, created on first use (never at build time: they need a browser). */
export function getServices(): Services {
  if (!services) {
    const store = new LocalforageStore();
    services = { store, repo: new LetterRepository(store), channel: createLetterChannel() };
  }
  return services;
}
