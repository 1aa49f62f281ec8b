import type { LetterSummaryRecord } from '../schemas/letter-summary';
import type { LetterRepository, SummaryList } from '../letters/repository';
import type { RejectedRecord } from '../persistence/quarantine';
import type { ProbeResult, StorageProbe } from '../storage/probe';
import { withTimeout } from '../storage/timeout';
import type { DeferredListServices, ListServices } from './list-services';

// What « Mes lettres » reads from storage to list the letters, and the checks that follow its
// first cards. They hold no state: `LetterListState` shows what they return. The probe and the
// journal replay are imported when called: neither is on the page's first load.

/**
 * The summaries alone (deferred services), when every letter has a usable one; null when
 * some need a repair (the full read does it), when the read failed or took over `timeoutMs`.
 */
export async function quickSummaries(
  deferred: DeferredListServices,
  timeoutMs: number,
): Promise<LetterSummaryRecord[] | null> {
  return withTimeout(deferred.quickSummaries(), timeoutMs).catch(() => null);
}

/** « Mon établissement » set aside (its record unreadable), or null; never fails. */
export async function schoolSetAside(repo: LetterRepository): Promise<RejectedRecord | null> {
  return repo.school.setAside().catch(() => null);
}

/**
 * Every summary, what was set aside (« Mon établissement » included: same warning, same
 * download) and how many letters wait for the check. `timeoutMs` bounds the summaries' read.
 */
export async function readList(repo: LetterRepository, timeoutMs?: number): Promise<SummaryList> {
  const reading = repo.listSummaries();
  const { summaries, rejected, pending } = await (timeoutMs === undefined
    ? reading
    : withTimeout(reading, timeoutMs));
  const school = await schoolSetAside(repo);
  return { summaries, pending, rejected: school ? [...rejected, school] : rejected };
}

/** Whether storage works (a write, a read, a removal), bounded. */
export async function probeStorage(store: StorageProbe): Promise<ProbeResult> {
  const { probeWithin } = await import('../storage/probe');
  return probeWithin(store);
}

/**
 * Saves what closed editor pages left in the journal, so the list shows their last edits (and
 * a new letter closed before its first write), and tells other tabs; returns how many letters
 * it wrote. Bounded by `timeoutMs`, and never fails.
 */
export async function replayClosedPages(
  { journal, writers, repo, channel }: ListServices,
  timeoutMs: number,
): Promise<number> {
  if (!journal || !writers) return 0;
  // The replay (and its letter comparison) is not needed for the first cards.
  const { replayJournal } = await import('../letters/replay');
  const written = await withTimeout(replayJournal(repo, journal, writers), timeoutMs).catch(
    () => [],
  );
  for (const letter of written)
    channel.announce({ kind: 'saved', id: letter.id, revision: letter.revision });
  return written.length;
}
