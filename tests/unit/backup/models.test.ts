import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../src/lib/backup/format';
import { parseBackup, type BackupFile } from '../../../src/lib/backup/parse';
import { planImport, storedById, type ImportChoice } from '../../../src/lib/backup/plan';
import { runImport } from '../../../src/lib/backup/run';
import { knownModelIds, modelsHere, unknownModelLines } from '../../../src/lib/backup/models';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import type { Letter } from '../../../src/lib/schemas/letter';
import { idMaker, makeLetter } from '../../fixtures/make-letter';
import { zephyr } from '../models/fixture';

const now = new Date('2026-11-22T15:00:00.000Z');
const READY = ['referent-decrochage'];

const fileOf = (text: string): BackupFile => ({
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

/** A letter written from the user model `modelId`. */
const letterFrom = (prefix: string, modelId: string): Letter =>
  makeLetter(prefix, { typeId: modelId, title: `Lettre ${prefix}` });

/**
 * What the page does with a backup file in the browser over `store`: read, refuse letters of
 * unknown models, plan against what is there, write as `choice` says.
 */
async function importText(store: KeyValueStore, text: string, choice: ImportChoice = 'keep-both') {
  const parsed = await parseBackup(fileOf(text));
  if (!parsed.ok) return { parsed } as const;
  const repo = new LetterRepository(store);
  const here = await modelsHere(repo.models, READY);
  const unknown = unknownModelLines(parsed.backup, knownModelIds(here, parsed.backup));
  const stored = storedById((await repo.list()).letters, []);
  const plan = planImport(stored, parsed.backup, 0, here);
  const channel = createLetterChannel(() => null);
  const report = await runImport({ repo, channel }, plan, choice, null, {
    makeId: idMaker('copie'),
  });
  return { parsed, unknown, plan, report, repo } as const;
}

describe('user models in the backup file', () => {
  it('are written after the letters, and a backup without models has no `models` entry', () => {
    const text = serializeBackup([letterFrom('a', 'zephyr')], null, now, [zephyr('zephyr')]);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'version', 'exportedAt', 'letters', 'models']);
    expect(data['version']).toBe(1);
    expect(data['models']).toEqual([zephyr('zephyr')]);
    expect(Object.keys(JSON.parse(serializeBackup([], null, now)) as object)).not.toContain(
      'models',
    );
  });

  it('round trip into a fresh browser: the same models and letters, the letter names its model', async () => {
    const letter = letterFrom('a', 'zephyr');
    const text = serializeBackup([letter], null, now, [zephyr('zephyr'), zephyr('autre')]);
    const result = await importText(new MemoryStore(), text);
    expect(result.unknown).toEqual([]);
    expect(result.report).toMatchObject({
      ok: true,
      notice: 'Import terminé\u00a0: 1 lettre ajoutée\u202f; 2 modèles ajoutés.',
    });
    const { repo } = result;
    if (!repo) throw new Error('the backup was refused');
    const models = (await repo.models.list()).models.map((model) => model.id).sort();
    expect(models).toEqual(['autre', 'zephyr']);
    expect(await repo.models.open('zephyr')).toEqual({ kind: 'found', record: zephyr('zephyr') });
    expect(await repo.get(letter.id)).toEqual(letter);
  });

  it('a bad model refuses the file, naming the model’s title and the field; nothing is written', async () => {
    const store = new MemoryStore();
    const bad = zephyr('zephyr');
    const [field] = bad.model.fields;
    if (!field) throw new Error('the fixture has a field');
    const text = serializeBackup([letterFrom('a', 'zephyr')], null, now, [
      { ...bad, model: { ...bad.model, fields: [{ ...field, label: '' }] } },
    ]);
    const { parsed } = await importText(store, text);
    expect(parsed).toMatchObject({
      ok: false,
      message:
        'La sauvegarde contient des données invalides\u00a0: aucune lettre ni aucun modèle n’a été importé.',
    });
    expect(!parsed.ok && parsed.details[0]).toMatch(
      /^sauvegarde › modèle 1 \(«\u00a0Lettre de mission de référent Zéphyr\u00a0»\) › le libellé du champ 1\u00a0:/,
    );
    expect(await store.keys()).toEqual([]);
  });

  it('more models than a backup may hold are refused', async () => {
    const data = JSON.parse(serializeBackup([], null, now)) as Record<string, unknown>;
    data['models'] = Array.from({ length: 1001 }, () => ({}));
    const parsed = await parseBackup(fileOf(JSON.stringify(data)));
    expect(parsed).toMatchObject({ ok: false });
  });
});

describe('a letter of the backup written from a user model', () => {
  it('is refused when the model is neither here nor in the file, and named', async () => {
    const text = serializeBackup([letterFrom('a', 'disparu')], null, now);
    const { unknown } = await importText(new MemoryStore(), text);
    expect(unknown).toEqual([
      'sauvegarde › lettre 1 («\u00a0Lettre a\u00a0»)\u00a0: modèle «\u00a0disparu\u00a0» inconnu de ce site',
    ]);
  });

  it('is accepted when the model is already stored here', async () => {
    const store = new MemoryStore();
    await new LetterRepository(store).models.add(zephyr('zephyr'));
    const text = serializeBackup([letterFrom('a', 'zephyr')], null, now);
    expect((await importText(store, text)).unknown).toEqual([]);
  });
});
