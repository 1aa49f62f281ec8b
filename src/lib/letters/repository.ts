import { letterSchema, type Letter } from '../schemas/letter';
import { MAX_REVISION } from '../schemas/revision';
import type { School } from '../schemas/school';
import { fieldIssues } from '../validation/issues';
import { letterPlace } from '../schemas/field-path';
import type { KeyValueStore } from '../storage/store';
import { createLock, type WithLock } from '../storage/lock';
import { SchoolRepository } from '../school/repository';
import type { UserModel } from '../schemas/user-model';
import { StoredUserModels, validateUserModel } from '../models/repository';
import { writeAll } from '../storage/write-all';
import { frenchErrorMap } from '../validation/french-issues';
import { keys, LETTER_PREFIX } from '../persistence/keys';
import { readLetterRecord, rewriteMigrated } from './records';
import { OwnWrites } from '../persistence/own-writes';
import { byKey, listQuarantined, quarantine, type RejectedRecord } from '../persistence/quarantine';
import { DeletedLetterRewritten, InvalidLetterError, RevisionConflict } from './errors';
import { letterEntries } from './summary';
import {
  checkSummaries,
  loadSummaries,
  refreshSummary,
  writeWithSummary,
  type SummaryList,
} from './summary-store';
import type { LetterSummaryRecord } from '../schemas/letter-summary';

export type { SummaryList } from './summary-store';

/** A letter looked up by id: found, absent, or present but unreadable (set aside). */
export type OpenedLetter =
  | { kind: 'found'; letter: Letter }
  | { kind: 'missing' }
  | { kind: 'set-aside'; problems: string[] };

/** The letters the user has, most recently changed first, and the records that failed. */
export interface LetterList {
  letters: Letter[];
  rejected: RejectedRecord[];
}

/**
 * Letters and "Mon établissement" over a key-value store. Every read is validated (and old
 * formats migrated); every write is validated first, and writes the letter's summary with it
 * (`summary-store.ts`), which « Mes lettres » lists without reading the letters themselves. Storage errors propagate untouched, except
 * for the repairs a read attempts on the side (quarantine, migration write-back): those are
 * retried on the next read, and a read never fails because of them.
 */
export class LetterRepository {
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  readonly #lock: WithLock;
  /** This repository's last write of each letter: read back without validating it again. */
  readonly #own = new OwnWrites();
  /** « Mon établissement », in the same store, with the same clock and lock. */
  readonly school: SchoolRepository;
  /** The user's models (« Mes modèles »), in the same store: a backup writes both at once. */
  readonly models: StoredUserModels;

  /** `now` stamps `updatedAt`; `lock` serialises read-then-write across tabs (Web Locks). */
  constructor(store: KeyValueStore, now: () => Date = () => new Date(), lock = createLock()) {
    this.#store = store;
    this.#now = now;
    this.#lock = lock;
    this.school = new SchoolRepository(store, now, lock);
    this.models = new StoredUserModels(store, now, lock);
  }

  /** Every readable letter; unreadable records are quarantined and reported, never dropped. */
  async list(): Promise<LetterList> {
    const letters: Letter[] = [];
    const rejected: RejectedRecord[] = [];
    // One read for every record (one cursor, one transaction), in key order as before.
    const records = (await this.#store.entries(LETTER_PREFIX)).sort(byKey);
    for (const [key, raw] of records) {
      if (raw === null) continue; // as `get` reads it: nothing there
      const result = readLetterRecord(key, raw);
      if (!result.ok) {
        rejected.push({ key, problems: result.problems });
        await quarantine(this.#store, key, raw).catch(() => undefined);
        continue;
      }
      if (result.migrated)
        await rewriteMigrated(this.#store, this.#lock, key).catch(() => undefined);
      letters.push(result.letter);
    }
    // Parse each date once, not at every comparison.
    const time = new Map(letters.map((letter) => [letter, Date.parse(letter.updatedAt)]));
    letters.sort((a, b) => (time.get(b) ?? 0) - (time.get(a) ?? 0));
    return { letters, rejected };
  }

  /**
   * What « Mes lettres » shows first: every letter's summary, rebuilt from the letter where it
   * is missing or unreadable, and the letters that could not be read (quarantined).
   */
  listSummaries(): Promise<SummaryList> {
    return loadSummaries(this.#store, this.#lock);
  }

  /**
   * Checks `known` against the letters (read in slices, validated only where their revision
   * differs) and returns the list as the letters have it; `changed` when it differs.
   */
  checkSummaries(
    known: readonly LetterSummaryRecord[],
  ): Promise<SummaryList & { changed: boolean }> {
    return checkSummaries(this.#store, this.#lock, known);
  }

  /** The letter, migrated if needed; `null` when missing or unreadable (then quarantined). */
  async get(id: string): Promise<Letter | null> {
    const opened = await this.open(id);
    return opened.kind === 'found' ? opened.letter : null;
  }

  /**
   * The letter, or why there is none: no record under its key (`missing`), or a record that
   * fails validation (`set-aside`: copied to quarantine, its problems said in French).
   */
  async open(id: string): Promise<OpenedLetter> {
    const key = keys.letter(id);
    const raw = await this.#store.get(key);
    if (raw === null) return { kind: 'missing' };
    const result = readLetterRecord(key, raw);
    if (result.ok) {
      // The letter wins: its summary is brought in line on the side, never failing the read.
      await refreshSummary(this.#store, this.#lock, result.letter).catch(() => undefined);
      return { kind: 'found', letter: result.letter };
    }
    await quarantine(this.#store, key, raw).catch(() => undefined);
    // Without its summary, the list reads the letter again and shows it set aside.
    await this.#store.remove(keys.summary(id)).catch(() => undefined);
    return { kind: 'set-aside', problems: result.problems };
  }

  /**
   * Writes the letter as revision `expectedRevision + 1`, stamped now, and returns what was
   * written. Throws `RevisionConflict` (writing nothing) when the stored revision is not
   * `expectedRevision`, i.e. another tab saved meanwhile; `InvalidLetterError` when invalid.
   */
  async save(letter: Letter, expectedRevision: number): Promise<Letter> {
    const valid = this.#validate(letter);
    // The written revision must pass the schema too, or the next read would set the letter aside.
    if (!(expectedRevision >= 0 && expectedRevision < MAX_REVISION))
      throw new InvalidLetterError([
        { where: 'la révision', message: `${expectedRevision} hors limites` },
      ]);
    const key = keys.letter(valid.id);
    return this.#lock(key, async () => {
      const raw = await this.#store.get(key);
      if (raw !== null && !this.#own.holds(key, raw, expectedRevision)) {
        const stored = readLetterRecord(key, raw);
        // An unreadable record is copied aside before being replaced, so nothing is lost.
        if (!stored.ok) await quarantine(this.#store, key, raw);
        else if (stored.letter.revision !== expectedRevision)
          throw new RevisionConflict(stored.letter);
      }
      const written: Letter = {
        ...valid,
        revision: expectedRevision + 1,
        updatedAt: this.#now().toISOString(),
      };
      this.#own.forget(key);
      await writeWithSummary(this.#store, written);
      this.#own.remember(key, written);
      return written;
    });
  }

  /** Deletes the letter and returns it (for « Annuler »), or `null` if there was none. */
  async remove(id: string): Promise<Letter | null> {
    const key = keys.letter(id);
    return this.#lock(key, async () => {
      const raw = await this.#store.get(key);
      if (raw === null) return null;
      const result = readLetterRecord(key, raw);
      if (!result.ok) await quarantine(this.#store, key, raw);
      this.#own.forget(key);
      await this.#store.remove(key);
      // A summary left behind (the removal failed, the tab closed) is dropped by the list.
      await this.#store.remove(keys.summary(id)).catch(() => undefined);
      return result.ok ? result.letter : null;
    });
  }

  /**
   * Undo of `remove`: writes the deleted letter back exactly as it was, and returns it. Throws
   * `DeletedLetterRewritten` (writing nothing) when a record is stored under its id again: a
   * tab still editing it wrote it after the deletion, so that version is the newer one.
   */
  async undoRemove(letter: Letter): Promise<Letter> {
    const valid = this.#validate(letter);
    const key = keys.letter(valid.id);
    return this.#lock(key, async () => {
      if ((await this.#store.get(key)) !== null) throw new DeletedLetterRewritten(valid.id);
      this.#own.forget(key);
      await writeWithSummary(this.#store, valid);
      return valid;
    });
  }

  /** Writes a letter as it is (import, copy), whatever is stored under its id; returns it. */
  async restore(letter: Letter): Promise<Letter> {
    const valid = this.#validate(letter);
    const key = keys.letter(valid.id);
    this.#own.forget(key);
    await this.#lock(key, () => writeWithSummary(this.#store, valid));
    return valid;
  }

  /**
   * Writes letters, and user models, as they are (an import), all or none: every one is
   * validated before the first write, then they go in one transaction where the store allows
   * it, else one by one with a rollback (see `writeAll`; its `PartialWriteError` names the keys
   * left written). Models go first, so a letter is never in without the model it names. Each
   * letter's summary goes in the same write.
   */
  async restoreAll(
    letters: readonly Letter[],
    models: readonly UserModel[] = [],
  ): Promise<{ letters: Letter[]; models: UserModel[] }> {
    const valid = letters.map((letter) => this.#validate(letter));
    const validModels = models.map(validateUserModel);
    for (const letter of valid) this.#own.forget(keys.letter(letter.id));
    await writeAll(this.#store, [
      ...validModels.map((model) => [keys.model(model.id), model] as const),
      ...valid.flatMap(letterEntries),
    ]);
    return { letters: valid, models: validModels };
  }

  /**
   * "Mon établissement" to pre-fill letters with; an empty one when none was saved or the
   * record is unreadable (then set aside). Writes go through `school.save`.
   */
  getSchool(): Promise<School> {
    return this.school.get();
  }

  /** Raw values kept in quarantine, for a « télécharger les données illisibles » link. */
  async quarantined(): Promise<{ key: string; raw: unknown }[]> {
    return listQuarantined(this.#store);
  }

  #validate(letter: Letter): Letter {
    const result = letterSchema.safeParse(letter, { errorMap: frenchErrorMap });
    if (!result.success) {
      const place = (path: readonly (string | number)[]) => letterPlace(path, letter);
      throw new InvalidLetterError(fieldIssues(result.error, place));
    }
    return result.data;
  }
}
