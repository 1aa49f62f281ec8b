// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { probeStore } from '../../../src/lib/storage/probe';
import { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { SchoolEditor } from '../../../src/lib/school-form/school-state.svelte';
import { LetterListState } from '../../../src/lib/list/list-state.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { setValue } from '../../../src/lib/letters/commands/values';
import { fixtureType } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';
import { HangingStore } from '../support/failing-store';

// Short, so the tests do not wait the real 5 s; the code paths are the same.
const timeoutMs = 20;
const saysNoAnswer = 'Le stockage du navigateur ne répond pas';

/** Services over a store that never answers; `probe: 'real'` probes it, else the probe passes. */
function hangingServices(probe: 'real' | 'ok' = 'real') {
  const store = new HangingStore();
  return {
    hanging: store,
    services: {
      store: {
        probe: () =>
          probe === 'real' ? probeStore(store, timeoutMs) : Promise.resolve({ ok: true } as const),
        timeoutMs,
      },
      repo: new LetterRepository(store),
      channel: createLetterChannel(new ChannelBus().factory),
    },
  };
}

let stops: (() => unknown)[] = [];
afterEach(() => {
  for (const stop of stops) void stop();
  stops = [];
});

describe('a probe on storage that never answers', () => {
  it('gives up after the timeout with a French message', async () => {
    const store = new HangingStore();
    const result = await probeStore(store, timeoutMs);
    expect(store.calls).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.ok || result.failure.kind).toBe('timeout');
    expect(result.ok || result.failure.message).toContain(saysNoAnswer);
    expect(result.ok || result.failure.message).toContain('téléchargez une sauvegarde');
  });
});

describe('the letter editor when storage hangs', () => {
  it('opens a new letter in memory and says storage does not answer', async () => {
    const { services } = hangingServices();
    const editor = new LetterEditor('referent-decrochage', fixtureType, services);
    // Not awaited: the pending write hangs as every other storage call does.
    stops.push(() => editor.stop());
    await editor.start(null);
    expect(editor.load).toEqual({ kind: 'ready' });
    expect(editor.storageFailure?.message).toContain(saysNoAnswer);
    editor.apply(setValue('nom', 'Curie'));
    expect(editor.snapshot().values['nom']).toBe('Curie');
  });

  it('says so too when the probe passed but the first reads hang', async () => {
    const { services } = hangingServices('ok');
    const editor = new LetterEditor('referent-decrochage', fixtureType, services);
    stops.push(() => editor.stop());
    await editor.start(null);
    expect(editor.load).toEqual({ kind: 'ready' });
    expect(editor.storageFailure?.kind).toBe('timeout');
  });

  it('does not wait for good on a letter it cannot read', async () => {
    const { services } = hangingServices('ok');
    const editor = new LetterEditor('referent-decrochage', fixtureType, services);
    stops.push(() => editor.stop());
    await editor.start('lettre-1');
    expect(editor.load).toEqual({ kind: 'missing', id: 'lettre-1' });
    expect(editor.storageFailure?.kind).toBe('timeout');
  });
});

describe('« Mon établissement » when storage hangs', () => {
  it.each(['real', 'ok'] as const)('leaves loading with the message (probe %s)', async (probe) => {
    const { services } = hangingServices(probe);
    const editor = new SchoolEditor(services, { saveOnLeave: false });
    stops.push(() => editor.stop());
    await editor.start();
    expect(editor.status.state).not.toBe('loading');
    expect(editor.storageFailure?.message).toContain(saysNoAnswer);
    editor.change('etablissement', 'Collège Jean Moulin');
    expect(editor.snapshot().etablissement).toBe('Collège Jean Moulin');
  });
});

describe('« Mes lettres » when storage hangs', () => {
  it('stops loading and says storage does not answer', async () => {
    const { services } = hangingServices();
    const list = new LetterListState([], services);
    stops.push(() => list.stop());
    await list.start();
    expect(list.load).toBe('unreadable');
    expect(list.failure?.message).toContain(saysNoAnswer);
  });
});
