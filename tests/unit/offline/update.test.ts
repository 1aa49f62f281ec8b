// @vitest-environment jsdom
/**
 * The update offer with fake service worker objects: a new version is offered only when it
 * waits behind an active one, the banner is polite, and only its button reloads the page.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerServiceWorker } from '../../../src/lib/offline/register';
import {
  UPDATE_BUTTON,
  UPDATE_MESSAGE,
  showUpdateBanner,
} from '../../../src/lib/offline/update-banner';

class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  /** Moves to `state` and tells listeners, as a browser does. */
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
}

class FakeContainer extends EventTarget {
  readonly registered: Array<{ url: string; scope: string | undefined }> = [];
  constructor(readonly registration: FakeRegistration) {
    super();
  }
  register(url: string, options?: RegistrationOptions): Promise<FakeRegistration> {
    this.registered.push({ url, scope: options?.scope });
    return Promise.resolve(this.registration);
  }
}

const asContainer = (fake: FakeContainer): ServiceWorkerContainer =>
  fake as unknown as ServiceWorkerContainer;
const asRegistration = (fake: FakeRegistration): ServiceWorkerRegistration =>
  fake as unknown as ServiceWorkerRegistration;

async function watch(registration: FakeRegistration): Promise<{
  offers: unknown[];
  container: FakeContainer;
}> {
  const container = new FakeContainer(registration);
  const offers: unknown[] = [];
  await registerServiceWorker(asContainer(container), {
    url: '/sous-dossier/sw.js',
    scope: '/sous-dossier/',
    onWaiting: (waitingRegistration) => offers.push(waitingRegistration),
  });
  return { offers, container };
}

/** Simulates the browser finding a new worker and installing it. */
function install(registration: FakeRegistration): FakeWorker {
  const worker = new FakeWorker('installing');
  registration.installing = worker;
  registration.dispatchEvent(new Event('updatefound'));
  registration.installing = null;
  registration.waiting = worker;
  worker.become('installed');
  return worker;
}

describe('registerServiceWorker', () => {
  test('registers the worker under the base path, with the base path as scope', async () => {
    const { container } = await watch(new FakeRegistration());
    expect(container.registered).toEqual([{ url: '/sous-dossier/sw.js', scope: '/sous-dossier/' }]);
  });

  test('the first install is not an update: nothing is offered', async () => {
    const registration = new FakeRegistration();
    const { offers } = await watch(registration);
    install(registration);
    expect(offers).toEqual([]);
  });

  test('a new version found during the visit is offered once', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const { offers } = await watch(registration);
    expect(offers).toEqual([]);
    install(registration);
    install(registration);
    expect(offers).toEqual([registration]);
  });

  test('a version already waiting since an earlier visit is offered at once', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    const { offers } = await watch(registration);
    expect(offers).toEqual([registration]);
  });
});

describe('showUpdateBanner', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  function setUp(): {
    registration: FakeRegistration;
    container: FakeContainer;
    waiting: FakeWorker;
    reload: ReturnType<typeof vi.fn>;
  } {
    vi.useFakeTimers();
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const waiting = new FakeWorker('installed');
    registration.waiting = waiting;
    const container = new FakeContainer(registration);
    const reload = vi.fn();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    showUpdateBanner(asRegistration(registration), asContainer(container), document, reload);
    vi.runAllTimers();
    return { registration, container, waiting, reload };
  }

  test('announces the new version politely, without taking the focus or reloading', () => {
    const { reload, waiting } = setUp();
    const status = document.querySelector('.update-banner [role="status"]');
    expect(status?.textContent).toBe(UPDATE_MESSAGE);
    expect(document.activeElement?.tagName).toBe('INPUT');
    const button = document.querySelector<HTMLButtonElement>('.update-banner button');
    expect(button?.textContent).toBe(UPDATE_BUTTON);
    expect(button?.type).toBe('button');
    expect(reload).not.toHaveBeenCalled();
    expect(waiting.messages).toEqual([]);
  });

  test('« Mettre à jour » activates the waiting worker, then reloads once it controls', () => {
    const { reload, waiting, container } = setUp();
    document.querySelector<HTMLButtonElement>('.update-banner button')?.click();
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('when another tab has already activated it, the button just reloads', () => {
    const { reload, registration } = setUp();
    registration.waiting = null;
    document.querySelector<HTMLButtonElement>('.update-banner button')?.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('shown once, however many times a version is offered', () => {
    const { registration, container } = setUp();
    showUpdateBanner(asRegistration(registration), asContainer(container), document, vi.fn());
    expect(document.querySelectorAll('.update-banner')).toHaveLength(1);
  });
});
