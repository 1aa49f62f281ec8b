import { LocalforageStore } from '../storage/localforage-store';
import { readCompleteSummaries } from '../letters/summary-read';
import type { DeferredListServices, ListServices } from './list-services';

/**
 * « Mes lettres »' own services: its first cards come from the summaries, read through a store
 * of their own; the page's shared services (repository, validation, channel, journal) are
 * imported once, when first needed, and are not part of the page's first load.
 */
export function listPageServices(): DeferredListServices {
  const store = new LocalforageStore();
  let loading: Promise<ListServices> | undefined;
  return {
    timeoutMs: store.timeoutMs,
    quickSummaries: () => readCompleteSummaries(store),
    load: () =>
      (loading ??= import('../services/services').then(
        ({ getServices }) => getServices(),
        (error: unknown) => {
          loading = undefined; // a chunk that failed to load (network cut) is fetched again later
          throw error;
        },
      )),
  };
}
