import { LocalforageStore } from '../storage/localforage-store';
import type { StorageProbe } from '../storage/probe';
import { LetterRepository } from '../letters/repository';
import { createLetterChannel, type LetterChannel } from '../persistence/channel';
import { createLetterJournal, type LetterJournal } from '../letters/letter-journal';
import { createLiveWriters, type LiveWriters } from '../storage/live-writers';
import { createSchoolJournal, type SchoolJournal } from '../school/school-journal';
import { createModelJournal, type ModelJournal } from '../models/model-journal';
import { createTeamJournal, type TeamJournal } from '../team/team-journal';

/**
 * What every island of the site shares: the store's probe, one repository, one cross-tab
 * channel, the journal of pending edits. Tests pass a memory-backed set.
 */
export interface Services {
  store: StorageProbe;
  repo: LetterRepository;
  channel: LetterChannel;
  /** Pending edits, written synchronously (`localStorage`); none when absent (tests). */
  journal?: LetterJournal;
  /** « Mon établissement »'s pending edits, as `journal` for letters. */
  schoolJournal?: SchoolJournal;
  /** The user's models' pending edits, as `journal` for letters. */
  modelJournal?: ModelJournal;
  /** « Mon équipe »'s pending edits, as `journal` for letters. */
  teamJournal?: TeamJournal;
  /** Which pages are open, so that only a closed page's journal entries are replayed. */
  writers?: LiveWriters;
}

let services: Services | undefined;

/** The page's services, created on first use (never at build time: they need a browser). */
export function getServices(): Services {
  if (!services) {
    const store = new LocalforageStore();
    services = {
      store,
      repo: new LetterRepository(store),
      channel: createLetterChannel(),
      journal: createLetterJournal(),
      schoolJournal: createSchoolJournal(),
      modelJournal: createModelJournal(),
      teamJournal: createTeamJournal(),
      writers: createLiveWriters(),
    };
  }
  return services;
}
