import { describe, expect, it } from 'vitest';
import { parseBackup, backupMessages } from '../../../src/lib/backup/parse';
import { serializeBackup } from '../../../src/lib/backup/format';
import { InvalidLetterError } from '../../../src/lib/letters/errors';
import { frenchErrorMap } from '../../../src/lib/validation/french-issues';
import { migrateLetter } from '../../../src/lib/letters/migrate';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { MAX_REVISION } from '../../../src/lib/schemas/revision';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { letterFixture, makeLetter } from '../../fixtures/make-letter';

/** Revisions a forged backup could bring: past 2^53, `revision + 1 === revision`. */
const forged = [2 ** 53, 1e308, MAX_REVISION + 1, -1, 1.5];
const tooBig = 'valeur trop grande (1\u00a0000\u00a0000\u00a0000 au plus)';

const fileOf = (text: string) => ({ size: text.length, text: async () => text });

describe('the revision of a letter', () => {
  it.each(forged)('%s is refused by the schema', (revision) => {
    const result = letterSchema.safeParse({ ...makeLetter('a'), revision });
    expect(result.success).toBe(false);
  });

  it('0 and the bound itself are accepted', () => {
    for (const revision of [0, MAX_REVISION]) {
      expect(letterSchema.safeParse({ ...makeLetter('a'), revision }).success).toBe(true);
    }
  });

  it('the bound keeps « revision + 1 » exact, so a save always moves the revision', () => {
    expect(MAX_REVISION + 1).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('the problem names the field in French', () => {
    const result = letterSchema.safeParse(
      { ...makeLetter('a'), revision: 2 ** 53 },
      { errorMap: frenchErrorMap },
    );
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['revision'], tooBig],
    ]);
  });
});

describe('a backup with a forged revision', () => {
  it.each([2 ** 53, 1e308])(
    'revision %s: the whole file is refused, naming letter and field',
    async (revision) => {
      const letters = [makeLetter('a'), { ...makeLetter('b'), revision }];
      const parsed = await parseBackup(fileOf(serializeBackup(letters, null, new Date())));
      expect(parsed).toEqual({
        ok: false,
        message: backupMessages.invalid,
        details: [`sauvegarde › lettre 2 › le numéro de révision\u00a0: ${tooBig}`],
      });
    },
  );
});

describe('migrations', () => {
  it.each([2 ** 53, 1e308])('a version 1 record with revision %s stays unreadable', (revision) => {
    const result = migrateLetter({ ...letterFixture('v1'), revision }, 'letter:v1-1');
    expect(result).toEqual({
      ok: false,
      problems: [`letter:v1-1 › le numéro de révision\u00a0: ${tooBig}`],
    });
  });

  it('a version 0 record (no revision yet) starts at 0 whatever it carries', () => {
    const result = migrateLetter({ ...letterFixture('v0'), revision: 2 ** 53 });
    expect(result.ok && result.letter.revision).toBe(0);
  });
});

describe('saving at the bound', () => {
  it('is refused before anything is written, so no unreadable revision is ever stored', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store);
    const letter = await repo.restore({ ...makeLetter('a'), revision: MAX_REVISION });
    await expect(repo.save({ ...letter, title: 'Suite' }, MAX_REVISION)).rejects.toBeInstanceOf(
      InvalidLetterError,
    );
    expect(await repo.get(letter.id)).toEqual(letter);
  });

  it('just below the bound, the save writes the bound', async () => {
    const repo = new LetterRepository(new MemoryStore());
    const letter = await repo.restore({ ...makeLetter('a'), revision: MAX_REVISION - 1 });
    const written = await repo.save(letter, MAX_REVISION - 1);
    expect(written.revision).toBe(MAX_REVISION);
    expect(await repo.get(letter.id)).toEqual(written);
  });
});
