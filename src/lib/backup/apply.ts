import type { Letter } from '../schemas/letter';
import type { LetterRepository } from '../letters/repository';
import { newId } from '../ids';
import { checkSpace, recordBytes, type EstimateSpace } from '../storage/space';
import { PartialWriteError } from '../storage/write-all';
import { LETTER_PREFIX } from '../letters/keys';
import type { ImportChoice, ImportPlan } from './plan';
import { sortLetter, storedById } from './sort';

/** What an import wrote: every letter is in. `written` is announced to other tabs. */
export interface ImportDone {
  ok: true;
  /** Letters added under their own id. */
  added: number;
  /** Letters here replaced by a newer version from the backup. */
  replaced: number;
  /** Letters added as a copy under a new id (a letter with that id was here). */
  copied: number;
  /** Letters already here, identical: not written. */
  skipped: number;
  written: Letter[];
}

/**
 * An import that failed. `space`: the browser said beforehand there was not room enough
 * (bytes needed and free); `storage`: the write failed (`error`). `written` is exactly what is
 * in: empty unless the rollback of a write that failed midway failed too.
 */
export type ImportFailed =
  | { ok: false; reason: 'space'; needed: number; free: number; written: [] }
  | { ok: false; reason: 'storage'; error: unknown; written: Letter[]; total: number };

export type ImportOutcome = ImportDone | ImportFailed;

/** Injected in tests: ids for copies, and the browser's space estimate. */
export interface ApplyOptions {
  makeId?: () => string;
  estimate?: EstimateSpace;
}

/**
 * Writes the plan, all or none. The letters here are read again first (another tab may have
 * saved since the plan was made): a letter is replaced only if the backup's is still newer,
 * else it is added as a copy (new id, revision 0), like the older ones. A replacing letter
 * keeps its revision, above the one here, so a tab still editing the old version gets a
 * conflict instead of overwriting the import. Space is checked before the first write.
 */
export async function writeImport(
  repo: Pick<LetterRepository, 'list' | 'restoreAll'>,
  plan: ImportPlan,
  choice: ImportChoice,
  { makeId = newId, estimate }: ApplyOptions = {},
): Promise<ImportOutcome> {
  const records: Letter[] = [...plan.fresh];
  let replaced = 0;
  let skipped = plan.same.length;
  const copies: Letter[] = [];
  const copy = (letter: Letter) => copies.push({ ...letter, id: makeId(), revision: 0 });
  plan.older.forEach(copy);
  if (plan.newer.length > 0 && choice === 'replace') {
    const { letters, rejected } = await repo.list();
    const unreadable = rejected.map((record) => record.key.slice(LETTER_PREFIX.length));
    const stored = storedById(letters, unreadable);
    for (const letter of plan.newer) {
      const now = sortLetter(letter, stored.get(letter.id));
      if (now === 'same') skipped += 1;
      else if (now === 'newer' || now === 'fresh') {
        records.push(letter);
        if (now === 'newer') replaced += 1;
      } else copy(letter);
    }
  } else plan.newer.forEach(copy);
  records.push(...copies);

  const space = await checkSpace(
    records.reduce((sum, letter) => sum + recordBytes(letter), 0),
    estimate,
  );
  if (!space.ok) {
    const { needed, free } = space;
    return { ok: false, reason: 'space', needed, free, written: [] };
  }
  try {
    const written = await repo.restoreAll(records);
    const added = written.length - replaced - copies.length;
    return { ok: true, added, replaced, copied: copies.length, skipped, written };
  } catch (error) {
    const left = new Set(error instanceof PartialWriteError ? error.keys : []);
    const written = records.filter((letter) => left.has(LETTER_PREFIX + letter.id));
    const cause = error instanceof PartialWriteError ? error.cause : error;
    return { ok: false, reason: 'storage', error: cause, written, total: records.length };
  }
}
