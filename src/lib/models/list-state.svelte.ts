import type { UserModel } from '../schemas/user-model';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { MODEL_PREFIX } from '../persistence/keys';
import { UserModelRevisionConflict } from './errors';
import { silentModelChannel, type ModelChannel } from './channel';
import type { StoredUserModels } from './repository';
import type { ModelJournal } from './model-journal';
import { modelKind } from './model-kind';
import type { LiveWriters } from '../storage/live-writers';
import { replayJournal } from '../persistence/replay-journal';
import { importedSentence, parseModelFile, planModelImport, type ModelFile } from './share';

/** A model that could not be read: its key and problems, in French. */
export interface SetAsideModel {
  key: string;
  problems: string[];
}

/** A refused import file: the message and the problems named field by field. */
export interface RefusedFile {
  message: string;
  details: string[];
}

/**
 * The state of « Mes modèles »: the user's models, those set aside, the last removal (for
 * « Annuler ») and what an import did. Components display it and call its methods. What other
 * tabs do to models (a model saved in the builder, removed, imported) is read again (`listen`).
 */
export class ModelListState {
  load = $state<'loading' | 'ready' | 'unreadable'>('loading');
  models = $state.raw<UserModel[]>([]);
  setAside = $state.raw<SetAsideModel[]>([]);
  removed = $state.raw<UserModel | null>(null);
  /** What just happened, for the status line. */
  notice = $state('');
  failure = $state.raw<StorageFailure | null>(null);
  refused = $state.raw<RefusedFile | null>(null);

  readonly #repo: StoredUserModels;
  readonly #readyIds: ReadonlySet<string>;
  readonly #channel: ModelChannel;
  readonly #leftovers: { journal: ModelJournal; writers: LiveWriters } | undefined;
  #replayed = false;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `readyIds`: the ready models' slugs, which an imported model may not take; `leftovers`: the
   * journal of edits closed builder pages left, saved before the first read (none in tests).
   */
  constructor(
    repo: StoredUserModels,
    readyIds: Iterable<string>,
    channel: ModelChannel = silentModelChannel,
    leftovers?: { journal: ModelJournal; writers: LiveWriters },
  ) {
    this.#repo = repo;
    this.#readyIds = new Set(readyIds);
    this.#channel = channel;
    this.#leftovers = leftovers;
  }

  /** Reads the list again whenever another tab changes a model; returns how to stop. */
  listen(): () => void {
    const stop = this.#channel.subscribe(() => {
      // A burst of saves (typing in the builder) is read once.
      clearTimeout(this.#refreshTimer);
      this.#refreshTimer = setTimeout(() => void this.refresh(), 150);
    });
    return () => {
      stop();
      clearTimeout(this.#refreshTimer);
    };
  }

  /** Reads every model; a storage failure is said, the page stays usable. */
  async refresh(): Promise<void> {
    try {
      await this.#replayOnce();
      const { models } = await this.#repo.list();
      this.models = models;
      this.setAside = await this.#repo.problems();
      this.load = 'ready';
    } catch (error) {
      this.failure = classifyStorageError(error, 'storage');
      this.load = 'unreadable';
    }
  }

  /**
   * Saves, once per page, what closed builder pages left in the journal (a new model closed
   * before its first write is listed). A failure leaves the entries for the next try.
   */
  async #replayOnce(): Promise<void> {
    if (this.#replayed || !this.#leftovers) return;
    this.#replayed = true;
    const repo = this.#repo;
    const { journal, writers } = this.#leftovers;
    await replayJournal(journal, MODEL_PREFIX, writers, modelKind(repo), async (model) => {
      const opened = await repo.open(model.id);
      return opened.kind === 'found' ? { kind: 'found', stored: opened.record } : opened;
    }).catch(() => []);
  }

  /** Deletes a model (letters written from it keep their copy); « Annuler » can put it back. */
  async remove(id: string): Promise<boolean> {
    const model = this.models.find((candidate) => candidate.id === id);
    if (!model) return false;
    try {
      await this.#repo.remove(id);
      this.#channel.announce({ kind: 'removed', id });
      this.removed = model;
      this.models = this.models.filter((candidate) => candidate.id !== id);
      return true;
    } catch (error) {
      this.failure = classifyStorageError(error, 'storage');
      return false;
    }
  }

  /** Puts back the removed model, unless another tab stored a model under its id since. */
  async undo(): Promise<string | null> {
    const model = this.removed;
    if (!model) return null;
    this.removed = null;
    try {
      await this.#repo.undoRemove(model);
      this.#channel.announce({ kind: 'added', id: model.id });
      await this.refresh();
      this.notice = `Modèle «\u00a0${model.model.mission}\u00a0» rétabli.`;
      return model.id;
    } catch (error) {
      if (error instanceof UserModelRevisionConflict)
        this.notice =
          'Le modèle n’a pas été rétabli\u00a0: un autre onglet l’a enregistré depuis sa suppression.';
      else this.failure = classifyStorageError(error, 'storage');
      return null;
    }
  }

  /** Reads a file and adds the model it holds; nothing is written when the file is refused. */
  async import(file: ModelFile): Promise<string | null> {
    this.refused = null;
    this.notice = '';
    const parsed = await parseModelFile(file);
    if (!parsed.ok) {
      this.refused = { message: parsed.message, details: parsed.details };
      return null;
    }
    try {
      const { models } = await this.#repo.list();
      // Set-aside ids count as taken: an import never replaces even an unreadable record.
      const setAside = (await this.#repo.problems()).map(({ key }) =>
        key.slice(MODEL_PREFIX.length),
      );
      const plan = planModelImport(parsed.model, models, new Set([...this.#readyIds, ...setAside]));
      if (plan.kind === 'add') {
        await this.#repo.add(plan.model);
        this.#channel.announce({ kind: 'added', id: plan.model.id });
      }
      await this.refresh();
      this.notice = importedSentence(plan, parsed.repairedIds);
      return plan.model.id;
    } catch (error) {
      this.failure = classifyStorageError(error, 'import');
      return null;
    }
  }
}
