import { describe, expect, it } from 'vitest';
import { checkSpace } from '../../../src/lib/storage/space';

describe('checking room before a write', () => {
  it('refuses what the browser says cannot fit, with the figures', async () => {
    const estimate = async () => ({ usage: 900, quota: 1000 });
    expect(await checkSpace(101, estimate)).toEqual({ ok: false, needed: 101, free: 100 });
    expect(await checkSpace(100, estimate)).toEqual({ ok: true });
  });

  it.each([
    ['no API', async () => undefined],
    ['an estimate that fails', () => Promise.reject(new Error('nope'))],
    ['an estimate without figures', async () => ({})],
    ['a quota of zero', async () => ({ usage: 0, quota: 0 })],
  ])('goes ahead when it cannot tell (%s)', async (_, estimate) => {
    expect(await checkSpace(1e12, estimate)).toEqual({ ok: true });
  });

  it('goes ahead where navigator.storage is missing (Node)', async () => {
    expect(await checkSpace(1e12)).toEqual({ ok: true });
  });
});
