import { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { LetterListState } from '../../../src/lib/list/list-state.svelte';
import { SchoolEditor } from '../../../src/lib/school-form/school-state.svelte';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import type { ModelInfo } from '../../../src/lib/letters/list';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLock } from '../../../src/lib/persistence/record-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import type { Letter } from '../../../src/lib/schemas/letter';
import { fixtureType, makeLetter } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';
import { FaultStore, MemoryLocks } from './fault-store';

/** The browser a scenario runs in: one store, one channel bus, one lock manager for its tabs. */
export class Browser {
  readonly store = new FaultStore();
  readonly bus = new ChannelBus();
  readonly locks = new MemoryLocks();
  readonly #stops: (() => Promise<void>)[] = [];

  /** A tab's repository: over the shared store, with the shared Web Locks. */
  repo(): LetterRepository {
    return new LetterRepository(this.store, undefined, createLock(this.locks));
  }

  /** What a tab's page gets: storage said to work (the probe is tested elsewhere). */
  services() {
    return {
      store: { probe: async () => ({ ok: true }) as const },
      repo: this.repo(),
      channel: createLetterChannel(this.bus.factory),
    };
  }

  /** A tab with the editor open on letter `id` (a new letter when null), started. */
  async editor(id: string | null): Promise<LetterEditor> {
    const editor = new LetterEditor(seedLetter.typeId, fixtureType, this.services());
    this.#stops.push(() => editor.stop());
    await editor.start(id);
    return editor;
  }

  /** A tab showing « Mes lettres », started. */
  async list(): Promise<LetterListState> {
    const list = new LetterListState(models, this.services());
    this.#stops.push(async () => list.stop());
    await list.start();
    return list;
  }

  /** A tab showing « Mon établissement », started. */
  async school(): Promise<SchoolEditor> {
    const school = new SchoolEditor(this.services(), { saveOnLeave: false });
    this.#stops.push(() => school.stop());
    await school.start();
    return school;
  }

  /**
   * Closes every tab. A tab whose write hangs never finishes closing: it is left behind, as a
   * frozen tab is (`stop()` flushes first).
   */
  async close(): Promise<void> {
    this.store.disarm();
    await Promise.all(this.#stops.splice(0).map((stop) => stop()));
  }
}

/** The model « Mes lettres » knows. */
export const models: ModelInfo[] = [
  { id: 'referent-decrochage', mission: 'Référent décrochage', title: 'Lettre du référent' },
];

/** A letter stored before the scenario starts. */
export const seedLetter: Letter = makeLetter('seed', { values: { prenom: 'Marie', nom: 'Curie' } });

/** Another letter, which no scenario touches: it must come out as it went in. */
export const bystander: Letter = makeLetter('other', { values: { nom: 'Pasteur' } });

/** « Mon établissement » as stored before the scenario starts. */
export const seedSchool: School = {
  ...emptySchool,
  etablissement: 'Collège Jean Moulin',
  uai: '0771234A',
  ville: 'Melun',
};

/** Stores the seed letter, the bystander and the school, as a user's browser would hold them. */
export async function seed(store: KeyValueStore): Promise<void> {
  const repo = new LetterRepository(store);
  await repo.restore(seedLetter);
  await repo.restore(bystander);
  await repo.school.save(seedSchool, 0);
}

/** Lets every pending promise and message run (a write that hangs stays hung). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
