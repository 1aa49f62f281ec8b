import type { Letter } from '../schemas/letter';
import type { LetterSummaryRecord } from '../schemas/letter-summary';
import { personGender, personName, roleValue, schoolYearValue } from '../document/roles';
import { agreedText } from '../text/agreement';
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
    // As the letter prints it: « de la référente » for Madame, never the model's {…|…} groups.
    title: agreedText(letter.title, personGender(letter)),
    person: personName(letter),
    fonction: roleValue(letter, 'fonction'),
    year: schoolYearValue(letter),
    missions: [...new Set(missions)],
    status: letter.status,
    statusAt: letter.statusHistory.at(-1)?.at ?? '',
    teamPersonId: letter.teamPersonId,
  };
}

/** Whether a raw stored letter carries the revision the summary was made from. */
export function summaryMatches(summary: LetterSummaryRecord, rawLetter: unknown): boolean {
  if (typeof rawLetter !== 'object' || rawLetter === null) return false;
  const { revision, updatedAt } = rawLetter as { revision?: unknown; updatedAt?: unknown };
  return revision === summary.revision && updatedAt === summary.updatedAt;
}
