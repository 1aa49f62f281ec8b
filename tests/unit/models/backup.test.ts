import { describe, expect, it } from 'vitest';
import { modelsForBackup, readBackupModels } from '../../../src/lib/models/backup';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { zephyr } from './fixture';

describe('user models in a backup', () => {
  it('every readable model goes in, and reads back the same', async () => {
    const here = new StoredUserModels(new MemoryStore());
    await here.add(zephyr('a'));
    await here.add(zephyr('b'));
    const written = JSON.parse(JSON.stringify(await modelsForBackup(here))) as unknown[];
    const read = readBackupModels(written);
    expect(read.ok && read.models.map((model) => model.id).sort()).toEqual(['a', 'b']);
    expect(read).toEqual({ ok: true, models: await modelsForBackup(here) });
  });

  it('an invalid model is named by its place, its title and the field, and refuses them all', () => {
    const read = readBackupModels([zephyr('a'), { ...zephyr('b'), id: '' }]);
    expect(read).toMatchObject({ ok: false });
    expect(!read.ok && read.problems[0]).toBe(
      'sauvegarde › modèle 2 («\u00a0Lettre de mission de référent Zéphyr\u00a0») › ' +
        'l’identifiant du modèle\u00a0: texte vide',
    );
  });

  it('a field of the model itself is named in words', () => {
    const bad = zephyr('b');
    const raw = { ...bad, model: { ...bad.model, mission: '' } };
    const read = readBackupModels([raw]);
    expect(!read.ok && read.problems.join('\n')).toContain(
      'sauvegarde › modèle 1 («\u00a0Lettre de mission de référent Zéphyr\u00a0») › le nom de la mission\u00a0:',
    );
  });

  it('a model without a readable title is named by its place only; a long title is cut', () => {
    const long = zephyr('c');
    const read = readBackupModels([
      { id: 'x' },
      { ...long, revision: -1, model: { ...long.model, title: 'T'.repeat(500) } },
    ]);
    const problems = read.ok ? [] : read.problems;
    expect(problems.some((line) => line.startsWith('sauvegarde › modèle 1 › '))).toBe(true);
    expect(problems.find((line) => line.startsWith('sauvegarde › modèle 2'))).toContain(
      `(«\u00a0${'T'.repeat(80)}…\u00a0»)`,
    );
  });

  it('a model from a newer site, or the same id twice, is refused and named', () => {
    const read = readBackupModels([{ ...zephyr('a'), schemaVersion: 9 }, zephyr('b'), zephyr('b')]);
    const problems = read.ok ? [] : read.problems;
    expect(problems[0]).toMatch(
      /^sauvegarde › modèle 1 .* › la version du format\u00a0: créé par une version plus récente du site \(format 9\)/,
    );
    expect(problems[1]).toMatch(
      /^sauvegarde › modèle 3 .* › l’identifiant du modèle\u00a0: identifiant «\u00a0b\u00a0» présent deux fois$/,
    );
  });

  it('an old backup without models reads as none', () => {
    expect(readBackupModels(undefined)).toEqual({ ok: true, models: [] });
  });
});
