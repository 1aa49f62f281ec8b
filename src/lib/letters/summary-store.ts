import type { Letter } from '../schemas/letter';
import type { LetterSummaryRecord } from '../schemas/letter-summary';
import type { KeyValueStore, StoreEntry } from '../storage/store';
import type { WithLock } from '../persistence/record-store';
import { keys, LETTER_PREFIX, SUMMARY_PREFIX } from '../persistence/keys';
import { readLetterRecord } from './records';
import { byKey, quarantine, type RejectedRecord } from '../persistence/quarantine';
import { readSummary, summaryMatches, summaryOf } from './summary';

// The letters' summaries kept beside them for « Mes lettres ». The letter always wins: a
// summary is derived data, written with its letter, rebuilt from it whenever it is missing,
// unreadable or of another revision, dropped when its letter is gone. So no failure here ever
// loses anything: at worst the list rebuilds a summary. The letter's store writes a summary
// with each letter (`letterRecords.besides`); what is here reads, rebuilds and drops them.

/** What the summaries need of the letters' store: its cross-tab lock, its rewrite of old formats. */
export interface LetterSource {
  lock: WithLock;
  rewriteMigrated(key: string): Promise<void>;
}

/** What « Mes lettres » lists: one summary per readable letter, and the records set aside. */
export interface SummaryList {
  summaries: LetterSummaryRecord[];
  rejected: RejectedRecord[];
  /** Letters with no usable summary left for `checkSummaries` to read (too many to wait for). */
  pending: number;
}

/**
 * How many letters without a usable summary are read before the first paint. Measured on a
 * 2-core machine under load: 5 000 of them (an import by a version of the site without
 * summaries) took over 5 s, past the storage timeout; a few dozen (letters made in bulk on
 * another page) take a few ms each. Beyond this, they are read by the check after the paint.
 */
export const REBUILD_BEFORE_PAINT = 100;

/** How many letters the check after the first paint reads at a time. */
export const CHECK_SLICE = 200;

/** Stores summaries on the side: a failure only means they are rebuilt next time. */
async function putSummaries(store: KeyValueStore, summaries: readonly LetterSummaryRecord[]) {
  if (summaries.length === 0) return;
  const entries: StoreEntry[] = summaries.map((summary) => [keys.summary(summary.id), summary]);
  try {
    if (store.setMany) return await store.setMany(entries);
  } catch {
    // Not atomic here, or refused: try one by one below.
  }
  for (const [key, value] of entries) await store.set(key, value).catch(() => undefined);
}

type Summarised = { ok: true; summary: LetterSummaryRecord } | { ok: false; problems: string[] };

/**
 * A stored letter's summary, or why it cannot be read (then its raw value is set aside, as the
 * full list does). An old format is rewritten in the current one, on the side.
 */
async function summariseRecord(
  store: KeyValueStore,
  letters: LetterSource,
  key: string,
  raw: unknown,
): Promise<Summarised> {
  const result = readLetterRecord(key, raw);
  if (!result.ok) {
    await quarantine(store, key, raw).catch(() => undefined);
    return { ok: false, problems: result.problems };
  }
  if (result.migrated) await letters.rewriteMigrated(key).catch(() => undefined);
  return { ok: true, summary: summaryOf(result.letter) };
}

/** The letters under `letterKeys`, one `get` each (side by side). */
function readLetters(
  store: KeyValueStore,
  letterKeys: readonly string[],
): Promise<[string, unknown][]> {
  const read = letterKeys.map(async (key): Promise<[string, unknown]> => [
    key,
    await store.get(key),
  ]);
  return Promise.all(read);
}

/**
 * The summaries to list before the first paint: the stored ones, read over their own key range
 * (a few hundred bytes each, a light schema), checked against the letters' keys only. A letter
 * with no usable summary (written by an import or an older version of the site, or unreadable)
 * is read in full and summarised, its summary stored (unless there are more than
 * `REBUILD_BEFORE_PAINT`: then `pending` says how many); a summary whose letter is gone is dropped.
 * Summaries are read before the keys: a letter saved in between is then summarised again,
 * rather than its fresh summary taken for one whose letter is gone.
 */
export async function loadSummaries(
  store: KeyValueStore,
  letters: LetterSource,
): Promise<SummaryList> {
  const stored = await store.entries(SUMMARY_PREFIX);
  const letterKeys = (await store.keys()).filter((key) => key.startsWith(LETTER_PREFIX)).sort();
  const present = new Set(letterKeys);
  const byId = new Map<string, LetterSummaryRecord>();
  const orphans: string[] = [];
  for (const [key, raw] of stored) {
    const id = key.slice(SUMMARY_PREFIX.length);
    if (!present.has(keys.letter(id))) orphans.push(id);
    else {
      const summary = readSummary(id, raw);
      if (summary) byId.set(id, summary);
    }
  }
  const missing = letterKeys.filter((key) => !byId.has(key.slice(LETTER_PREFIX.length)));
  if (missing.length > REBUILD_BEFORE_PAINT)
    return { summaries: [...byId.values()], rejected: [], pending: missing.length };
  const rejected: RejectedRecord[] = [];
  const rebuilt: LetterSummaryRecord[] = [];
  for (const [key, raw] of (await readLetters(store, missing)).sort(byKey)) {
    if (raw === null) continue; // removed since its key was read
    const outcome = await summariseRecord(store, letters, key, raw);
    if (!outcome.ok) rejected.push({ key, problems: outcome.problems });
    else rebuilt.push(outcome.summary);
  }
  await putSummaries(store, rebuilt);
  await Promise.all(
    orphans.map((id) => dropOrphan(store, letters.lock, id).catch(() => undefined)),
  );
  return { summaries: [...byId.values(), ...rebuilt], rejected, pending: 0 };
}

/** Removes the summary of a letter that is gone, unless the letter came back meanwhile. */
async function dropOrphan(store: KeyValueStore, lock: WithLock, id: string): Promise<void> {
  const key = keys.letter(id);
  await lock(key, async () => {
    if ((await store.get(key)) === null) await store.remove(keys.summary(id));
  });
}

/**
 * Checks every letter against its summary, after the first paint: the letters are read in
 * slices of `CHECK_SLICE` (the page stays responsive between them), and only those whose
 * revision or date differs from their summary's are validated and summarised again (a letter
 * saved by an older version of the site, or written without its summary). Returns the list as
 * the letters have it now, and whether it differs from `known`.
 */
export async function checkSummaries(
  store: KeyValueStore,
  letters: LetterSource,
  known: readonly LetterSummaryRecord[],
): Promise<SummaryList & { changed: boolean }> {
  const byId = new Map(known.map((summary) => [summary.id, summary]));
  const summaries: LetterSummaryRecord[] = [];
  const rejected: RejectedRecord[] = [];
  const rebuilt: LetterSummaryRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const slice = await readSlice(store, after);
    for (const [key, raw] of slice) {
      if (raw === null) continue;
      const summary = byId.get(key.slice(LETTER_PREFIX.length));
      if (summary && summaryMatches(summary, raw)) {
        summaries.push(summary);
        continue;
      }
      const outcome = await summariseRecord(store, letters, key, raw);
      if (!outcome.ok) rejected.push({ key, problems: outcome.problems });
      else rebuilt.push(outcome.summary);
    }
    const last = slice.at(-1);
    if (!last || slice.length < CHECK_SLICE || !store.entriesAfter) break;
    after = last[0];
  }
  await putSummaries(store, rebuilt);
  const changed = rebuilt.length > 0 || summaries.length !== known.length;
  return { summaries: [...summaries, ...rebuilt], rejected, pending: 0, changed };
}

/** The next slice of letters in key order; all of them when the store cannot slice. */
function readSlice(store: KeyValueStore, after: string | null): Promise<[string, unknown][]> {
  if (store.entriesAfter) return store.entriesAfter(LETTER_PREFIX, after, CHECK_SLICE);
  return store.entries(LETTER_PREFIX).then((all) => all.sort(byKey));
}

/**
 * Brings the letter's summary in line after it was opened: rewritten when missing or of another
 * revision, under the letter's lock and only if the letter is still the one read, so a save from
 * another tab meanwhile is never overwritten by an older summary.
 */
export async function refreshSummary(
  store: KeyValueStore,
  lock: WithLock,
  letter: Letter,
): Promise<void> {
  const current = readSummary(letter.id, await store.get(keys.summary(letter.id)));
  if (current && summaryMatches(current, letter)) return;
  const key = keys.letter(letter.id);
  await lock(key, async () => {
    const raw = await store.get(key);
    if (typeof raw !== 'object' || raw === null) return;
    const stored = raw as { revision?: unknown; updatedAt?: unknown };
    if (stored.revision !== letter.revision || stored.updatedAt !== letter.updatedAt) return;
    await store.set(keys.summary(letter.id), summaryOf(letter));
  });
}
