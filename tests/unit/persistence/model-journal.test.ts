import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ModelBuilder } from '../../../src/lib/builder/model-builder.svelte';
import { blankModel } from '../../../src/lib/builder/start';
import { setIdentity } from '../../../src/lib/builder/commands/identity';
import { keys } from '../../../src/lib/persistence/keys';
import { ModelListState } from '../../../src/lib/models/list-state.svelte';
import { createModelJournal } from '../../../src/lib/models/model-journal';
import { StoredUserModels } from '../../../src/lib/models/repository';
import type { SyncStorage } from '../../../src/lib/storage/journal';
import type { LiveWriters } from '../../../src/lib/storage/live-writers';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import { FullSyncStorage } from '../support/failing-sync-storage';

/** One browser: its IndexedDB store, its `localStorage`, and the pages still open in it. */
function browser(storage: SyncStorage = new MemorySyncStorage()) {
  const repo = new StoredUserModels(new MemoryStore(), () => new Date('2026-05-04T09:00:00Z'));
  const journal = createModelJournal(storage);
  const live = new Set<string>();
  const writersOf = (self: string): LiveWriters => ({
    self,
    isLive: async (id) => live.has(id),
  });
  const named: string[] = [];
  /** A « Créer un modèle » page writing as `writer`; its saves wait a minute (never, here). */
  const page = (writer: string) => {
    live.add(writer);
    return new ModelBuilder(repo, {
      delayMs: 60_000,
      makeId: () => 'model1',
      journal,
      writers: writersOf(writer),
      onFirstChange: (id) => named.push(id),
    });
  };
  /** The page of `writer` is gone (closed or crashed) before its write. */
  const close = (writer: string) => live.delete(writer);
  const list = () =>
    new ModelListState(repo, [], undefined, { journal, writers: writersOf('list-page') });
  return { repo, journal, page, close, list, named };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('« Créer un modèle » closed right after a keystroke', () => {
  it('names the new model in the address at once, and reopening it shows and saves it', async () => {
    const { repo, journal, page, close, named } = browser();
    const first = page('closed-page');
    first.begin(blankModel());
    first.apply(setIdentity('mission', 'Référent Zéphyr'));
    expect(named).toEqual(['model1']);
    expect(first.leaving.hasUnsavedChanges).toBe(false);
    expect(await repo.open('model1')).toEqual({ kind: 'missing' });
    close('closed-page');

    const next = page('next-page');
    await next.open('model1');
    expect(next.load.kind).toBe('ready');
    expect(next.model.mission).toBe('Référent Zéphyr');
    await settle();
    const stored = await repo.open('model1');
    expect(stored.kind === 'found' && stored.record.model.mission).toBe('Référent Zéphyr');
    expect(next.status).toMatchObject({ state: 'saved', revision: 1 });
    expect(next.hasUnsavedChanges).toBe(false);
    expect(journal.read(keys.model('model1'))).toBeNull();
  });

  it('replays the last edits of a stored model, but not those of a page still open', async () => {
    const { repo, page, close } = browser();
    const first = page('first-page');
    first.begin(blankModel());
    first.apply(setIdentity('mission', 'Version 1'));
    await first.flush();
    first.apply(setIdentity('mission', 'Version 2'));

    const meanwhile = page('other-page');
    await meanwhile.open('model1');
    expect(meanwhile.model.mission).toBe('Version 1');

    close('first-page');
    const next = page('next-page');
    await next.open('model1');
    expect(next.model.mission).toBe('Version 2');
    await settle();
    const stored = await repo.open('model1');
    expect(stored).toMatchObject({ kind: 'found', record: { revision: 2 } });
  });

  it('is listed in « Mes modèles » when the page closed before its first write', async () => {
    const { page, close, list } = browser();
    const first = page('closed-page');
    first.begin(blankModel());
    first.apply(setIdentity('mission', 'Référent fermé trop tôt'));
    close('closed-page');

    const models = list();
    await models.refresh();
    expect(models.models.map((model) => model.model.mission)).toEqual(['Référent fermé trop tôt']);
  });

  it('with a full journal, says so in French and writes each change at once', async () => {
    const { repo, page } = browser(new FullSyncStorage());
    const builder = page('this-page');
    builder.begin(blankModel());
    builder.apply(setIdentity('mission', 'Référent plein'));
    expect(builder.journalFailure?.message).toContain('Le modèle est donc enregistré');
    expect(builder.leaving.hasUnsavedChanges).toBe(true);
    await settle();
    const stored = await repo.open('model1');
    expect(stored.kind === 'found' && stored.record.model.mission).toBe('Référent plein');
    expect(builder.leaving.hasUnsavedChanges).toBe(false);
  });
});
