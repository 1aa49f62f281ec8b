import type { Letter } from '../schemas/letter';
import type { LetterType } from '../schemas/letter-type';
import { AutoSaver, type LetterSaveStatus } from '../letters/autosave';
import { createLetter } from '../letters/create';
import { saveOnLeave } from '../letters/leave';
import { requestPersistence } from '../storage/persist';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { probeWithin, waitOf } from '../storage/probe';
import { withTimeout } from '../storage/timeout';
import type { LetterMessage } from '../persistence/channel';
import type { Services } from '../services/services';
import type { LetterChange } from '../letters/change';
import type { UndoableChange } from '../letters/commands/undoable';
import { letterContent } from '../letters/content';
import { keys } from '../persistence/keys';
import { createLetterJournal, type LetterJournal } from '../letters/letter-journal';
import { sameLetter } from '../letters/same-letter';
import { aloneWriters, type LiveWriters } from '../storage/live-writers';
import type { JournalEntry } from '../storage/journal';
import { leftInJournal } from '../persistence/left-in-journal';
import { emptySchool } from '../schemas/school';
import type { SchoolLogo } from '../schemas/logo';
import { SchoolImages } from './school-images.svelte';
import type { Gender } from '../text/agreement';
import { personGender } from '../document/roles';
import type { LetterStatus } from '../schemas/letter-status';
import { isSigned, reviseSigned, withStatus } from '../letters/status';
import { statusAfterCheck } from '../checks/status-after-check';
import type { ExportIssue } from '../checks/export-issues';
import { statusAnnouncement } from '../letters/status-text';
import type { Team, TeamPerson } from '../schemas/team';
import { choosePerson } from '../letters/commands/team-person';
import { alreadySent, sentReason } from '../sending/sent-reason';

/** A removal the user can take back (a mission, a paragraph, a section). */
export interface Removal extends UndoableChange {
  /** What was removed, as the undo bar says it: « Mission 3 supprimée ». */
  message: string;
  /** Id of the control to focus once the removal is undone (the restored text box). */
  focusAfterUndo: string;
}

/**
 * Edits held while the head confirms editing a signed letter: nothing of them is in the letter
 * until `confirmEdit`, and `cancelEdit` drops them all.
 */
interface HeldEdits {
  changes: LetterChange[];
  /** A removal among them, offered for undo once the edits are made. */
  removal: Removal | null;
  /** A removal whose undo is held: the undo bar offers it again if the edit is cancelled. */
  undone: Removal | null;
}

/**
 * Where opening the letter stands: `missing` when no record has its id, `set-aside` when the
 * record exists but is unreadable (kept in quarantine, downloadable from « Mes lettres »).
 */
export type EditorLoad =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'missing'; id: string }
  | { kind: 'set-aside'; id: string; problems: string[] }
  /** Preparing the letter threw (a model no letter can be made from): said, never « Chargement ». */
  | { kind: 'failed' };

/**
 * The state of one letter being edited: the letter itself (a deep `$state`), its saving status,
 * the last removal (to undo it) and what other tabs do. Components display the letter read-only
 * and change it only through `apply(command(...))`; saving, cross-tab updates and conflicts are
 * handled here.
 */
export class LetterEditor {
  letter = $state<Letter>() as Letter;
  load = $state<EditorLoad>({ kind: 'loading' });
  status = $state<LetterSaveStatus>({ state: 'idle' });
  /** Why storage cannot be used at all (private browsing, blocked): edits stay in memory. */
  storageFailure = $state<StorageFailure | null>(null);
  /**
   * Why the journal (`localStorage`, full or blocked) refuses edits: each one is then written at
   * once, and closing the page asks until it is. Null once the journal takes an edit again.
   */
  journalFailure = $state<StorageFailure | null>(null);
  /** A short message about what another tab did, for the status line. */
  notice = $state('');
  /**
   * The school's logo, signature and stamp, read from « Mon établissement » (letters do not copy
   * them) and kept up to date when another tab saves the school.
   */
  readonly images = new SchoolImages();
  /** The last removal, until it is undone or dismissed: one level, as in « Mes lettres ». */
  removal = $state.raw<Removal | null>(null);
  /**
   * Whether an edit of a signed letter waits for the head's answer (`confirmEdit` or
   * `cancelEdit`): the page asks before the letter changes.
   */
  asking = $state(false);
  /**
   * Counts the edits dropped by `cancelEdit`: the form is drawn again from the letter when it
   * changes, so that what was typed into a control does not stay on screen.
   */
  redraws = $state(0);
  /** What the last change of status was, for the live region beside the status. */
  statusNotice = $state('');

  readonly #typeId: string;
  readonly #model: LetterType;
  readonly #services: Services;
  readonly #saver: AutoSaver;
  readonly #journal: LetterJournal;
  readonly #writers: LiveWriters;
  #cleanups: (() => void)[] = [];
  #everSaved = false;
  /** For a new letter: its content when the editor opened, to write it only once it differs. */
  #initialContent: string | null = null;
  #held: HeldEdits | null = null;

  constructor(typeId: string, model: LetterType, services: Services) {
    this.#typeId = typeId;
    this.#model = model;
    this.#services = services;
    this.#journal = services.journal ?? createLetterJournal(null);
    this.#writers = services.writers ?? aloneWriters();
    this.#saver = new AutoSaver(services.repo, {
      onStatus: (status) => (this.status = status),
      onSaved: (written) => this.#onSaved(written),
      onJournal: (failure) => (this.journalFailure = failure),
      journal: this.#journal,
      writer: this.#writers.self,
    });
  }

  /**
   * Opens the letter `id`, or prepares a new one (written on its first change). Edits a closed
   * page left in the journal are replayed through the normal revision-checked save: written
   * when the stored letter did not move since (or was never written), a conflict otherwise.
   */
  async start(id: string | null): Promise<void> {
    try {
      await this.#open(id);
    } catch {
      this.load = { kind: 'failed' };
    }
  }

  /** What `start` does; any exception is the caller's to show. */
  async #open(id: string | null): Promise<void> {
    const { store, repo, channel } = this.#services;
    // Every await here is bounded: storage that never answers must not leave « Chargement de
    // la lettre… » forever. A read that times out is said like a failed probe.
    const probe = await probeWithin(store);
    if (!probe.ok) {
      this.storageFailure = probe.failure;
      this.#saver.stopJournal();
    }
    // The browser's « Quitter le site ? » prompt only while a close would lose edits: the
    // journal keeps them otherwise (see `saveOnLeave`).
    this.#cleanups.push(saveOnLeave(this.#saver.leaving));
    this.#cleanups.push(channel.subscribe((message) => void this.#onMessage(message)));
    const read = <T>(reading: () => Promise<T>): Promise<T | null> =>
      probe.ok
        ? withTimeout(reading(), waitOf(store)).catch((error) => this.#readFailed(error))
        : Promise.resolve(null);
    const school = await read(() => repo.getSchool());
    if (school) this.images.take(school);
    if (id) {
      const opened = await read(() => repo.open(id));
      if (opened?.kind === 'set-aside') {
        this.load = { kind: 'set-aside', id, problems: opened.problems };
        return;
      }
      const entry = opened
        ? await leftInJournal(this.#journal, keys.letter(id), this.#writers)
        : null;
      if (opened?.kind === 'found') {
        this.letter = opened.letter;
        this.#everSaved = true;
        this.#saver.adopt(opened.letter);
      } else if (!entry) {
        this.load = { kind: 'missing', id };
        return;
      }
      if (entry) this.#replay(entry, opened?.kind === 'found' ? opened.letter : null);
    } else {
      this.letter = createLetter(this.#typeId, this.#model, school ?? emptySchool, new Date());
      this.#initialContent = letterContent(this.letter);
    }
    this.load = { kind: 'ready' };
  }

  /** Shows and saves the journalled edits, unless `stored` holds them already. */
  #replay(entry: JournalEntry<Letter>, stored: Letter | null): void {
    if (stored && sameLetter(stored, entry.record)) {
      this.#journal.clear(keys.letter(stored.id), entry.writer);
      return;
    }
    this.letter = entry.record;
    void this.#saver.replay(this.snapshot(), entry.base);
  }

  /** A first read failed: a timeout is said (as a failed probe); other errors as before. */
  #readFailed(error: unknown): null {
    const failure = classifyStorageError(error, 'storage');
    if (failure.kind === 'timeout') this.storageFailure = failure;
    return null;
  }

  /** Stops listening and saves what is pending. */
  async stop(): Promise<void> {
    for (const cleanup of this.#cleanups) cleanup();
    this.#cleanups = [];
    await this.#saver.flush();
    this.#saver.dispose();
  }

  /**
   * The one way the letter changes: runs a command on the editor's own state, then schedules
   * the save. Components call this; they never mutate the letter they display. On a signed
   * letter the first edit is held and the page asks first (`asking`).
   */
  apply(change: LetterChange): void {
    if (this.#hold(change)) return;
    change(this.letter);
    this.#changed();
  }

  /** Applies `removal.change` and keeps it so that « Annuler » can put back what it removed. */
  remove(removal: Removal): void {
    if (this.#hold(removal.change, { removal })) return;
    this.apply(removal.change);
    this.removal = removal;
  }

  /** Puts back what the last removal took away; returns it (for the focus), or null. */
  undo(): Removal | null {
    const removal = this.removal;
    if (!removal) return null;
    this.removal = null;
    if (this.#hold(removal.undo, { undone: removal })) return null;
    this.apply(removal.undo);
    return removal;
  }

  /**
   * Holds `change` when the letter is signed (or edits are already held): true when held. The
   * letter does not change until the head answers.
   */
  #hold(change: LetterChange, extra: Partial<HeldEdits> = {}): boolean {
    if (!this.#held && !isSigned(this.letter)) return false;
    this.#held ??= { changes: [], removal: null, undone: null };
    this.#held.changes.push(change);
    this.#held.removal = extra.removal ?? this.#held.removal;
    this.#held.undone = extra.undone ?? this.#held.undone;
    this.asking = true;
    return true;
  }

  /**
   * The head confirmed editing the signed letter: the held edits are made and the letter goes
   * back « À revoir » (`reviseSigned`), all in one save.
   */
  confirmEdit(now = new Date()): void {
    const held = this.#held;
    this.#held = null;
    this.asking = false;
    if (!held) return;
    for (const change of held.changes) change(this.letter);
    if (isSigned(this.letter)) this.#takeStatus(reviseSigned(this.snapshot(), now));
    if (held.removal) this.removal = held.removal;
    this.#changed();
  }

  /** The head cancelled: the held edits are dropped, and the form shows the letter as it is. */
  cancelEdit(): void {
    const held = this.#held;
    this.#held = null;
    this.asking = false;
    if (held?.undone) this.removal = held.undone;
    this.redraws += 1;
  }

  /**
   * The head sets the status by hand (a letter signed on paper, handed to the person): dated,
   * kept in the history and saved as any edit, a new letter included (a deliberate change).
   */
  setStatus(status: LetterStatus, reason = '', now = new Date()): void {
    this.#takeStatus(withStatus(this.snapshot(), status, now, reason));
    this.#changed(true);
  }

  /**
   * The head made the person's link for the content whose hash is `hash`: « Remise à
   * l’intéressé(e) », the hash in the history's reason (`sentReason`). Unchanged when this
   * content was already sent (or seen). « Vue » is never set here: only the person's return link
   * sets it (`sending/record-ack`).
   */
  markSent(hash: string, now = new Date()): void {
    if (alreadySent(this.letter, hash)) return;
    this.setStatus('remise', sentReason(hash), now);
  }

  /**
   * The check before the PDF ran and found `issues`: the status follows (`statusAfterCheck`).
   * A new letter not written yet keeps it in memory until its first content.
   */
  checked(issues: readonly ExportIssue[], now = new Date()): void {
    const next = statusAfterCheck(this.letter, issues);
    if (!next) return;
    this.#takeStatus(withStatus(this.snapshot(), next.status, now, next.reason));
    this.#changed();
  }

  /** Copies the status and history of `updated` into the editor's letter, and says it. */
  #takeStatus(updated: Letter): void {
    this.letter.status = updated.status;
    this.letter.statusHistory = updated.statusHistory;
    const last = updated.statusHistory.at(-1);
    if (last) this.statusNotice = statusAnnouncement(last);
  }

  /** « Mon équipe », read only when the head opens its picker (`TeamPicker`). */
  readTeam(): Promise<Team> {
    const { store, repo } = this.#services;
    return withTimeout(repo.team.forPicking(), waitOf(store));
  }

  /**
   * Fills the person's fields from « Mon équipe » and links the letter to them: one change,
   * so one save, and « Annuler » in the undo bar puts back what was typed before.
   */
  choosePerson(person: TeamPerson, focusAfterUndo: string): void {
    const name = [person.prenom, person.nom].filter(Boolean).join(' ');
    const chosen = person.civilite === 'Madame' ? 'choisie' : 'choisi';
    this.remove({
      ...choosePerson(this.letter, person),
      message: `${name} ${chosen} dans «\u00a0Mon équipe\u00a0»`,
      focusAfterUndo,
    });
  }

  /** Closes the undo bar: the removal stands. */
  dismissUndo(): void {
    this.removal = null;
  }

  /**
   * Schedules the save of the letter as it is now, after `apply`. A new letter is written only
   * once its content (`letterContent`: what the user typed, not an empty item added) changed,
   * or at once when `write` (a status set by hand).
   */
  #changed(write = false): void {
    this.notice = '';
    const letter = $state.snapshot(this.letter) as Letter;
    if (this.#initialContent !== null) {
      if (!write && letterContent(letter) === this.#initialContent) return;
      this.#initialContent = null;
      // At once, before any wait: a reload or a bookmark must find the letter (the journal
      // holds it until it is written).
      const url = new URL(window.location.href);
      url.searchParams.set('id', letter.id);
      window.history.replaceState(null, '', url);
    }
    this.#saver.change(letter);
  }

  /** Tries the failed save again. */
  retry(): Promise<void> {
    return this.#saver.retry();
  }

  /** The letter as it is in memory (for a backup download when storage fails). */
  snapshot(): Letter {
    return $state.snapshot(this.letter) as Letter;
  }

  /** In a conflict: keep this tab's version. */
  keepMine(): Promise<void> {
    return this.#saver.resolveKeepMine();
  }

  /** In a conflict: show the other tab's version. */
  takeTheirs(): void {
    const theirs = this.#saver.resolveTakeTheirs();
    if (theirs) {
      // Edits held for a signed letter were made on this tab's version: they go with it.
      if (this.#held) this.cancelEdit();
      this.letter = theirs;
      this.removal = null;
    }
  }

  /** The letter's own blanks (its copy of the model's fields), to name them in text boxes. */
  get fields(): Letter['fields'] {
    return this.letter.fields;
  }

  /** The gender the letter's civilité gives, so a text box shows each agreement's form. */
  get gender(): Gender | null {
    return personGender(this.letter);
  }

  /** The model the letter was made from (to reset a section or the whole letter). */
  get model(): LetterType {
    return this.#model;
  }

  /** A write resolved (never called for a version adopted from another tab). */
  #onSaved(written: Letter): void {
    this.letter.revision = written.revision;
    this.letter.updatedAt = written.updatedAt;
    this.#services.channel.announce({ kind: 'saved', id: written.id, revision: written.revision });
    if (!this.#everSaved) {
      this.#everSaved = true;
      void requestPersistence();
    }
  }

  async #onMessage(message: LetterMessage): Promise<void> {
    if (message.kind === 'school-saved') {
      await this.#refreshLogo();
      return;
    }
    if (this.load.kind !== 'ready' || !('id' in message) || message.id !== this.letter.id) return;
    if (message.kind === 'removed') {
      this.notice = 'Cette lettre a été supprimée dans un autre onglet.';
      return;
    }
    if (message.revision <= (this.#saver.revision ?? -1)) return;
    const theirs = await this.#services.repo.get(message.id).catch(() => null);
    if (theirs && this.#saver.adopt(theirs)) {
      if (this.#held) this.cancelEdit();
      this.letter = theirs;
      // An undo would put a part of this tab's old version into the other tab's one.
      this.removal = null;
      this.notice = 'Lettre mise à jour depuis un autre onglet.';
    }
  }

  /** The school's logo (printed top left), if any. */
  get logo(): SchoolLogo | null {
    return this.images.logo;
  }

  /**
   * « Apposer ma signature et le cachet » ticked or not: the preview and the PDF follow, and the
   * choice is kept with « Mon établissement » for the next letters (other tabs are told).
   */
  setAffix(on: boolean): Promise<void> {
    const { repo, channel } = this.#services;
    return this.images.choose(on, async (value) => {
      await repo.school.setAffixSignature(value);
      channel.announce({ kind: 'school-saved' });
    });
  }

  /** Another tab saved « Mon établissement »: its images may have changed or gone. */
  async #refreshLogo(): Promise<void> {
    const school = await this.#services.repo.getSchool().catch(() => null);
    // A failed read keeps what the page had rather than dropping the images.
    if (school) this.images.take(school);
  }
}

/**
 * What a part of the form needs to change the letter: the editor's commands, not the letter
 * itself (it receives what it displays as read-only props).
 */
export type LetterWriter = Pick<LetterEditor, 'apply' | 'remove' | 'model' | 'fields' | 'gender'>;
