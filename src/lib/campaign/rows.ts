import type { LetterSummaryRecord } from '../schemas/letter-summary';
import { STATUS_LABELS, type LetterStatus } from '../schemas/letter-status';
import { recordYear } from '../letters/summary-year';
import { NO_NAME, summaryView, type ModelInfo } from '../letters/list';
import type { SummaryRow } from '../summary/row';

/** One letter of the campaign, as its table shows it. */
export interface CampaignRow {
  id: string;
  typeId: string;
  /** Whether the model is one of the site's (the editor's address depends on it). */
  knownModel: boolean;
  /** « Prénom Nom », or « Sans nom ». */
  person: string;
  /**
   * The mission as the letter names it (the IMP summary's row) once the letters are read; until
   * then the model's mission, else the letter's title.
   */
  mission: string;
  status: LetterStatus;
  /** The status as the pages name it (« Signée »). */
  statusLabel: string;
  /** ISO timestamp of the letter's last change. */
  updatedAt: string;
  /** The IMP summary's row for the letter (its IMP and amount); null until the letters are read. */
  imp: SummaryRow | null;
  /** What the search runs over (« Mes lettres »' folding: see `summaryView`). */
  haystack: string;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' });

/**
 * The campaign's rows for `year`, from the letters' summaries (read first, fast); `imp`, the IMP
 * summary's rows by letter id once the letters are read, gives each its IMP, amount and mission
 * as the IMP summary page shows them (the same functions, so the same figures). By person, then
 * mission, then id: a stable order.
 */
export function campaignRows(
  records: readonly LetterSummaryRecord[],
  year: string,
  models: readonly ModelInfo[],
  userMissions: ReadonlyMap<string, string>,
  imp: ReadonlyMap<string, SummaryRow> | null,
): CampaignRow[] {
  const rows: CampaignRow[] = [];
  for (const record of records) {
    if (recordYear(record) !== year) continue;
    const view = summaryView(record, models, userMissions);
    const row = imp?.get(record.id) ?? null;
    rows.push({
      id: record.id,
      typeId: record.typeId,
      knownModel: view.knownModel,
      person: record.person || NO_NAME,
      mission: row?.mission || view.mission || record.title,
      status: record.status,
      statusLabel: STATUS_LABELS[record.status],
      updatedAt: record.updatedAt,
      imp: row,
      haystack: view.haystack,
    });
  }
  return rows.sort(
    (a, b) =>
      byText(a.person, b.person) || byText(a.mission, b.mission) || a.id.localeCompare(b.id),
  );
}
