import type { Letter } from '../schemas/letter';
import type { LetterRepository } from '../letters/repository';
import { LETTER_PREFIX } from '../persistence/keys';
import { checkSpace, recordBytes, type EstimateSpace } from '../storage/space';
import { PartialWriteError } from '../storage/write-all';

/** Every copy is in. */
export interface RolloverDone {
  ok: true;
  written: Letter[];
}

/**
 * Nothing or almost nothing is in. `space`: the browser said beforehand there was not room
 * enough (bytes needed and free); `storage`: the write failed (`error`). `written` is exactly
 * what is in: empty unless the rollback of a write that failed midway failed too.
 */
export type RolloverFailed =
  | { ok: false; reason: 'space'; needed: number; free: number; written: [] }
  | { ok: false; reason: 'storage'; error: unknown; written: Letter[]; total: number };

export type RolloverOutcome = RolloverDone | RolloverFailed;

/**
 * Writes the copies all or none, as an import does: space checked before the first write,
 * then one transaction through the repository (`importAll`, which validates every copy first,
 * as a stored letter is read: a text stored before the limits is copied whole, as the plan
 * said). The copies have ids no letter has, so nothing stored is replaced.
 */
export async function writeRollover(
  repo: Pick<LetterRepository, 'importAll'>,
  copies: readonly Letter[],
  estimate?: EstimateSpace,
): Promise<RolloverOutcome> {
  const needed = copies.reduce((sum, letter) => sum + recordBytes(letter), 0);
  const space = await checkSpace(needed, estimate);
  if (!space.ok) return { ok: false, reason: 'space', needed, free: space.free, written: [] };
  try {
    return { ok: true, written: (await repo.importAll(copies)).letters };
  } catch (error) {
    const left = new Set(error instanceof PartialWriteError ? error.keys : []);
    const written = copies.filter((letter) => left.has(LETTER_PREFIX + letter.id));
    const cause = error instanceof PartialWriteError ? error.cause : error;
    return { ok: false, reason: 'storage', error: cause, written, total: copies.length };
  }
}
