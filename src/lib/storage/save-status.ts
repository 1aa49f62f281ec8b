import type { StorageFailure } from './failure';

/** The states every saved record goes through, whatever it is. */
export type SaveProgress =
  /** The record is still being read; set by the page, never by the saver. */
  | { state: 'loading' }
  /** Nothing changed since the page opened. */
  | { state: 'idle' }
  /** Edits wait for the debounce delay (or for the write in progress to end). */
  | { state: 'pending' }
  /** A write is in progress. */
  | { state: 'saving' }
  /** The last write failed: the edits stay pending until a retry or the next change. */
  | { state: 'error'; failure: StorageFailure };

/** The write resolved; never reported before. */
export interface Saved {
  state: 'saved';
  /** When the record was stored. */
  at: Date;
}

/** The write of a record with revisions resolved. */
export interface SavedRevision extends Saved {
  /** The revision now stored, on which the next edits are based. */
  revision: number;
}

/** Another tab stored a newer revision first: nothing is written until the user chooses. */
export interface Conflict<Theirs> {
  state: 'conflict';
  /** The version the other tab stored. */
  theirs: Theirs;
}

/**
 * What the status line shows for a record being edited. A record without revisions
 * (« Mon établissement ») is `SaveStatus`; one with revisions (a letter) is
 * `SaveStatus<Letter>`, whose `saved` carries the revision and which can be in `conflict`.
 */
export type SaveStatus<Theirs = never> = [Theirs] extends [never]
  ? SaveProgress | Saved
  : SaveProgress | SavedRevision | Conflict<Theirs>;
