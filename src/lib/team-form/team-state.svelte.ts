import { emptyTeam, teamOf, type Team, type TeamPerson } from '../schemas/team';
import type { LetterChannel, LetterMessage } from '../persistence/channel';
import type { LetterRepository } from '../letters/repository';
import type { RejectedRecord } from '../persistence/quarantine';
import type { OpenedTeam } from '../team/repository';
import { TeamAutoSaver, type TeamSaveStatus } from '../team/autosave';
import type { TeamJournal } from '../team/team-journal';
import { probeWithin, waitOf, type StorageProbe } from '../storage/probe';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { withTimeout } from '../storage/timeout';
import { saveOnLeave } from '../letters/leave';
import { requestPersistence } from '../storage/persist';
import { keys } from '../persistence/keys';
import { aloneWriters, type LiveWriters } from '../storage/live-writers';
import { leftInJournal } from '../persistence/left-in-journal';
import { sameContent } from '../persistence/same-content';
import { newId } from '../ids/new-id';
import { readListFile } from '../bulk/read-list-file';
import { fileFits, fileTooLarge } from '../bulk/list-limits';
import { personKey, readTeamList, type NewPerson, type TeamListReading } from './team-list';
import { checkPerson } from './check-person';
import { formatCount, plural } from '../text/plural';
import { searchKeys, matches } from './team-search';

/** What « Mon équipe » needs from the page's services (memory-backed in tests). */
export interface TeamServices {
  store: StorageProbe;
  repo: Pick<LetterRepository, 'team'>;
  channel: LetterChannel;
  /** Pending edits, written synchronously (`localStorage`); none when absent (tests). */
  teamJournal?: TeamJournal;
  /** Which pages are open, so that only a closed page's journal entry is replayed. */
  writers?: LiveWriters;
}

/** Options; tests shorten the delay. */
export interface TeamEditorOptions {
  delayMs?: number;
  /** Listens to `pagehide` / `visibilitychange`; tests pass `false`. */
  saveOnLeave?: boolean;
}

/** A list being imported, shown before anything is added. */
export interface TeamImport {
  /** Where it came from: « le fichier « x.csv » » or « la liste collée ». */
  source: string;
  reading: TeamListReading;
}

/**
 * « Mon équipe » being edited: the people, added, changed, removed (with « Annuler ») or marked
 * as gone, each change saved ~500 ms later through the one saver of every record (journal,
 * revisions, conflicts with other tabs, failures in French). A list pasted or imported is read
 * by the list reader of « Plusieurs personnes » and previewed before anyone is added.
 */
export class TeamEditor {
  team = $state<Team>(emptyTeam());
  /** Where saving stands (`loading` until `start()` has read the team). */
  status = $state<TeamSaveStatus>({ state: 'loading' });
  /** Why storage cannot be used at all (private browsing…): edits stay in the page. */
  storageFailure = $state<StorageFailure | null>(null);
  /** Why the journal (`localStorage`) refuses edits; null once it takes them again. */
  journalFailure = $state<StorageFailure | null>(null);
  /** What happened last (another tab, an import), said in a live region. */
  notice = $state('');
  /** The unreadable record kept aside (in quarantine), with its problems; `null` if none. */
  setAside = $state.raw<RejectedRecord | null>(null);
  /** The search typed above the table. */
  query = $state('');
  /** The person removed last and where they stood, for « Annuler »; null when none. */
  removed = $state.raw<{ person: TeamPerson; index: number } | null>(null);
  /** A list read and shown before it is added; null when none. */
  pending = $state.raw<TeamImport | null>(null);
  /** Why a file was not read (too large, a spreadsheet's own file…); empty when it was. */
  fileProblem = $state('');

  /** Each person's folded words, computed once per change of the team, not at each key. */
  readonly #keys = $derived(searchKeys(this.team.people));
  /** The people the search finds, in the team's order. */
  readonly visible = $derived(matches(this.team.people, this.#keys, this.query));

  readonly #services: TeamServices;
  readonly #listenToLeave: boolean;
  readonly #saver: TeamAutoSaver;
  readonly #writers: LiveWriters;
  #cleanups: (() => void)[] = [];

  constructor(services: TeamServices, options: TeamEditorOptions = {}) {
    this.#services = services;
    this.#listenToLeave = options.saveOnLeave ?? true;
    this.#writers = services.writers ?? aloneWriters();
    this.#saver = new TeamAutoSaver(services.repo.team, {
      delayMs: options.delayMs ?? 500,
      onStatus: (status) => (this.status = status),
      onSaved: () => this.#saved(),
      onJournal: (failure) => (this.journalFailure = failure),
      journal: services.teamJournal,
      writer: this.#writers.self,
    });
  }

  /** Whether edits are not written yet (pending, being written, or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.#saver.hasUnsavedChanges;
  }

  async start(): Promise<void> {
    const { store, channel } = this.#services;
    // Bounded waits: storage that never answers must not leave « Chargement… » forever.
    const probe = await probeWithin(store);
    if (!probe.ok) {
      this.storageFailure = probe.failure;
      this.#saver.stopJournal();
    } else {
      const { opened, setAside } = await withTimeout(this.#read(), waitOf(store)).catch(
        (error: unknown) => {
          this.storageFailure = classifyStorageError(error, 'team');
          return { opened: { kind: 'missing' } as const, setAside: null };
        },
      );
      if (opened.kind === 'found') {
        this.team = teamOf(opened.record);
        this.#saver.basedOn(opened.record.revision);
      }
      this.setAside = setAside;
      if (opened.kind !== 'set-aside') {
        const entry = await leftInJournal(this.#services.teamJournal, keys.team, this.#writers);
        const stored = opened.kind === 'found' ? teamOf(opened.record) : null;
        if (entry && stored && sameContent(stored, entry.record))
          this.#services.teamJournal?.clear(keys.team, entry.writer);
        else if (entry) {
          this.team = entry.record;
          void this.#saver.replay(this.snapshot(), entry.base);
        }
      }
    }
    if (this.#listenToLeave) this.#cleanups.push(saveOnLeave(this.#saver.leaving));
    this.#cleanups.push(channel.subscribe((message) => void this.#onMessage(message)));
    this.status = this.#saver.status;
  }

  /** The stored team, and the copy set aside (now, or on an earlier visit: still said). */
  async #read(): Promise<{ opened: OpenedTeam; setAside: RejectedRecord | null }> {
    const { team } = this.#services.repo;
    const opened = await team.open();
    if (opened.kind === 'set-aside')
      return { opened, setAside: { key: keys.team, problems: opened.problems } };
    return { opened, setAside: await team.setAside().catch(() => null) };
  }

  /** Stops listening and writes what is pending. */
  async stop(): Promise<void> {
    for (const cleanup of this.#cleanups) cleanup();
    this.#cleanups = [];
    await this.flush();
    this.#saver.dispose();
  }

  /**
   * Adds a person typed in the form; returns the problems (in French) and adds nobody when
   * there are some: a name missing, too long, a bad e-mail, the team full, or the same nom and
   * prénom already in the team.
   */
  add(draft: NewPerson): string[] {
    const problems = checkPerson(draft, this.team.people, null);
    if (problems.length > 0) return problems;
    this.team.people.push({ ...draft, id: newId() });
    this.#edited(`Personne ajoutée à l’équipe\u00a0: ${fullName(draft)}.`);
    return [];
  }

  /** Changes a person, keeping their id (the letters' link); returns the problems, as `add`. */
  update(id: string, draft: NewPerson): string[] {
    const index = this.team.people.findIndex((person) => person.id === id);
    if (index < 0) return ['Cette personne n’est plus dans l’équipe.'];
    const problems = checkPerson(draft, this.team.people, id);
    if (problems.length > 0) return problems;
    this.team.people[index] = { ...draft, id };
    this.#edited(`Personne modifiée\u00a0: ${fullName(draft)}.`);
    return [];
  }

  /** Marks a person as having left the school (kept for the letters, skipped next year). */
  setGone(id: string, gone: boolean): void {
    const person = this.team.people.find((candidate) => candidate.id === id);
    if (!person || person.gone === gone) return;
    person.gone = gone;
    this.#edited(
      gone
        ? `${fullName(person)}\u00a0: a quitté l’établissement.`
        : `${fullName(person)}\u00a0: de nouveau dans l’établissement.`,
    );
  }

  /** Removes a person; « Annuler » (`undoRemove`) puts them back where they were. */
  remove(id: string): void {
    const index = this.team.people.findIndex((person) => person.id === id);
    const person = this.team.people[index];
    if (!person) return;
    this.team.people.splice(index, 1);
    this.removed = { person: $state.snapshot(person), index };
    this.#edited('');
  }

  /** Puts the person removed last back at their place, with their id. */
  undoRemove(): void {
    const removed = this.removed;
    if (!removed) return;
    this.removed = null;
    // Another person with their id (an import meanwhile) is never doubled.
    if (this.team.people.some((person) => person.id === removed.person.id)) return;
    this.team.people.splice(Math.min(removed.index, this.team.people.length), 0, removed.person);
    this.#edited(`Personne remise dans l’équipe\u00a0: ${fullName(removed.person)}.`);
  }

  /** Reads a pasted list and shows it, nothing added yet. */
  previewText(text: string): void {
    this.fileProblem = '';
    this.pending = { source: 'la liste collée', reading: readTeamList(text, this.team.people) };
  }

  /** Reads a chosen file (size first, then its bytes) and shows its list, nothing added yet. */
  async previewFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<void> {
    this.pending = null;
    if (!fileFits(file.size)) {
      this.fileProblem = fileTooLarge(file.name, file.size);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.fileProblem = `Le fichier «\u00a0${file.name}\u00a0» n’a pas pu être lu.`;
      return;
    }
    const reading = readListFile(file.name, bytes);
    if (!reading.ok) {
      this.fileProblem = reading.problem;
      return;
    }
    this.fileProblem = '';
    const source = `le fichier «\u00a0${file.name}\u00a0»`;
    this.pending = { source, reading: readTeamList(reading.text, this.team.people) };
  }

  /** Adds the new people of the list shown (read again: the team may have changed meanwhile). */
  confirmImport(): void {
    const pending = this.pending;
    if (!pending || pending.reading.refused) return;
    const here = new Set(this.team.people.map(personKey));
    const fresh = pending.reading.fresh.filter((person) => !here.has(personKey(person)));
    this.pending = null;
    const notice = importNotice(fresh.length, pending.reading);
    if (fresh.length === 0) {
      this.notice = notice; // nothing to save
      return;
    }
    this.team.people.push(...fresh.map((person) => ({ ...person, id: newId() })));
    this.#edited(notice);
  }

  /** Drops the list shown, adding nobody. */
  cancelImport(): void {
    this.pending = null;
  }

  /** Keeps the edit pending and schedules the save. */
  #edited(notice: string): void {
    this.notice = notice;
    this.#saver.change(this.snapshot());
  }

  /** Writes now whatever is pending; resolves when nothing is being written. */
  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** Tries the failed write again. */
  retry(): Promise<void> {
    return this.#saver.retry();
  }

  /** In a conflict: writes this tab's team over the other tab's version. */
  keepMine(): Promise<void> {
    this.notice = '';
    return this.#saver.resolveKeepMine();
  }

  /** In a conflict: shows the other tab's version and drops this tab's edits. */
  takeTheirs(): void {
    const theirs = this.#saver.resolveTakeTheirs();
    if (!theirs) return;
    this.team = teamOf(theirs);
    this.notice = 'Version de l’autre onglet affichée.';
  }

  /** The team as edited (for a backup download when storage fails). */
  snapshot(): Team {
    return $state.snapshot(this.team);
  }

  /** After a write: the other tabs hear of it only once it resolved. */
  #saved(): void {
    this.storageFailure = null;
    this.#services.channel.announce({ kind: 'team-saved' });
    void requestPersistence();
  }

  async #onMessage(message: LetterMessage): Promise<void> {
    // While this tab has edits of its own, the next save reports the conflict instead.
    if (message.kind !== 'team-saved' || this.hasUnsavedChanges) return;
    const opened = await this.#services.repo.team.open().catch(() => null);
    if (opened?.kind !== 'found' || opened.record.revision === this.#saver.revision) return;
    if (!this.#saver.adopt(opened.record)) return;
    this.team = teamOf(opened.record);
    this.notice = 'Mis à jour depuis un autre onglet.';
  }
}

/**
 * What an import did: « 28 personnes ajoutées à l’équipe. 2 personnes déjà dans l’équipe (même
 * nom et prénom) n’ont pas été ajoutées de nouveau. 1 ligne à corriger n’a pas été reprise. »
 */
function importNotice(added: number, reading: TeamListReading): string {
  const errors = reading.rows.filter((row) => row.kind === 'error').length;
  // Every good row not added is someone already here, or twice in the list.
  const twice = reading.rows.length - errors - added;
  const parts = [
    added === 0
      ? 'Personne n’a été ajouté à l’équipe.'
      : `${plural(added, 'personne ajoutée', 'personnes ajoutées')} à l’équipe.`,
    twice === 0
      ? ''
      : twice === 1
        ? '1 personne déjà dans l’équipe (même nom et prénom) n’a pas été ajoutée de nouveau.'
        : `${formatCount(twice)} personnes déjà dans l’équipe (même nom et prénom) n’ont pas été ajoutées de nouveau.`,
    errors === 0
      ? ''
      : errors === 1
        ? '1 ligne à corriger n’a pas été reprise.'
        : `${formatCount(errors)} lignes à corriger n’ont pas été reprises.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** « Claire Dupont », as the notices name a person. */
export const fullName = (person: Pick<TeamPerson, 'nom' | 'prenom'>): string =>
  [person.prenom, person.nom].filter((part) => part.trim() !== '').join(' ');
