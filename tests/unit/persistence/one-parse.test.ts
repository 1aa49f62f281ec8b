import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver } from '../../../src/lib/letters/autosave';
import { createLetterJournal } from '../../../src/lib/letters/letter-journal';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { letterSchema, storedLetterSchema, type Letter } from '../../../src/lib/schemas/letter';
import { SchoolAutoSaver } from '../../../src/lib/school/autosave';
import { createSchoolJournal } from '../../../src/lib/school/school-journal';
import {
  emptySchool,
  schoolSchema,
  storedSchoolRecordSchema,
} from '../../../src/lib/schemas/school';
import { userModelSchema, type UserModel } from '../../../src/lib/schemas/user-model';
import { JournalledSaver } from '../../../src/lib/persistence/journalled-saver';
import { modelKind } from '../../../src/lib/models/model-kind';
import { createModelJournal } from '../../../src/lib/models/model-journal';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import { makeLetter } from '../../fixtures/make-letter';
import { zephyr } from '../models/fixture';

let spied: { mockRestore(): void }[] = [];
afterEach(() => {
  for (const spy of spied) spy.mockRestore();
  spied = [];
});

/** Counts every top-level parse of `schemas` from now on. */
function countParses(...schemas: { safeParse: unknown; parse: unknown }[]) {
  const spies = schemas.flatMap((schema) => [
    vi.spyOn(schema as { safeParse: () => unknown }, 'safeParse'),
    vi.spyOn(schema as { parse: () => unknown }, 'parse'),
  ]);
  spied.push(...spies);
  return () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
}

const quiet = { onStatus: () => undefined, writer: 'this-page' };

describe('a save parses its record once: validated, never read back again', () => {
  it('a letter (journalled, with its summary)', async () => {
    const repo = new LetterRepository(new MemoryStore());
    const journal = createLetterJournal(new MemorySyncStorage());
    const saver = new AutoSaver(repo, { ...quiet, journal, delayMs: 0 });
    const letter: Letter = makeLetter();
    saver.change(letter);
    await saver.flush();

    const parses = countParses(letterSchema, storedLetterSchema);
    saver.change({ ...letter, title: 'Lettre de mission, version 2' });
    await saver.flush();
    expect(saver.status).toMatchObject({ state: 'saved', revision: 2 });
    expect(parses()).toBe(1);
    expect((await repo.get(letter.id))?.title).toBe('Lettre de mission, version 2');
  });

  it('« Mon établissement »', async () => {
    const repo = new LetterRepository(new MemoryStore());
    const journal = createSchoolJournal(new MemorySyncStorage());
    const saver = new SchoolAutoSaver(repo.school, { ...quiet, journal, delayMs: 0 });
    saver.change({ ...emptySchool, etablissement: 'Collège A' });
    await saver.flush();

    const parses = countParses(schoolSchema, storedSchoolRecordSchema);
    saver.change({ ...emptySchool, etablissement: 'Collège B' });
    await saver.flush();
    expect(saver.status).toMatchObject({ state: 'saved', revision: 2 });
    expect(parses()).toBe(1);
  });

  it('a user model', async () => {
    const repo = new LetterRepository(new MemoryStore()).models;
    const journal = createModelJournal(new MemorySyncStorage());
    const saver = new JournalledSaver(modelKind(repo, 0), { ...quiet, journal });
    const model: UserModel = zephyr();
    saver.change(model);
    await saver.flush();

    const parses = countParses(userModelSchema);
    saver.change({ ...model, model: { ...model.model, mission: 'Référent bis' } });
    await saver.flush();
    expect(saver.status).toMatchObject({ state: 'saved', revision: 2 });
    expect(parses()).toBe(1);
  });
});
