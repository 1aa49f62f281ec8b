import { describe, expect, it } from 'vitest';
import { planImport, storedById } from '../../../src/lib/backup/plan';
import { runImport } from '../../../src/lib/backup/run';
import { unknownModelLines } from '../../../src/lib/backup/models';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import type { Backup } from '../../../src/lib/schemas/backup';
import type { Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';
import { OneByOneStore, QuotaStore } from '../support/failing-store';

const backupOf = (letters: Letter[]): Backup => ({
  format: 'lettres-de-mission',
  version: 1,
  exportedAt: '2026-11-22T15:00:00.000Z',
  letters,
});

/** A backup of `n` new letters named Nom 1…Nom n, and the store's letter `ici-1`. */
async function setup(store: KeyValueStore, n: number) {
  const repo = new LetterRepository(store);
  const here = makeLetter('ici', { title: 'Ici' });
  await repo.restore(here);
  const letters = Array.from({ length: n }, (_, i) =>
    makeLetter(`n${i + 1}`, { values: { prenom: 'Camille', nom: `Nom ${i + 1}` } }),
  );
  const announced: LetterMessage[] = [];
  const channel = createLetterChannel(() => null);
  channel.announce = (message) => void announced.push(message);
  const plan = planImport(storedById([here], []), backupOf(letters));
  return { repo, plan, announced, services: { repo, channel }, here };
}

const storedIds = async (repo: LetterRepository) =>
  (await repo.list()).letters.map((letter) => letter.id).sort();

describe('an import into storage that fills up', () => {
  it('with one transaction: nothing is written, and the message says so', async () => {
    const store = new QuotaStore();
    store.full = false;
    const { repo, plan, services, announced } = await setup(store, 10);
    store.full = true;
    const report = await runImport(services, plan, 'keep-both', null);
    expect(report).toMatchObject({ ok: false, imported: [] });
    expect(report.ok || report.message).toBe(
      'L’espace de stockage du navigateur est plein\u00a0: aucune lettre de la sauvegarde n’a ' +
        'été importée. Vos lettres enregistrées sont restées telles quelles\u202f; téléchargez ' +
        'une sauvegarde, puis libérez de l’espace.',
    );
    expect(await storedIds(repo)).toEqual(['ici-1']);
    expect(announced).toEqual([]);
  });

  it.each(Array.from({ length: 10 }, (_, i) => i + 1))(
    'one by one, full at record %i: rolled back, nothing imported',
    async (at) => {
      const store = new OneByOneStore();
      const { repo, plan, services } = await setup(store, 10);
      store.writes = 0;
      store.failAt = at;
      const report = await runImport(services, plan, 'keep-both', null);
      expect(report).toMatchObject({ ok: false, imported: [] });
      expect(report.ok || report.message).toMatch(/^L’espace de stockage du navigateur est plein/);
      expect(await storedIds(repo)).toEqual(['ici-1']);
    },
  );

  it('one by one, when the rollback fails too: the message names exactly what is in', async () => {
    const store = new OneByOneStore();
    const { repo, plan, services, announced } = await setup(store, 10);
    store.writes = 0;
    // Each letter is written with its summary: the 9th write is the 5th letter.
    store.failAt = 9;
    store.rollbackFails = true;
    const report = await runImport(services, plan, 'keep-both', null);
    const inStore = (await storedIds(repo)).filter((id) => id !== 'ici-1');
    expect(inStore).toHaveLength(4);
    expect(report.imported.map((letter) => letter.id).sort()).toEqual(inStore);
    expect(announced.map((m) => (m.kind === 'saved' ? m.id : '')).sort()).toEqual(inStore);
    expect(report.ok || report.message).toContain(
      '4 lettres sur 10 ont été importées (ci-dessous)\u202f; les autres ne l’ont pas été.',
    );
  });
});

describe('a backup with letters from an unknown model', () => {
  it('names each such letter by its place and title', () => {
    const letters = [makeLetter('a'), makeLetter('b', { typeId: 'inconnu', title: 'Vieille' })];
    expect(unknownModelLines(backupOf(letters), new Set(['referent-decrochage']))).toEqual([
      'sauvegarde › lettre 2 («\u00a0Vieille\u00a0»)\u00a0: modèle «\u00a0inconnu\u00a0» inconnu de ce site',
    ]);
  });
});

describe('a large backup', () => {
  it('imports 5 000 letters into the memory store, all of them, and says so', async () => {
    const { repo, plan, services } = await setup(new MemoryStore(), 5000);
    const start = performance.now();
    const report = await runImport(services, plan, 'keep-both', null);
    const elapsed = performance.now() - start;
    // A figure for the reader, not an assertion: the browser's is in `npm run bench`.
    console.info(`import of 5 000 letters into the memory store: ${elapsed.toFixed(0)} ms`);
    expect(report).toMatchObject({
      ok: true,
      notice: 'Import terminé\u00a0: 5\u202f000 lettres ajoutées.',
    });
    expect(await storedIds(repo)).toHaveLength(5001);
  });
});
