/**
 * The localforage library, loaded on first use: the pages' first load does not carry it (9 kB
 * gzip). One `import()` for the whole site, so that a page can start fetching it early
 * (`warmStorage`) and the store later finds it loaded.
 */
export function loadLocalforage() {
  return import('localforage');
}

/**
 * Starts loading the storage library while the page loads the rest of its tool, so that the
 * first read does not wait for one more download. Never rejects: the store retries the load
 * on its first use and reports a failure there (see `LocalforageStore`).
 */
export function warmStorage(): void {
  loadLocalforage().catch(() => undefined);
}
