import { describe, expect, it } from 'vitest';
import {
  importedSentence,
  MODEL_FILE_MAX_BYTES,
  modelFileMessages,
  modelFileName,
  modelFileText,
  parseModelFile,
  planModelImport,
} from '../../../src/lib/models/share';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { zephyr } from './fixture';

/** A file as the browser gives it. */
const fileOf = (text: string, size = new TextEncoder().encode(text).length) => ({
  size,
  text: () => Promise.resolve(text),
});

const envelope = (model: unknown) =>
  JSON.stringify({ format: 'lettres-de-mission/modele', version: 1, model });

describe('exporting then importing a model', () => {
  it('gives the same model back', async () => {
    const model = zephyr();
    const text = modelFileText(model);
    expect(JSON.parse(text)).toMatchObject({ format: 'lettres-de-mission/modele', version: 1 });
    expect(await parseModelFile(fileOf(text))).toEqual({ ok: true, model, repairedIds: 0 });
  });

  it('names the file from the model’s title', () => {
    expect(modelFileName(zephyr())).toBe('modele-lettre-de-mission-de-referent-zephyr.json');
  });

  it('stores it under its own id in an empty browser', async () => {
    const parsed = await parseModelFile(fileOf(modelFileText(zephyr())));
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = planModelImport(parsed.model, [], new Set());
    expect(plan).toEqual({ kind: 'add', model: zephyr(), renamed: false });
    const repo = new StoredUserModels(new MemoryStore());
    if (plan.kind === 'add') await repo.add(plan.model);
    expect((await repo.list()).models).toEqual([zephyr()]);
  });
});

describe('an id already taken', () => {
  it('by a different model: the import gets a new id, and says so', () => {
    const mine = { ...zephyr(), model: { ...zephyr().model, mission: 'Référent Alizé' } };
    const plan = planModelImport(zephyr(), [mine], new Set(), () => 'fresh-id');
    expect(plan).toMatchObject({ kind: 'add', renamed: true, model: { id: 'fresh-id' } });
    expect(plan.model.model).toEqual(zephyr().model);
    expect(importedSentence(plan)).toMatch(/a reçu un nouveau/);
  });

  it('by a ready model’s slug: the import gets a new id', () => {
    const plan = planModelImport(zephyr('cordee'), [], new Set(['cordee']), () => 'fresh-id');
    expect(plan).toMatchObject({ kind: 'add', renamed: true, model: { id: 'fresh-id' } });
  });

  it('by the same model: nothing is added', () => {
    const stored = { ...zephyr(), revision: 4 };
    const plan = planModelImport(zephyr(), [stored], new Set());
    expect(plan).toEqual({ kind: 'same', model: stored });
    expect(importedSentence(plan)).toMatch(/déjà dans vos modèles/);
  });
});

describe('malformed and hostile files are refused with a readable message', () => {
  const refused = async (text: string, size?: number) => {
    const parsed = await parseModelFile(fileOf(text, size));
    if (parsed.ok) throw new Error('accepted');
    return parsed;
  };

  it('too big, announced or real', async () => {
    expect((await refused('{}', MODEL_FILE_MAX_BYTES + 1)).message).toBe(modelFileMessages.tooBig);
    expect((await refused(' '.repeat(MODEL_FILE_MAX_BYTES + 1), 10)).message).toBe(
      modelFileMessages.tooBig,
    );
  });

  it('not JSON, cut short, or not a model file', async () => {
    expect((await refused('<html>')).message).toBe(modelFileMessages.notJson);
    expect((await refused(modelFileText(zephyr()).slice(0, 200))).message).toBe(
      modelFileMessages.notJson,
    );
    expect((await refused('null')).message).toBe(modelFileMessages.notOurs);
    expect((await refused('{"format":"lettres-de-mission/sauvegarde"}')).message).toBe(
      modelFileMessages.notOurs,
    );
  });

  it('from a newer version of the site', async () => {
    const newer = JSON.stringify({ format: 'lettres-de-mission/modele', version: 2, model: {} });
    expect((await refused(newer)).message).toMatch(/version plus récente.*format 2/);
    expect((await refused(envelope({ ...zephyr(), schemaVersion: 3 }))).message).toMatch(
      /format 3/,
    );
  });

  it('a model with invalid parts names each field in words', async () => {
    const bad = zephyr();
    const model = {
      ...bad,
      model: { ...bad.model, title: '', fields: [{ ...bad.model.fields[0], label: 7 }] },
    };
    const { message, details } = await refused(envelope(model));
    expect(message).toBe(modelFileMessages.invalid);
    expect(details.join('\n')).toMatch(/fichier › le titre de la lettre\u00a0:/);
    // The label is the broken part: the field is named by its rank alone.
    expect(details.join('\n')).toMatch(/fichier › le libellé du champ 1\u00a0:/);
  });

  it('a blank citing no field is named', async () => {
    const bad = zephyr();
    const section = { id: 'x', title: 'X', blocks: [{ type: 'paragraph', text: '{inconnu}' }] };
    const { details } = await refused(
      envelope({ ...bad, model: { ...bad.model, sections: [section] } }),
    );
    expect(details.join('\n')).toMatch(/inconnu/);
  });

  it('unknown keys and __proto__ are refused, not stripped', async () => {
    const text = envelope(zephyr()).replace(
      '"schemaVersion"',
      '"__proto__":{"admin":true},"schemaVersion"',
    );
    const { details } = await refused(text);
    expect(details.join('\n')).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });

  it('an id that is not an id (a path, a script) is refused', async () => {
    const { details } = await refused(envelope({ ...zephyr(), id: '../letter:x' }));
    expect(details.join('\n')).toMatch(/l’identifiant du modèle/);
  });

  it('a file that cannot be read', async () => {
    const parsed = await parseModelFile({ size: 10, text: () => Promise.reject(new Error('io')) });
    expect(parsed).toMatchObject({ ok: false, message: modelFileMessages.unreadable });
  });
});
