import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeBackup } from '../../../src/lib/backup/format';
import { parseBackup } from '../../../src/lib/backup/parse';
import { planImport } from '../../../src/lib/backup/plan';
import { runImport } from '../../../src/lib/backup/run';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { ChannelBus } from '../support/channel-bus';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { cleanInvisibleDeep } from '../../../src/lib/text/clean-invisible';
import { letterSchema, type Letter } from '../../../src/lib/schemas/letter';
import { userModelSchema, type UserModel } from '../../../src/lib/schemas/user-model';
import { anyLetter, models } from './arbitraries';
import { userText } from './user-text';
import { counted, runs } from './runs';

/** The letter saved in a backup file, read back, and imported into an empty browser. */
async function roundTrip(letter: Letter): Promise<Letter | null> {
  const text = serializeBackup([letter], null, new Date('2026-11-22T10:00:00.000Z'));
  const parsed = await parseBackup({ size: new Blob([text]).size, text: async () => text });
  if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.details.join('\n')}`);
  const repo = new LetterRepository(new MemoryStore());
  const plan = planImport(new Map(), parsed.backup, parsed.repairedLetters);
  const channel = createLetterChannel(new ChannelBus().factory);
  const report = await runImport({ repo, channel }, plan, 'keep-both', null);
  expect(report).toMatchObject({ ok: true, imported: [{ id: letter.id }] });
  return repo.get(letter.id);
}

describe('any letter the schema accepts survives export → import', () => {
  it('comes back the same, but for the invisible characters an import always cleans', async ({
    task,
  }) => {
    await fc.assert(
      fc.asyncProperty(
        anyLetter,
        counted(task, async (letter) => {
          // Cleaning may leave a caption with a space in front, which the schema trims.
          const cleaned = letterSchema.parse(cleanInvisibleDeep(letter));
          expect(await roundTrip(letter)).toEqual(cleaned);
        }),
      ),
      { numRuns: runs(150) },
    );
  });
});

/**
 * A user model: one of the real models made the user's, with any title and mission, at any
 * revision; as `userModelSchema` parses it (what storage holds).
 */
const anyUserModel: fc.Arbitrary<UserModel> = fc
  .record({
    real: fc.constantFrom(...models),
    id: fc.stringMatching(/^[a-z0-9]{4,20}$/),
    revision: fc.nat({ max: 1_000 }),
    title: userText([], 200),
    mission: userText([], 200),
  })
  .map(({ real, id, revision, title, mission }) =>
    userModelSchema.safeParse({
      schemaVersion: 1,
      id,
      revision,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      model: { ...real.model, title, mission, provenance: { kind: 'user' } },
    }),
  )
  .filter((result) => result.success)
  .map((result) => {
    if (!result.success) throw new Error('filtered out');
    return result.data;
  });

describe('any user model the schema accepts survives export → import with its letter', () => {
  it('comes back the same, and the letter still names it', async ({ task }) => {
    await fc.assert(
      fc.asyncProperty(
        anyUserModel,
        anyLetter,
        counted(task, async (model, written) => {
          const letter = { ...written, typeId: model.id };
          const text = serializeBackup([letter], null, new Date(), [model]);
          const parsed = await parseBackup({ size: new Blob([text]).size, text: async () => text });
          if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.details.join('\n')}`);
          const repo = new LetterRepository(new MemoryStore());
          const plan = planImport(new Map(), parsed.backup, parsed.repairedLetters);
          const channel = createLetterChannel(new ChannelBus().factory);
          expect(await runImport({ repo, channel }, plan, 'keep-both', null)).toMatchObject({
            ok: true,
          });
          const cleaned = userModelSchema.parse(cleanInvisibleDeep(model));
          expect(await repo.models.open(model.id)).toEqual({ kind: 'found', record: cleaned });
          expect((await repo.get(letter.id))?.typeId).toBe(model.id);
        }),
      ),
      { numRuns: runs(40) },
    );
  });
});
