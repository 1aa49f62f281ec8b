import type { LetterSummaryRecord } from '../schemas/letter-summary';
import type { LetterChannel } from '../persistence/channel';
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

/**
 * « Mes lettres »' services in two steps, so that its first cards need neither the validation
 * code nor the repository: the summaries alone first, the full services imported after.
 */
export interface DeferredListServices {
  /**
   * The letters' summaries when each letter has a usable one (`readCompleteSummaries`); null
   * when some need a repair, which the full services' read does.
   */
  quickSummaries(): Promise<LetterSummaryRecord[] | null>;
  /** The full services, imported on first call (the same promise after). */
  load(): Promise<ListServices>;
  /** How long the first read waits (`STORAGE_TIMEOUT_MS` when absent). */
  readonly timeoutMs?: number;
}
