import type { LetterChannel } from '../letters/channel';
import type { LetterJournal } from '../letters/letter-journal';
import type { LetterRepository } from '../letters/repository';
import type { LiveWriters } from '../storage/live-writers';
import type { StorageProbe } from '../storage/probe';

/** What the list needs from the page's services (a memory-backed set in tests). */
export interface ListServices {
  store: StorageProbe;
  repo: LetterRepository;
  channel: LetterChannel;
  /** Pending edits closed pages left (replayed when the list loads); none when absent. */
  journal?: LetterJournal;
  /** Which pages are open (their journal entries are theirs to save). */
  writers?: LiveWriters;
}

/** Clock and id maker, injectable so tests are deterministic. */
export interface ListOptions {
  now?: () => Date;
  makeId?: () => string;
}
