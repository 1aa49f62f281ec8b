import type { JournalSubject } from '../storage/failure';

/**
 * How one kind of record is saved by a `JournalledSaver`: the descriptor that makes letters,
 * « Mon établissement » and the user's models share one saver (journal, revisions, conflicts,
 * failures). `Draft` is what the page edits; `Stored` what the store returns once written.
 */
export interface SavedKind<Draft, Stored> {
  /** What is saved, named in failure messages (`letter`, `school`, `model`). */
  subject: JournalSubject;
  /** Quiet time after the last change before writing, in ms. */
  delayMs: number;
  /** The record's key in the store and the journal (`letter:<id>`, `school`, `model:<id>`). */
  keyOf(draft: Draft): string;
  /** The revision a draft says it is based on, before any save (0 for a new record). */
  baseOf(draft: Draft): number;
  /**
   * Writes `draft` as based on revision `base`; resolves with the record stored. Rejects with
   * an error `theirsOf` recognises when another tab stored another revision first.
   */
  save(draft: Draft, base: number): Promise<Stored>;
  /** The other tab's stored record a failed `save` stands for, or null for a plain failure. */
  theirsOf(error: unknown): Stored | null;
  /** Whether `stored` already holds every edit of `draft` (a write ended as its page closed). */
  holds(stored: Stored, draft: Draft): boolean;
  /** The revision of a stored record. */
  revisionOf(stored: Stored): number;
  /** When a stored record was written (now when it does not say: a migrated record). */
  savedAt(stored: Stored): Date;
}
