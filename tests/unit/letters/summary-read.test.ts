import { describe, expect, it } from 'vitest';
import { keys } from '../../../src/lib/persistence/keys';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { summaryOf } from '../../../src/lib/letters/summary';
import { readCompleteSummaries } from '../../../src/lib/letters/summary-read';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';

const now = () => new Date('2026-12-01T10:00:00.000Z');
const marie = makeLetter('m', { values: { prenom: 'Marie', nom: 'Curie' } });
const paul = makeLetter('p', { values: { prenom: 'Paul', nom: 'Éluard' } });

/** A store holding both letters and their summaries, as the editor writes them. */
async function stored() {
  const store = new MemoryStore();
  const repo = new LetterRepository(store, now);
  await repo.restore(marie);
  await repo.restore(paul);
  return store;
}

describe('the summaries read for the first paint, without validation code', () => {
  it('are every letter’s summary when each letter has its own', async () => {
    const summaries = await readCompleteSummaries(await stored());
    expect(summaries?.map((summary) => summary.person).sort()).toEqual([
      'Marie Curie',
      'Paul Éluard',
    ]);
  });

  it('are none when a letter has no summary: the repairing read lists it', async () => {
    const store = await stored();
    await store.remove(keys.summary(paul.id));
    expect(await readCompleteSummaries(store)).toBeNull();
  });

  it('are none when a summary is unreadable', async () => {
    const store = await stored();
    await store.set(keys.summary(paul.id), { ...summaryOf(paul), revision: -1 });
    expect(await readCompleteSummaries(store)).toBeNull();
  });

  it('are none when a summary’s letter is gone, even if another letter lacks its own', async () => {
    const store = await stored();
    await store.remove(keys.letter(paul.id));
    expect(await readCompleteSummaries(store)).toBeNull();
    await store.set(keys.letter('x-1'), { ...marie, id: 'x-1' });
    expect(await readCompleteSummaries(store)).toBeNull();
  });

  it('are an empty list when there is no letter', async () => {
    expect(await readCompleteSummaries(new MemoryStore())).toEqual([]);
  });
});
