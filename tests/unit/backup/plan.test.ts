import { describe, expect, it } from 'vitest';
import { applyImport, planImport, summarise } from '../../../src/lib/backup/plan';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { Backup } from '../../../src/lib/schemas/backup';
import type { Letter } from '../../../src/lib/schemas/letter';
import { idMaker, makeLetter } from '../../fixtures/make-letter';

const backupOf = (letters: Letter[]): Backup => ({
  format: 'lettres-de-mission',
  version: 1,
  exportedAt: '2026-11-22T15:00:00.000Z',
  letters,
});

/** A repository holding letter `a-1` (edited here, revision 4) and the backup to import. */
async function setup() {
  const repo = new LetterRepository(new MemoryStore(), () => new Date('2026-11-23T08:00:00.000Z'));
  const here = await repo.restore(makeLetter('a', { title: 'Version ici', revision: 4 }));
  const backup = backupOf([
    makeLetter('a', { title: 'Version sauvegardée', revision: 2 }),
    makeLetter('b'),
    makeLetter('c'),
  ]);
  const plan = planImport(new Set([here.id]), backup);
  return { repo, here, plan };
}

describe('planning an import', () => {
  it('sorts fresh letters from those whose id is already used', async () => {
    const { plan } = await setup();
    expect(plan.fresh.map((l) => l.id)).toEqual(['b-1', 'c-1']);
    expect(plan.clashes.map((l) => l.id)).toEqual(['a-1']);
  });

  it.each([
    [0, 0, 'La sauvegarde ne contient aucune lettre.'],
    [1, 0, '1 lettre sera ajoutée.'],
    [3, 1, '3 lettres seront ajoutées\u202f; 1 porte le même identifiant qu’une lettre existante.'],
    [
      2,
      2,
      '2 lettres seront ajoutées\u202f; 2 portent le même identifiant que des lettres existantes.',
    ],
    [0, 1, '1 lettre porte le même identifiant qu’une lettre existante.'],
    [1200, 0, '1\u202f200 lettres seront ajoutées.'],
  ])('%i fresh and %i clashing: « %s »', (fresh, clashes, sentence) => {
    const one = makeLetter('l');
    const many = (n: number) => Array.from({ length: n }, () => one);
    expect(summarise({ fresh: many(fresh), clashes: many(clashes) })).toBe(sentence);
  });
});

describe('importing with « garder les deux »', () => {
  it('adds clashing letters under a new id, replacing nothing', async () => {
    const { repo, here, plan } = await setup();
    const result = await applyImport(repo, plan, 'keep-both', idMaker('copie'));
    expect(result).toMatchObject({ added: 3, replaced: 0 });
    expect(await repo.get('a-1')).toEqual(here);
    expect(await repo.get('copie-1')).toMatchObject({ title: 'Version sauvegardée', revision: 0 });
    expect((await repo.list()).letters).toHaveLength(4);
  });
});

describe('importing with « remplacer »', () => {
  it('replaces the letter here, above its revision so an open tab gets a conflict', async () => {
    const { repo, plan } = await setup();
    const result = await applyImport(repo, plan, 'replace');
    expect(result).toMatchObject({ added: 2, replaced: 1 });
    expect(result.written.map((l) => l.id).sort()).toEqual(['a-1', 'b-1', 'c-1']);
    expect(await repo.get('a-1')).toMatchObject({ title: 'Version sauvegardée', revision: 5 });
    expect((await repo.list()).letters).toHaveLength(3);
  });
});
