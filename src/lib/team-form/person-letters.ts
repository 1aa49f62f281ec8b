import type { Letter } from '../schemas/letter';
import type { ImpRate } from '../schemas/imp-rate';
import { STATUS_LABELS, type LetterStatus } from '../schemas/letter-status';
import { letterRow, type SummaryModel } from '../summary/row';

/** One letter of a person, as the team page lists it. */
export interface PersonLetter {
  id: string;
  typeId: string;
  /** Whether the model is one of the site's (the editor's address depends on it). */
  knownModel: boolean;
  /** The mission as the IMP summary names it. */
  mission: string;
  status: LetterStatus;
  /** « Signée », as the pages name a status. */
  statusLabel: string;
}

/** A person's letters of the year, and their IMP added up as the IMP summary adds them. */
export interface PersonLetters {
  letters: PersonLetter[];
  /** IMP, in quarters (1,5 IMP is 6). */
  quarters: number;
  /** Annual amount, in cents. */
  annualCents: number;
}

/**
 * The letters of `year` (« 2027-2028 ») linked to each person of « Mon équipe »
 * (`teamPersonId`), by person id, with their IMP: each letter read by the IMP summary's own
 * `letterRow`, so the figures are the summary's. Letters of no one in the team are left out.
 */
export function lettersByPerson(
  letters: readonly Letter[],
  models: readonly SummaryModel[],
  rates: readonly ImpRate[],
  year: string,
): Map<string, PersonLetters> {
  const byPerson = new Map<string, PersonLetters>();
  for (const letter of letters) {
    if (letter.teamPersonId === null) continue;
    const row = letterRow(letter, models, rates);
    if (row.year !== year) continue;
    let entry = byPerson.get(letter.teamPersonId);
    if (!entry)
      byPerson.set(letter.teamPersonId, (entry = { letters: [], quarters: 0, annualCents: 0 }));
    entry.letters.push({
      id: letter.id,
      typeId: letter.typeId,
      knownModel: row.knownModel,
      mission: row.mission,
      status: letter.status,
      statusLabel: STATUS_LABELS[letter.status],
    });
    entry.quarters += row.quarters;
    entry.annualCents += row.annualCents;
  }
  for (const entry of byPerson.values())
    entry.letters.sort(
      (a, b) => a.mission.localeCompare(b.mission, 'fr') || a.id.localeCompare(b.id),
    );
  return byPerson;
}
