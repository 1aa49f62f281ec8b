import { describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../../src/lib/storage/persist';

describe('asking the browser to keep our data', () => {
  it('asks once, however often it is called', async () => {
    const persist = vi.fn(async () => true);
    const nav = { storage: { persist } };
    expect(await requestPersistence(nav)).toBe(true);
    expect(await requestPersistence(nav)).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when data is already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ storage: { persist, persisted: async () => true } })).toBe(
      true,
    );
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    expect(await requestPersistence({ storage: { persist: async () => false } })).toBe(false);
  });

  it('never throws: no navigator, no storage API, or a browser that rejects', async () => {
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({})).toBe(false);
    const rejecting = { storage: { persist: () => Promise.reject(new Error('not allowed')) } };
    expect(await requestPersistence(rejecting)).toBe(false);
    const throwing = {
      storage: {
        persist: () => {
          throw new Error('iframe');
        },
      },
    };
    expect(await requestPersistence(throwing)).toBe(false);
  });
});
