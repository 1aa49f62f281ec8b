import { describe, expect, it } from 'vitest';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { InvalidUserModelError, UserModelRevisionConflict } from '../../../src/lib/models/errors';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { QuotaStore, UnavailableStore } from '../support/failing-store';
import { zephyr } from './fixture';

const at = new Date('2026-11-23T08:30:00.000Z');
const repoOver = (store: MemoryStore) => new StoredUserModels(store, () => at);

describe('saving a user model with revisions', () => {
  it('writes revision 1 then 2 under model:<id>, stamped now', async () => {
    const store = new MemoryStore();
    const repo = repoOver(store);
    expect(await repo.open('zephyr-1')).toEqual({ kind: 'missing' });
    const first = await repo.save(zephyr(), 0);
    expect(first).toMatchObject({ revision: 1, updatedAt: at.toISOString() });
    expect(await store.get('model:zephyr-1')).toEqual(first);
    const renamed = { ...first, model: { ...first.model, mission: 'Référent Alizé' } };
    await repo.save(renamed, 1);
    expect(await repo.open('zephyr-1')).toMatchObject({
      kind: 'found',
      record: { revision: 2, model: { mission: 'Référent Alizé' } },
    });
  });

  it('refuses a save based on an older revision, writing nothing', async () => {
    const store = new MemoryStore();
    const repo = repoOver(store);
    const first = await repo.save(zephyr(), 0);
    await repo.save({ ...first, model: { ...first.model, mission: 'Autre onglet' } }, 1);
    const error = await repo.save(first, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserModelRevisionConflict);
    expect((error as UserModelRevisionConflict).theirs.model.mission).toBe('Autre onglet');
    expect(await store.get('model:zephyr-1')).toMatchObject({ revision: 2 });
  });

  it('refuses an invalid model, naming the field in French, writing nothing', async () => {
    const store = new MemoryStore();
    const bad = zephyr();
    bad.model.mission = '';
    const error = await repoOver(store)
      .save(bad, 0)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidUserModelError);
    expect((error as InvalidUserModelError).problems.join('\n')).toMatch(/le nom de la mission/);
    expect(await store.keys()).toEqual([]);
  });

  it('refuses a revision that would break the check', async () => {
    const store = new MemoryStore();
    for (const revision of [-1, 1.5, 1_000_000_000, Number.NaN])
      await expect(repoOver(store).save(zephyr(), revision)).rejects.toThrow();
    expect(await store.keys()).toEqual([]);
  });

  it('a full disk rejects the save and keeps the stored model', async () => {
    const store = new QuotaStore();
    store.full = false;
    const first = await repoOver(store).save(zephyr(), 0);
    store.full = true;
    const changed = { ...first, model: { ...first.model, mission: 'Perdu' } };
    await expect(repoOver(store).save(changed, 1)).rejects.toThrow(/quota/);
    expect(await repoOver(store).open('zephyr-1')).toMatchObject({
      record: { model: { mission: 'Référent Zéphyr' }, revision: 1 },
    });
  });

  it('an unavailable store rejects every call', async () => {
    const repo = repoOver(new UnavailableStore());
    await expect(repo.list()).rejects.toThrow();
    await expect(repo.save(zephyr(), 0)).rejects.toThrow();
  });
});

describe('unreadable models', () => {
  it('are listed as set aside, copied to quarantine, and never overwritten there', async () => {
    const store = new MemoryStore();
    await repoOver(store).save(zephyr('good'), 0);
    const broken = { ...zephyr('bad'), model: { title: 42 } };
    await store.set('model:bad', broken);
    const { models, setAside } = await repoOver(store).list();
    expect(models.map((model) => model.id)).toEqual(['good']);
    expect(setAside).toEqual(['model:bad']);
    expect(await store.get('quarantine:model:bad')).toEqual(broken);
    const [problem] = await repoOver(store).problems();
    expect(problem?.problems.join('\n')).toMatch(
      /^Un modèle sans titre lisible \(réf.\u00a0bad\) › le titre/,
    );
    // A save over the broken record keeps the first copy aside.
    await repoOver(store).save(zephyr('bad'), 0);
    expect(await store.get('quarantine:model:bad')).toEqual(broken);
    expect(await repoOver(store).open('bad')).toMatchObject({ kind: 'found' });
  });

  it('a model whose id does not match its key is set aside', async () => {
    const store = new MemoryStore();
    await store.set('model:other', zephyr('zephyr-1'));
    expect(await repoOver(store).open('other')).toMatchObject({
      kind: 'set-aside',
      problems: [expect.stringMatching(/ne correspond pas à la clé/)],
    });
  });

  it('a model from a newer version of the site asks for a reload', async () => {
    const store = new MemoryStore();
    await store.set('model:zephyr-1', { ...zephyr(), schemaVersion: 2 });
    const opened = await repoOver(store).open('zephyr-1');
    expect(opened).toMatchObject({ kind: 'set-aside' });
    expect(opened.kind === 'set-aside' && opened.problems[0]).toMatch(/version plus récente/);
  });
});

describe('adding and removing', () => {
  it('lists newest first', async () => {
    const store = new MemoryStore();
    await store.set('model:a', { ...zephyr('a'), updatedAt: '2026-01-01T00:00:00.000Z' });
    await store.set('model:b', { ...zephyr('b'), updatedAt: '2026-06-01T00:00:00.000Z' });
    expect((await repoOver(store).list()).models.map((model) => model.id)).toEqual(['b', 'a']);
  });

  it('add never replaces a stored model', async () => {
    const store = new MemoryStore();
    await repoOver(store).save(zephyr(), 0);
    const copy = { ...zephyr(), model: { ...zephyr().model, mission: 'Importé' } };
    await expect(repoOver(store).add(copy)).rejects.toBeInstanceOf(UserModelRevisionConflict);
    expect(await store.get('model:zephyr-1')).toMatchObject({
      model: { mission: 'Référent Zéphyr' },
    });
  });

  it('remove deletes the model and undo puts it back unless stored again meanwhile', async () => {
    const store = new MemoryStore();
    const saved = await repoOver(store).save(zephyr(), 0);
    await repoOver(store).remove('zephyr-1');
    expect(await repoOver(store).open('zephyr-1')).toEqual({ kind: 'missing' });
    await repoOver(store).undoRemove(saved);
    expect(await store.get('model:zephyr-1')).toEqual(saved);
    await repoOver(store).remove('zephyr-1');
    await repoOver(store).save(zephyr(), 0); // another tab
    await expect(repoOver(store).undoRemove(saved)).rejects.toBeInstanceOf(
      UserModelRevisionConflict,
    );
  });
});
