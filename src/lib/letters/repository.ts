import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import type { KeyValueStore } from '../storage/store';
import { writeAll } from '../storage/write-all';
import { createLock, RecordStore } from '../persistence/record-store';
import { SchoolRepository } from '../school/repository';
import { TeamRepository } from '../team/repository';
import type { UserModel } from '../schemas/user-model';
import { StoredUserModels, validateUserModel } from '../models/repository';
import { keys, LETTER_PREFIX } from '../persistence/keys';
import { listQuarantined, type RejectedRecord } from '../persistence/quarantine';
import { letterRecords, validateStoredLetter } from './records';
import { idsOfYear } from './summary-year';
import { DeletedLetterRewritten } from './errors';
import {
  checkSummaries,
  loadSummaries,
  refreshSummary,
  type LetterSource,
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
 * Letters over a key-value store: a `RecordStore` of `letterRecords` (validated reads, old
 * formats migrated, revisions checked under the cross-tab lock, unreadable records set aside,
 * each letter written with its summary), plus what only letters have: the summaries « Mes
 * lettres » lists without reading the letters (`summary-store.ts`), undo of a deletion, and
 * imports of letters with their models. « Mon établissement » and the models share its store,
 * clock and lock (`school`, `models`): a backup writes them together.
 */
export class LetterRepository extends RecordStore<Letter, Letter> {
  /** « Mon établissement », in the same store, with the same clock and lock. */
  readonly school: SchoolRepository;
  /** The user's models (« Mes modèles »), in the same store: a backup writes both at once. */
  readonly models: StoredUserModels;
  /** « Mon équipe », in the same store, with the same clock and lock. */
  readonly team: TeamRepository;
  readonly #letters: LetterSource = {
    lock: this.lock,
    rewriteMigrated: (key) => this.rewriteMigrated(key),
  };

  /** `now` stamps `updatedAt`; `lock` serialises read-then-write across tabs (Web Locks). */
  constructor(store: KeyValueStore, now: () => Date = () => new Date(), lock = createLock()) {
    super(store, letterRecords, now, lock);
    this.school = new SchoolRepository(store, now, lock);
    this.models = new StoredUserModels(store, now, lock);
    this.team = new TeamRepository(store, now, lock);
  }

  /** Every readable letter; unreadable records are quarantined and reported, never dropped. */
  async list(): Promise<LetterList> {
    const { records, rejected } = await this.listKeyed(LETTER_PREFIX);
    return { letters: records, rejected };
  }

  /**
   * The letters with these ids (a school year's, from their summaries), read as `list` reads
   * every letter: one transaction, validated, the unreadable ones set aside and reported.
   */
  async listOf(ids: readonly string[]): Promise<LetterList> {
    const { records, rejected } = await this.listKeys(ids.map(keys.letter));
    return { letters: records, rejected };
  }

  /**
   * The letters of one school year (« 2027-2028 »), picked from their summaries and read whole:
   * « Mon équipe » shows each person's letters of the prepared year without reading ten years.
   */
  async listOfYear(year: string): Promise<LetterList> {
    const { summaries } = await this.listSummaries();
    return this.listOf(idsOfYear(summaries, year));
  }

  /**
   * What « Mes lettres » shows first: every letter's summary, rebuilt from the letter where it
   * is missing or unreadable, and the letters that could not be read (quarantined).
   */
  listSummaries(): Promise<SummaryList> {
    return loadSummaries(this.store, this.#letters);
  }

  /**
   * Checks `known` against the letters (read in slices, validated only where their revision
   * differs) and returns the list as the letters have it; `changed` when it differs.
   */
  checkSummaries(
    known: readonly LetterSummaryRecord[],
  ): Promise<SummaryList & { changed: boolean }> {
    return checkSummaries(this.store, this.#letters, known);
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
    const opened = await this.openKey(keys.letter(id));
    if (opened.kind === 'found') {
      // The letter wins: its summary is brought in line on the side, never failing the read.
      await refreshSummary(this.store, this.lock, opened.record).catch(() => undefined);
      return { kind: 'found', letter: opened.record };
    }
    // Without its summary, the list reads the letter again and shows it set aside.
    if (opened.kind === 'set-aside')
      await this.store.remove(keys.summary(id)).catch(() => undefined);
    return opened;
  }

  /** Deletes the letter and returns it (for « Annuler »), or `null` if there was none. */
  remove(id: string): Promise<Letter | null> {
    return this.removeKey(keys.letter(id));
  }

  /**
   * Undo of `remove`: writes the deleted letter back exactly as it was, and returns it. Throws
   * `DeletedLetterRewritten` (writing nothing) when a record is stored under its id again: a
   * tab still editing it wrote it after the deletion, so that version is the newer one.
   */
  async undoRemove(letter: Letter): Promise<Letter> {
    // Written back as it was read: a text stored before the limits stays whole.
    const valid = validateStoredLetter(letter);
    return this.put(valid, () => new DeletedLetterRewritten(valid.id));
  }

  /** Writes a letter as it is (import, copy), whatever is stored under its id; returns it. */
  async restore(letter: Letter): Promise<Letter> {
    return this.put(validateStoredLetter(letter));
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
    return this.#writeAll(
      letters.map((letter) => this.validate(letter)),
      models,
    );
  }

  /**
   * A backup's letters and models written as `restoreAll` writes them, each letter checked as a
   * stored one is read (`validateStoredLetter`): a letter saved before the limits, with a text
   * longer than today's, is kept whole, then shown over its limit, as it would be had it never
   * left this browser. What the import's preview counted (read the same way) is what is written.
   */
  async importAll(
    letters: readonly Letter[],
    models: readonly UserModel[] = [],
  ): Promise<{ letters: Letter[]; models: UserModel[] }> {
    return this.#writeAll(letters.map(validateStoredLetter), models);
  }

  async #writeAll(
    valid: Letter[],
    models: readonly UserModel[],
  ): Promise<{ letters: Letter[]; models: UserModel[] }> {
    const validModels = models.map(validateUserModel);
    this.forget(valid.map((letter) => keys.letter(letter.id)));
    await writeAll(this.store, [
      ...validModels.map((model) => [keys.model(model.id), model] as const),
      ...valid.flatMap((letter) => this.entriesOf(letter)),
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
    return listQuarantined(this.store);
  }
}
