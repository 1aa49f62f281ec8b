import type { Letter } from '../schemas/letter';
import type { StorageFailure } from '../storage/failure';

/** What the page shows next to the letter. `saved` is only ever reported after the write resolved. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date; revision: number }
  | { state: 'error'; failure: StorageFailure }
  | { state: 'conflict'; theirs: Letter };

/** Options of an `AutoSaver`. */
export interface AutoSaverOptions {
  /** Quiet time after the last change before saving (debounce), in ms. */
  delayMs?: number;
  /** Called on every status change. */
  onStatus: (status: SaveStatus) => void;
  /** Called after each write that resolved, with what was written (to announce to other tabs). */
  onSaved?: (letter: Letter) => void;
}
