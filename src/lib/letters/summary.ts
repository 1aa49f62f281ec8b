import type { Letter } from '../schemas/letter';
import type { LetterSummaryRecord } from '../schemas/letter-summary';
import type { StoreEntry } from '../storage/store';
import { keys } from '../persistence/keys';
import { personName, roleValue } from '../document/roles';
import { SUMMARY_VERSION } from './summary-check';

export { readSummary } from './summary-check';

/** The IMP column the seeds name « autre »: a blank line, not a mission. */
const OTHER = 'autre';

/** The summary « Mes lettres » keeps of a letter (see `letterSummarySchema`). */
export function summaryOf(letter: Letter): LetterSummaryRecord {
  const missions = (letter.imp?.lines ?? [])
    .map((line) => line.mission.trim())
    .filter((mission) => mission !== '' && mission.toLowerCase() !== OTHER);
  return {
    summaryVersion: SUMMARY_VERSION,
    id: letter.id,
    typeId: letter.typeId,
    revision: letter.revision,
    updatedAt: letter.updatedAt,
    title: letter.title,
    person: personName(letter),
    fonction: roleValue(letter, 'fonction'),
    year: roleValue(letter, 'anneeScolaire'),
    missions: [...new Set(missions)],
  };
}

/**
 * What to store for a letter: the letter under its key and its summary under its own. Whoever
 * writes letters straight to the store (an import, a bulk creation) should write these two
 * entries together (`writeAll`); a letter written alone is still listed, its summary rebuilt
 * when « Mes lettres » next loads.
 */
export function letterEntries(letter: Letter): [StoreEntry, StoreEntry] {
  return [
    [keys.letter(letter.id), letter],
    [keys.summary(letter.id), summaryOf(letter)],
  ];
}

/** Whether a raw stored letter carries the revision the summary was made from. */
export function summaryMatches(summary: LetterSummaryRecord, rawLetter: unknown): boolean {
  if (typeof rawLetter !== 'object' || rawLetter === null) return false;
  const { revision, updatedAt } = rawLetter as { revision?: unknown; updatedAt?: unknown };
  return revision === summary.revision && updatedAt === summary.updatedAt;
}
