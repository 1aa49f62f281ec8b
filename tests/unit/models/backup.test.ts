import { describe, expect, it } from 'vitest';
import {
  importBackupModels,
  modelsForBackup,
  readBackupModels,
} from '../../../src/lib/models/backup';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { zephyr } from './fixture';

describe('user models in a backup', () => {
  it('round trip: saved models come back in another browser', async () => {
    const here = new StoredUserModels(new MemoryStore());
    await here.add(zephyr('a'));
    const written = JSON.parse(JSON.stringify(await modelsForBackup(here))) as unknown[];
    const read = readBackupModels(written);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const there = new StoredUserModels(new MemoryStore());
    expect(await importBackupModels(there, read.models, new Set())).toBe(1);
    expect((await there.list()).models).toEqual([zephyr('a')]);
    // Imported twice: nothing duplicated.
    expect(await importBackupModels(there, read.models, new Set())).toBe(0);
  });

  it('an invalid model is named, and refuses them all', () => {
    const read = readBackupModels([zephyr('a'), { ...zephyr('b'), id: '' }]);
    expect(read).toMatchObject({ ok: false });
    expect(!read.ok && read.problems.join('\n')).toMatch(/modèle 2 › l’identifiant du modèle/);
  });

  it('an old backup without models reads as none', () => {
    expect(readBackupModels(undefined)).toEqual({ ok: true, models: [] });
  });
});
