import { afterEach, describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../src/lib/builder/model-builder.svelte';
import { blankModel } from '../../../src/lib/builder/start';
import { oneFieldModel } from './one-field-model';
import { setIdentity } from '../../../src/lib/builder/commands/identity';
import { editField, insertField, removeField } from '../../../src/lib/builder/commands/fields';
import { MemoryModels } from '../support/memory-models';
import { must } from './must';

let builders: ModelBuilder[] = [];
afterEach(async () => {
  await Promise.all(builders.map((builder) => builder.stop()));
  builders = [];
});

function newBuilder(repo = new MemoryModels(), firstSaves: string[] = []) {
  let n = 0;
  const builder = new ModelBuilder(repo, {
    delayMs: 0,
    makeId: () => `model${++n}`,
    now: () => new Date('2026-05-04T09:00:00.000Z'),
    onFirstChange: (id) => firstSaves.push(id),
  });
  builders.push(builder);
  return { builder, repo, firstSaves };
}

describe('ModelBuilder', () => {
  it('says the model is stored once written or opened, so a letter can be written from it', async () => {
    const { builder, repo } = newBuilder();
    builder.begin(blankModel());
    await builder.flush();
    expect(builder.stored).toBe(false);
    builder.apply(setIdentity('mission', 'Référent Zéphyr'));
    expect(builder.stored).toBe(false);
    await builder.flush();
    expect(builder.stored).toBe(true);

    const { builder: again } = newBuilder(repo);
    expect(again.stored).toBe(false);
    await again.open('model1');
    expect(again.stored).toBe(true);
    again.begin(blankModel());
    expect(again.stored).toBe(false);
  });

  it('writes a new model only once it changes, then saves each change as a new revision', async () => {
    const { builder, repo, firstSaves } = newBuilder();
    builder.begin(blankModel());
    await builder.flush();
    expect(repo.writes).toBe(0);
    expect(builder.status.state).toBe('idle');

    builder.apply(setIdentity('mission', 'Référent Zéphyr'));
    await builder.flush();
    expect(repo.records.get('model1')?.model.mission).toBe('Référent Zéphyr');
    expect(repo.records.get('model1')?.revision).toBe(1);
    expect(builder.status).toMatchObject({ state: 'saved', revision: 1 });
    expect(firstSaves).toEqual(['model1']);

    builder.apply(setIdentity('title', 'Lettre de mission du référent Zéphyr'));
    await builder.flush();
    expect(repo.records.get('model1')?.revision).toBe(2);
    expect(firstSaves).toEqual(['model1']);
  });

  it('shows what is wrong in French, naming the field, and keeps the last valid version stored', async () => {
    const { builder, repo } = newBuilder();
    builder.begin(blankModel());
    builder.apply(setIdentity('mission', 'Référent Zéphyr'));
    await builder.flush();
    builder.apply(editField(0, { label: '' }));
    builder.apply(setIdentity('title', ''));
    expect(builder.model.title).toBe('');
    expect(builder.issues).toEqual(
      expect.arrayContaining([
        { where: 'le titre de la lettre', message: 'texte vide' },
        expect.objectContaining({ where: 'le libellé du champ 1' }),
      ]),
    );
    await builder.flush();
    expect(repo.records.get('model1')?.model.title).toBe('Lettre de mission');
    builder.apply(setIdentity('title', 'Lettre Zéphyr'));
    builder.apply(editField(0, { label: 'Nom' }));
    expect(builder.issues).toEqual([]);
    await builder.flush();
    expect(repo.records.get('model1')?.model.title).toBe('Lettre Zéphyr');
  });

  it('names an unknown blank cited by a mission', () => {
    const { builder } = newBuilder();
    builder.begin(oneFieldModel());
    builder.apply(removeField(0));
    expect(builder.issues).toContainEqual({
      where: 'la mission 1 de la section 1',
      message: 'le texte cite le champ « {nom} », qui n’existe pas dans « fields »',
    });
  });

  it('puts a removed field back at its place with « Annuler », and saves that', async () => {
    const { builder, repo } = newBuilder();
    builder.begin(oneFieldModel());
    builder.apply(
      insertField({ id: 'discipline', label: 'Discipline', type: 'text', required: false }),
    );
    const field = must(builder.model.fields[0]);
    builder.remove({
      change: removeField(0),
      undo: insertField(field, 0),
      message: 'Champ « Nom de la personne » supprimé',
      focusAfterUndo: 'field-0-label',
    });
    expect(builder.model.fields.map((f) => f.id)).toEqual(['discipline']);
    expect(builder.removal?.message).toBe('Champ « Nom de la personne » supprimé');
    expect(builder.undo()?.focusAfterUndo).toBe('field-0-label');
    expect(builder.removal).toBeNull();
    expect(builder.model.fields.map((f) => f.id)).toEqual(['nom', 'discipline']);
    await builder.flush();
    expect(repo.records.get('model1')?.model.fields.map((f) => f.id)).toEqual([
      'nom',
      'discipline',
    ]);
    expect(builder.undo()).toBeNull();
  });

  it('opens a stored model, and says when it is missing or set aside', async () => {
    const { builder: first, repo } = newBuilder();
    first.begin(blankModel());
    first.apply(setIdentity('mission', 'Référent Zéphyr'));
    await first.flush();
    const { builder } = newBuilder(repo);
    await builder.open('model1');
    expect(builder.load).toEqual({ kind: 'ready' });
    expect(builder.model.mission).toBe('Référent Zéphyr');
    expect(builder.status).toMatchObject({ state: 'saved', revision: 1 });
    await builder.open('nope');
    expect(builder.load).toEqual({ kind: 'missing', id: 'nope' });
    repo.setAside.set('bad', ['le titre de la lettre : texte vide']);
    await builder.open('bad');
    expect(builder.load).toEqual({
      kind: 'set-aside',
      id: 'bad',
      problems: ['le titre de la lettre : texte vide'],
    });
  });

  it('stops on a conflict with another tab: keep mine writes over, take theirs shows theirs', async () => {
    const repo = new MemoryModels();
    const { builder: mine } = newBuilder(repo);
    mine.begin(blankModel());
    mine.apply(setIdentity('mission', 'Mine'));
    await mine.flush();
    const { builder: theirs } = newBuilder(repo);
    await theirs.open('model1');
    theirs.apply(setIdentity('mission', 'Theirs'));
    await theirs.flush();

    mine.apply(setIdentity('mission', 'Mine again'));
    await mine.flush();
    expect(mine.status).toMatchObject({ state: 'conflict' });
    expect(repo.records.get('model1')?.model.mission).toBe('Theirs');
    mine.apply(setIdentity('summary', 'Toujours là.'));
    await mine.flush();
    expect(repo.records.get('model1')?.model.mission).toBe('Theirs');

    await mine.keepMine();
    expect(repo.records.get('model1')?.model).toMatchObject({
      mission: 'Mine again',
      summary: 'Toujours là.',
    });
    expect(repo.records.get('model1')?.revision).toBe(3);

    theirs.apply(setIdentity('mission', 'Theirs again'));
    await theirs.flush();
    expect(theirs.status.state).toBe('conflict');
    theirs.takeTheirs();
    expect(theirs.model.mission).toBe('Mine again');
    expect(theirs.status).toMatchObject({ state: 'saved', revision: 3 });
    theirs.apply(setIdentity('mission', 'Agreed'));
    await theirs.flush();
    expect(repo.records.get('model1')).toMatchObject({ revision: 4, model: { mission: 'Agreed' } });
  });

  it('keeps the edits after a failed write and writes them on retry', async () => {
    const { builder, repo } = newBuilder();
    builder.begin(blankModel());
    repo.failNext = true;
    builder.apply(setIdentity('mission', 'Référent Zéphyr'));
    await builder.flush();
    expect(builder.status.state).toBe('error');
    expect(repo.records.size).toBe(0);
    await builder.retry();
    expect(repo.records.get('model1')?.model.mission).toBe('Référent Zéphyr');
    expect(builder.status.state).toBe('saved');
  });
});
