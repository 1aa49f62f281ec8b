import { describe, expect, it } from 'vitest';
import { planImport, storedById, type ImportPlan } from '../../../src/lib/backup/plan';
import { writeImport } from '../../../src/lib/backup/apply';
import { summarise } from '../../../src/lib/backup/summary';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import type { Backup } from '../../../src/lib/schemas/backup';
import type { Letter } from '../../../src/lib/schemas/letter';
import { idMaker, makeLetter } from '../../fixtures/make-letter';

const backupOf = (letters: Letter[]): Backup => ({
  format: 'lettres-de-mission',
  version: 1,
  exportedAt: '2026-11-22T15:00:00.000Z',
  letters,
});

const now = () => new Date('2026-11-23T08:00:00.000Z');

/**
 * Letters here: `a-1` at revision 4, `b-1` at revision 2, `c-1` (identical in the backup).
 * The backup: `a-1` at revision 2 (older), `b-1` at revision 5 (newer), `c-1`, and `d-1` (new).
 */
async function setup(store: KeyValueStore = new MemoryStore()) {
  const repo = new LetterRepository(store, now);
  const a = makeLetter('a', { title: 'A ici', revision: 4 });
  const b = makeLetter('b', { title: 'B ici', revision: 2 });
  const c = makeLetter('c', { title: 'C', revision: 1 });
  await repo.restoreAll([a, b, c]);
  const backup = backupOf([
    makeLetter('a', { title: 'A sauvegardée', revision: 2 }),
    makeLetter('b', { title: 'B sauvegardée', revision: 5 }),
    c,
    makeLetter('d', { title: 'D' }),
  ]);
  const plan = planImport(storedById([a, b, c], []), backup);
  return { repo, plan, here: { a, b, c } };
}

const ids = (letters: Letter[]) => letters.map((letter) => letter.id);
const titles = async (repo: LetterRepository) =>
  (await repo.list()).letters.map((letter) => `${letter.id}:${letter.title}`).sort();

describe('planning an import', () => {
  it('sorts letters by what is stored under their id', async () => {
    const { plan } = await setup();
    expect([plan.fresh, plan.newer, plan.older, plan.same].map(ids)).toEqual([
      ['d-1'],
      ['b-1'],
      ['a-1'],
      ['c-1'],
    ]);
  });

  it('never treats a letter over an unreadable record as fresh', () => {
    const plan = planImport(storedById([], ['x-1']), backupOf([makeLetter('x')]));
    expect(ids(plan.older)).toEqual(['x-1']);
  });

  it('says what happens to each group, as chosen', async () => {
    const { plan } = await setup();
    expect(summarise(plan, 'keep-both')).toBe(
      '1 lettre sera ajoutée. 1 lettre existe ici dans une version plus ancienne que celle de ' +
        'la sauvegarde\u00a0: la version de la sauvegarde sera ajoutée en copie, la vôtre ne ' +
        'change pas. 1 lettre existe ici dans une version plus récente ou différente (ou ' +
        'illisible)\u00a0: celle de la sauvegarde sera ajoutée en copie, sans rien remplacer. ' +
        '1 lettre est déjà ici, identique\u00a0: elle ne sera pas importée de nouveau.',
    );
    expect(summarise(plan, 'replace')).toContain(
      'plus ancienne que celle de la sauvegarde\u00a0: elle sera remplacée par la version de la sauvegarde.',
    );
  });

  it.each([
    [0, 'La sauvegarde ne contient aucune lettre.'],
    [1, '1 lettre sera ajoutée.'],
    [1200, '1\u202f200 lettres seront ajoutées.'],
  ])('%i fresh letters: « %s »', (count, sentence) => {
    const one = makeLetter('l');
    const plan: ImportPlan = { fresh: Array(count).fill(one), newer: [], older: [], same: [] };
    expect(summarise(plan)).toBe(sentence);
  });
});

describe('writing an import', () => {
  it('« garder les deux »: copies under new ids, replacing nothing', async () => {
    const { repo, plan } = await setup();
    const done = await writeImport(repo, plan, 'keep-both', { makeId: idMaker('copie') });
    expect(done).toMatchObject({ ok: true, added: 1, replaced: 0, copied: 2, skipped: 1 });
    expect(await titles(repo)).toEqual([
      'a-1:A ici',
      'b-1:B ici',
      'c-1:C',
      'copie-1:A sauvegardée',
      'copie-2:B sauvegardée',
      'd-1:D',
    ]);
    expect(await repo.get('copie-1')).toMatchObject({ revision: 0 });
  });

  it('« remplacer »: replaces only a letter older here, keeping the backup’s revision', async () => {
    const { repo, plan } = await setup();
    const done = await writeImport(repo, plan, 'replace', { makeId: idMaker('copie') });
    expect(done).toMatchObject({ ok: true, added: 1, replaced: 1, copied: 1, skipped: 1 });
    expect(await repo.get('b-1')).toMatchObject({ title: 'B sauvegardée', revision: 5 });
    expect(await repo.get('a-1')).toMatchObject({ title: 'A ici', revision: 4 });
    expect(await repo.get('copie-1')).toMatchObject({ title: 'A sauvegardée' });
  });

  it('« remplacer » checks again: a letter saved here since the plan is not replaced', async () => {
    const { repo, plan, here } = await setup();
    await repo.save({ ...here.b, title: 'B modifiée depuis' }, 2); // revision 3
    await repo.save({ ...here.b, title: 'B modifiée encore' }, 3); // revision 4
    await repo.save({ ...here.b, title: 'B modifiée enfin' }, 4); // revision 5
    const done = await writeImport(repo, plan, 'replace', { makeId: idMaker('copie') });
    expect(done).toMatchObject({ ok: true, replaced: 0, copied: 2 });
    expect(await repo.get('b-1')).toMatchObject({ title: 'B modifiée enfin' });
  });

  it('refuses before writing when the browser says there is not room, with the figures', async () => {
    const { repo, plan } = await setup();
    const before = await titles(repo);
    const estimate = async () => ({ usage: 999_000, quota: 1_000_000 });
    const outcome = await writeImport(repo, plan, 'keep-both', { estimate });
    expect(outcome).toMatchObject({ ok: false, reason: 'space', free: 1000, written: [] });
    expect(outcome.ok || (outcome.reason === 'space' && outcome.needed)).toBeGreaterThan(1000);
    expect(await titles(repo)).toEqual(before);
  });
});
