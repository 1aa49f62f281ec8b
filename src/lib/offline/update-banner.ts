/**
 * The banner offering a new version of the site. Polite: announced by a status region, it never
 * takes the focus, and nothing happens until the user presses « Mettre à jour ». Letters lose
 * nothing on reload (the editor journals every keystroke), but the user picks the moment.
 */

export const UPDATE_MESSAGE = 'Une nouvelle version du site est disponible.';
export const UPDATE_BUTTON = 'Mettre à jour';

/** Message understood by the Workbox worker generated with `registerType: 'prompt'`. */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** Shows the banner once; its button activates the waiting worker, then reloads the page. */
export function showUpdateBanner(
  registration: ServiceWorkerRegistration,
  container: ServiceWorkerContainer,
  doc: Document = document,
  reload: () => void = () => window.location.reload(),
): HTMLElement {
  const existing = doc.querySelector<HTMLElement>('.update-banner');
  if (existing) return existing;

  const banner = doc.createElement('div');
  banner.className = 'update-banner';
  const status = doc.createElement('p');
  status.setAttribute('role', 'status');
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = UPDATE_BUTTON;
  button.addEventListener('click', () => {
    button.disabled = true;
    activateAndReload(registration, container, reload);
  });
  banner.append(status, button);
  doc.body.append(banner);
  // Filled after insertion, so screen readers announce the change of an existing live region.
  setTimeout(() => {
    status.textContent = UPDATE_MESSAGE;
  }, 50);
  return banner;
}

function activateAndReload(
  registration: ServiceWorkerRegistration,
  container: ServiceWorkerContainer,
  reload: () => void,
): void {
  const waiting = registration.waiting;
  if (!waiting) {
    // Another tab has already activated it: only this page is still the old version.
    reload();
    return;
  }
  container.addEventListener('controllerchange', () => reload(), { once: true });
  waiting.postMessage(SKIP_WAITING);
}
