import { describe, expect, it } from 'vitest';
import { planImport, storedById, storedModelsById } from '../../../src/lib/backup/plan';
import { writeImport } from '../../../src/lib/backup/apply';
import { runImport } from '../../../src/lib/backup/run';
import { summarise } from '../../../src/lib/backup/summary';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import type { Backup } from '../../../src/lib/schemas/backup';
import type { UserModel } from '../../../src/lib/schemas/user-model';
import { idMaker, makeLetter } from '../../fixtures/make-letter';
import { zephyr } from '../models/fixture';
import { OneByOneStore, QuotaStore } from '../support/failing-store';

/** The model `id` with its mission renamed and at `revision`: a different version of it. */
const version = (id: string, mission: string, revision: number): UserModel => ({
  ...zephyr(id),
  revision,
  model: { ...zephyr(id).model, mission },
});

/**
 * Models here: `vieux` at revision 1 (the backup's is newer), `edite` at revision 5 (the
 * backup's is older), `pareil` (the same in the backup). The backup brings them, and `neuf`
 * (new), `referent-decrochage` (a ready model's slug), and one letter from each model.
 */
async function setup(store: KeyValueStore = new MemoryStore()) {
  const repo = new LetterRepository(store);
  for (const model of [version('vieux', 'Ici', 1), version('edite', 'Ici', 5), zephyr('pareil')])
    await repo.models.add(model);
  const models = [
    version('vieux', 'Sauvegarde', 3),
    version('edite', 'Sauvegarde', 2),
    zephyr('pareil'),
    zephyr('neuf'),
    zephyr('referent-decrochage'),
  ];
  const letters = models.map((model) => makeLetter(model.id, { typeId: model.id }));
  const backup: Backup = {
    format: 'lettres-de-mission',
    version: 1,
    exportedAt: '2026-11-22T15:00:00.000Z',
    letters,
    models,
  };
  const here = storedModelsById((await repo.models.list()).models, ['referent-decrochage']);
  const plan = planImport(storedById([], []), backup, 0, here);
  return { repo, plan };
}

const missions = async (repo: LetterRepository) =>
  (await repo.models.list()).models.map((m) => `${m.id}:${m.model.mission}:${m.revision}`).sort();
/** Each stored letter's id and the model it names. */
const typeIds = async (repo: LetterRepository) =>
  (await repo.list()).letters.map((letter) => `${letter.id}→${letter.typeId}`).sort();

describe('planning the models of an import', () => {
  it('sorts them like letters: new, newer here, older or taken, the same', async () => {
    const { plan } = await setup();
    const ids = (models: UserModel[] | undefined) => models?.map((model) => model.id);
    const { fresh, newer, older, same } = plan.models ?? {};
    expect([fresh, newer, older, same].map(ids)).toEqual([
      ['neuf'],
      ['vieux'],
      ['edite', 'referent-decrochage'],
      ['pareil'],
    ]);
  });

  it('the same model at another revision or date is the same', () => {
    const stored = storedModelsById([zephyr('a', 7)], []);
    const backup: Backup = { ...emptyBackup, models: [{ ...zephyr('a', 2), updatedAt: now }] };
    expect(planImport(new Map(), backup, 0, stored).models?.same).toHaveLength(1);
  });

  it('says what will happen to them before anything is written', async () => {
    const { plan, repo } = await setup();
    expect(summarise(plan, 'keep-both')).toContain(
      '1 modèle sera ajouté à «\u00a0Mes modèles\u00a0». 1 modèle existe ici dans une version plus ' +
        'ancienne que celle de la sauvegarde\u00a0: la version de la sauvegarde sera ajoutée en ' +
        'copie, le vôtre ne change pas. 2 modèles existent ici dans une version plus récente ou ' +
        'différente (ou illisible)\u00a0: ceux de la sauvegarde seront ajoutés en copie, sans rien ' +
        'remplacer. 1 modèle est déjà ici, identique\u00a0: il ne sera pas importé de nouveau. Les ' +
        'lettres de la sauvegarde faites sur un modèle ajouté en copie suivront la copie.',
    );
    expect(summarise(plan, 'replace')).toContain(
      'il sera remplacé par la version de la sauvegarde',
    );
    expect(await missions(repo)).toEqual([
      'edite:Ici:5',
      'pareil:Référent Zéphyr:0',
      'vieux:Ici:1',
    ]);
  });

  it('a backup of models only does not say it holds no letter', () => {
    const plan = planImport(new Map(), { ...emptyBackup, models: [zephyr('a')] });
    expect(summarise(plan)).toBe('1 modèle sera ajouté à «\u00a0Mes modèles\u00a0».');
  });
});

describe('writing the models of an import', () => {
  it('« Garder les deux »: copies get new ids, and the letters written from them follow', async () => {
    const { repo, plan } = await setup();
    const done = await writeImport(repo, plan, 'keep-both', { makeId: idMaker('copie') });
    expect(done).toMatchObject({
      ok: true,
      models: { added: 1, replaced: 0, copied: 3, skipped: 1 },
    });
    expect(await missions(repo)).toEqual([
      'copie-1:Sauvegarde:0',
      'copie-2:Référent Zéphyr:0',
      'copie-3:Sauvegarde:0',
      'edite:Ici:5',
      'neuf:Référent Zéphyr:0',
      'pareil:Référent Zéphyr:0',
      'vieux:Ici:1',
    ]);
    expect(await typeIds(repo)).toEqual([
      'edite-1→copie-1',
      'neuf-1→neuf',
      'pareil-1→pareil',
      'referent-decrochage-1→copie-2',
      'vieux-1→copie-3',
    ]);
  });

  it('« Remplacer »: the newer model replaces the one here, its letters keep its id', async () => {
    const { repo, plan } = await setup();
    const done = await writeImport(repo, plan, 'replace', { makeId: idMaker('copie') });
    expect(done).toMatchObject({ ok: true, models: { added: 1, replaced: 1, copied: 2 } });
    expect(await missions(repo)).toContain('vieux:Sauvegarde:3');
    expect(await typeIds(repo)).toContain('vieux-1→vieux');
  });

  it('« Remplacer » after another tab saved the model since the plan: kept as a copy', async () => {
    const { repo, plan } = await setup();
    await repo.models.save(version('vieux', 'Autre onglet', 1), 1);
    await repo.models.save(version('vieux', 'Autre onglet', 2), 2);
    await writeImport(repo, plan, 'replace', { makeId: idMaker('copie') });
    expect(await missions(repo)).toContain('vieux:Autre onglet:3');
    expect(await typeIds(repo)).toContain('vieux-1→copie-3');
  });

  it('the summary of a done import counts the models', async () => {
    const { repo, plan } = await setup();
    const channel = createLetterChannel(() => null);
    const report = await runImport({ repo, channel }, plan, 'keep-both', null);
    expect(report).toMatchObject({
      ok: true,
      notice:
        'Import terminé\u00a0: 5 lettres ajoutées\u202f; 1 modèle ajouté, 3 ajoutés en copie. ' +
        '1 modèle déjà présent, identique, n’a pas été importé de nouveau.',
    });
    expect(report.importedModels).toHaveLength(4);
  });
});

describe('an import of letters and models that fails', () => {
  it('storage full, one transaction: neither the letters nor the models are written', async () => {
    const store = new QuotaStore();
    store.full = false;
    const { repo, plan } = await setup(store);
    const before = await store.keys();
    store.full = true;
    const done = await writeImport(repo, plan, 'replace');
    expect(done).toMatchObject({ ok: false, written: [], writtenModels: [] });
    expect((await store.keys()).sort()).toEqual(before.sort());
    expect(await missions(repo)).toEqual([
      'edite:Ici:5',
      'pareil:Référent Zéphyr:0',
      'vieux:Ici:1',
    ]);
  });

  it.each([1, 3, 6, 9])(
    'one by one, full at record %i: everything rolled back, the old models as they were',
    async (at) => {
      const store = new OneByOneStore();
      const { repo, plan } = await setup(store);
      store.writes = 0;
      store.failAt = at;
      const channel = createLetterChannel(() => null);
      const report = await runImport({ repo, channel }, plan, 'replace', null);
      expect(report).toMatchObject({ ok: false, imported: [], importedModels: [] });
      expect(await missions(repo)).toEqual([
        'edite:Ici:5',
        'pareil:Référent Zéphyr:0',
        'vieux:Ici:1',
      ]);
      expect(await typeIds(repo)).toEqual([]);
    },
  );

  it('when the rollback fails too, the message names the models that are in', async () => {
    const store = new OneByOneStore();
    const { repo, plan } = await setup(store);
    store.writes = 0;
    store.failAt = 3;
    store.rollbackFails = true;
    const channel = createLetterChannel(() => null);
    const report = await runImport({ repo, channel }, plan, 'keep-both', null);
    expect(report.importedModels).toHaveLength(2);
    expect(report.ok || report.message).toContain(
      '0 lettre sur 5 et 2 modèles sur 4 ont été importés (ci-dessous)',
    );
  });
});

const now = '2026-12-01T10:00:00.000Z';
const emptyBackup: Backup = {
  format: 'lettres-de-mission',
  version: 1,
  exportedAt: now,
  letters: [],
};
