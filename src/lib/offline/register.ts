/**
 * Registers the service worker (built by @vite-pwa/astro, see pwa-config.mjs) and offers a new
 * version when one is waiting. It never reloads by itself: the banner's button does, on request.
 * Loaded by every page, guidance pages included, so it stays tiny: the banner's code is fetched
 * only when an update is found.
 */
import { href } from '../site/paths';

export interface UpdateWatch {
  /** The worker script, under the site's base path. */
  readonly url: string;
  /** The worker's scope: the site's base path. */
  readonly scope: string;
  /** Called once when a new version is installed and waits for the user's consent. */
  readonly onWaiting: (registration: ServiceWorkerRegistration) => void;
}

/**
 * Registers the worker and calls `onWaiting` once a new version waits behind an active one,
 * whether it was already waiting (installed during an earlier visit) or arrives now. The first
 * install has no active worker to replace: it is not an update.
 */
export async function registerServiceWorker(
  container: ServiceWorkerContainer,
  watch: UpdateWatch,
): Promise<ServiceWorkerRegistration> {
  const registration = await container.register(watch.url, { scope: watch.scope });
  let offered = false;
  const offerIfWaiting = (): void => {
    if (offered || !registration.waiting || !registration.active) return;
    offered = true;
    watch.onWaiting(registration);
  };
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offerIfWaiting();
    });
  });
  offerIfWaiting();
  return registration;
}

/** The page's entry point: registers after the page has loaded, so it never slows it down. */
export function startOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = (): void => {
    registerServiceWorker(navigator.serviceWorker, {
      url: href('/sw.js'),
      scope: href('/'),
      onWaiting: (registration) => {
        void import('./update-banner').then(({ showUpdateBanner }) =>
          showUpdateBanner(registration, navigator.serviceWorker),
        );
      },
    }).catch(() => {
      // Working offline is a bonus: the site works the same without a worker (private mode).
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
