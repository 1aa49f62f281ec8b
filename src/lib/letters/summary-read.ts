import type { LetterSummaryRecord } from '../schemas/letter-summary';
import type { KeyValueStore } from '../storage/store';
import { LETTER_PREFIX, SUMMARY_PREFIX } from '../persistence/keys';
import { readSummary } from './summary-check';

/**
 * The letters' summaries for « Mes lettres »' first paint, read with no validation code: one
 * read of the summaries' key range, one of the keys (no letter is read), a check by hand of
 * each summary. Null as soon as anything needs a repair (a letter with no usable summary, a
 * summary whose letter is gone): then `loadSummaries` (`summary-store.ts`) reads and repairs,
 * with the letters' validation. Summaries are read before the keys, as `loadSummaries` does: a
 * letter saved in between makes the counts differ, so the repairing read runs.
 */
export async function readCompleteSummaries(
  store: KeyValueStore,
): Promise<LetterSummaryRecord[] | null> {
  const stored = await store.entries(SUMMARY_PREFIX);
  const letterKeys = new Set((await store.keys()).filter((key) => key.startsWith(LETTER_PREFIX)));
  if (letterKeys.size !== stored.length) return null;
  const summaries: LetterSummaryRecord[] = [];
  for (const [key, raw] of stored) {
    const id = key.slice(SUMMARY_PREFIX.length);
    const summary = letterKeys.has(LETTER_PREFIX + id) ? readSummary(id, raw) : null;
    if (!summary) return null;
    summaries.push(summary);
  }
  return summaries;
}
