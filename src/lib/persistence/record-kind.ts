import type { StoreEntry } from '../storage/store';

/** A stored value read as a record of some kind: migrated and validated, or why it cannot be. */
export type RecordReading<Stored> =
  | {
      ok: true;
      record: Stored;
      /** Whether the record changed on the way (to be written back in the new form). */
      migrated: boolean;
    }
  | { ok: false; problems: string[] };

/** What every stored record carries: how many times it was saved, and when last. */
export interface Revisioned {
  revision: number;
  /** Absent on a record migrated from a format that had no date. */
  updatedAt?: string | undefined;
}

/**
 * How one kind of record is kept by a `RecordStore`: the descriptor that makes letters,
 * « Mon établissement » and the user's models share one store (revisions, cross-tab lock,
 * quarantine, migrations written back, atomic writes). A new kind of record is one more
 * descriptor. `Draft` is what the page edits and saves; `Stored` what is written and read back.
 */
export interface RecordKind<Draft, Stored extends Revisioned> {
  /** The record's key in the store (`letter:<id>`, `school`, `model:<id>`). */
  keyOf(record: Draft | Stored): string;
  /** A stored value checked against its key: migrated, validated (problems in French). */
  read(key: string, raw: unknown): RecordReading<Stored>;
  /** The draft checked before any write; throws the kind's error naming each field in French. */
  validate(draft: Draft): Draft;
  /** What is written for a valid draft saved as `revision` at `updatedAt`. */
  stamp(valid: Draft, revision: number, updatedAt: string): Stored;
  /** The error a save meets when another tab stored `theirs` first (carries it for the page). */
  conflict(theirs: Stored): Error;
  /** The error for a revision out of bounds (the next read would set the record aside). */
  invalidRevision(revision: number): Error;
  /** Records derived from this one, written in the same transaction (a letter's summary). */
  besides?(record: Stored): StoreEntry[];
  /** The keys of those derived records, removed with the record. */
  besideKeys?(key: string): string[];
  /** Where an old-format record is copied while its migrated form is written (none: none). */
  migrationBackupKey?(record: Stored): string;
}
