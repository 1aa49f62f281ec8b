import { LETTER_STATUSES, STATUS_LABELS, type LetterStatus } from '../schemas/letter-status';
import { filterSummaries } from '../letters/list';
import { formatCount, plural } from '../text/plural';
import type { CampaignRow } from './rows';

/** What the campaign's rows are filtered by; empty values filter nothing. */
export interface CampaignFilter {
  status: LetterStatus | '';
  /** A mission as the rows name it. */
  mission: string;
  /** The search as typed (« Mes lettres »' folding: accents, case, hyphens do not matter). */
  query: string;
}

export const NO_FILTER: CampaignFilter = { status: '', mission: '', query: '' };

/** The rows matching the status, the mission and every word of the search. */
export function filterRows(rows: readonly CampaignRow[], filter: CampaignFilter): CampaignRow[] {
  const kept = rows.filter(
    (row) =>
      (filter.status === '' || row.status === filter.status) &&
      (filter.mission === '' || row.mission === filter.mission),
  );
  return filterSummaries(kept, filter.query);
}

/** One choice of a filter: its value, and how the menu names it with its count. */
export interface FilterOption {
  value: string;
  label: string;
}

/** Every status, in the order a letter goes through them, each with its count in `rows`. */
export function statusOptions(rows: readonly CampaignRow[]): FilterOption[] {
  return LETTER_STATUSES.map((status) => {
    const count = rows.filter((row) => row.status === status).length;
    return { value: status, label: `${STATUS_LABELS[status]} (${formatCount(count)})` };
  });
}

/** The missions of `rows`, alphabetically, each with its count. */
export function missionOptions(rows: readonly CampaignRow[]): FilterOption[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.mission, (counts.get(row.mission) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b, 'fr', { sensitivity: 'base' }))
    .map(([mission, count]) => ({ value: mission, label: `${mission} (${formatCount(count)})` }));
}

/** What the status line says after each filter: « 3 lettres sur 12. » */
export function shownSentence(shown: number, total: number): string {
  if (total === 0) return 'Aucune lettre pour cette année.';
  if (shown === total) return `${plural(total, 'lettre', 'lettres')}.`;
  if (shown === 0) return 'Aucune lettre ne correspond aux filtres.';
  return `${plural(shown, 'lettre', 'lettres')} sur ${formatCount(total)}.`;
}
