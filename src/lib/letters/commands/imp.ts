import { rateForCount, rateOf } from '../../imp';
import type { ImpRate } from '../../schemas/imp-rate';
import type { ImpLine, Letter } from '../../schemas/letter';
import { TEXT_LIMITS } from '../../schemas/limits';
import { isQuarter, MAX_IMP_COUNT } from '../../validation/imp-count';
import type { LetterChange } from '../change';

/**
 * Commands of the IMP block. Each returns a `LetterChange` for `LetterEditor.apply`; a command
 * that cannot apply (no IMP block, unknown line, invalid value) changes nothing. They keep each
 * line coherent: the number of IMP is the truth and the taux is the one whose share it is.
 */

/** Id of the extra line the user may add under the model's columns. */
export const OTHER_LINE_ID = 'autre';

/** Most lines an IMP table holds (the stored letter's bound). */
const MAX_LINES = 4;

/** Runs `edit` on the line `lineId` of the letter's IMP block, if both exist. */
function onLine(lineId: string, edit: (line: ImpLine) => void): LetterChange {
  return (letter) => {
    const line = letter.imp?.lines.find((candidate) => candidate.id === lineId);
    if (line) edit(line);
  };
}

/** Runs `edit` on the letter's IMP block, if it has one. */
function onImp(edit: (imp: NonNullable<Letter['imp']>) => void): LetterChange {
  return (letter) => {
    if (letter.imp) edit(letter.imp);
  };
}

/** Chooses taux N: the line's number becomes its share (taux 2 is 0,5 IMP); null clears both. */
export function setImpTaux(
  lineId: string,
  taux: number | null,
  rates: readonly ImpRate[],
): LetterChange {
  if (taux === null) return onLine(lineId, (line) => Object.assign(line, { count: null, taux }));
  const rate = rateOf(taux, rates);
  if (!rate) return () => {};
  return onLine(lineId, (line) => Object.assign(line, { count: rate.share, taux: rate.taux }));
}

/** Whether a number of IMP may be stored: 0 to 20, by quarters. */
export function isValidImpCount(count: number): boolean {
  return Number.isFinite(count) && count >= 0 && count <= MAX_IMP_COUNT && isQuarter(count);
}

/**
 * Sets the number of IMP; the taux follows: the one whose share it is, or none for a number no
 * taux pays (1,5 IMP, « hors taux usuel »). Null clears the line.
 */
export function setImpCount(
  lineId: string,
  count: number | null,
  rates: readonly ImpRate[],
): LetterChange {
  if (count !== null && !isValidImpCount(count)) return () => {};
  const taux = count === null ? null : (rateForCount(count, rates)?.taux ?? null);
  // Stored as an exact quarter, so the schema's multipleOf(0.25) accepts it.
  const stored = count === null ? null : Math.round(count * 4) / 4;
  return onLine(lineId, (line) => Object.assign(line, { count: stored, taux }));
}

/** Sets the STS-web code printed in the table's caption. */
export function setImpStsCode(code: string): LetterChange {
  return onImp((imp) => (imp.stsCode = code));
}

/** Sets the name of the mission a line pays. */
export function setImpMission(lineId: string, mission: string): LetterChange {
  return onLine(lineId, (line) => (line.mission = mission));
}

/** Sets where a line's allowance comes from, for a line that asks (provenance not null). */
export function setImpProvenance(lineId: string, provenance: string): LetterChange {
  return onLine(lineId, (line) => {
    if (line.provenance !== null) line.provenance = provenance;
  });
}

/** Sets the note printed under the table. */
export function setImpNote(note: string): LetterChange {
  return onImp((imp) => (imp.note = note));
}

/** Whether the « autre » line can be added: an IMP block without one, with room left. */
export function canAddOtherImpLine(
  imp: { readonly lines: readonly Pick<ImpLine, 'id'>[] } | null,
): boolean {
  return (
    imp !== null &&
    imp.lines.length < MAX_LINES &&
    !imp.lines.some((line) => line.id === OTHER_LINE_ID)
  );
}

/**
 * Adds the « autre » line, empty, under the model's columns: its mission is for the head to
 * name (the letter prints a blank to fill until she does, never « autre »).
 */
export function addOtherImpLine(): LetterChange {
  return (letter) => {
    if (!canAddOtherImpLine(letter.imp)) return;
    letter.imp?.lines.push({
      id: OTHER_LINE_ID,
      heading: 'IMP « autre »',
      mission: '',
      provenance: '',
      count: null,
      taux: null,
    });
  };
}

/** Removes the « autre » line; the model's own lines stay (a table keeps one line at least). */
export function removeOtherImpLine(): LetterChange {
  return onImp((imp) => {
    const index = imp.lines.findIndex((line) => line.id === OTHER_LINE_ID);
    if (index >= 0 && imp.lines.length > 1) imp.lines.splice(index, 1);
  });
}

/** Id of the one line of an IMP table added to a letter whose model has none. */
export const ADDED_LINE_ID = 'etablissement';

/**
 * Gives an IMP table to a letter that has none (the REP and MLDS models print none, yet a head
 * may pay either mission with IMP): one line, paid by the school, for `mission` (the model's
 * mission, which the head may rename), its number and taux to choose. A letter that has a
 * table keeps it.
 */
export function addImpTable(mission: string): LetterChange {
  return (letter) => {
    if (letter.imp) return;
    letter.imp = {
      stsCode: '',
      note: '',
      lines: [
        {
          id: ADDED_LINE_ID,
          heading: 'IMP attribuée par l’établissement',
          mission: mission.trim().slice(0, TEXT_LIMITS.line),
          provenance: null,
          count: null,
          taux: null,
        },
      ],
    };
  };
}

/** Takes the IMP table out of the letter (the editor offers it for a table the head added). */
export function removeImpTable(): LetterChange {
  return (letter) => {
    letter.imp = null;
  };
}
