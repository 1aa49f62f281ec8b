import type { ImpRate } from '../../schemas/imp-rate';
import type { Letter } from '../../schemas/letter';
import { roleValue } from '../../letters/roles';
import { letterSchoolYear, schoolYearLabel } from '../../letters/letter-year';
import { toQuarters, type ImpPay } from '../cents';
import { readImpLine } from '../line';

/** What the summary needs to know of a model: its mission, by the letters' `typeId`. */
export interface SummaryModel {
  /** Slug of the model, the letters' `typeId`. */
  id: string;
  /** Short name of the mission, e.g. « Coordonnateur du REP ». */
  mission: string;
}

/** One IMP line of a letter, as the summary and the CSV list it. */
export interface SummaryLine {
  /** The line's id within its letter. */
  id: string;
  /** Column heading, e.g. « attribuées par le Rectorat ». */
  heading: string;
  /** Name of the mission the line pays. */
  mission: string;
  /** Where the allowance comes from, when the line says. */
  provenance: string;
  /** Number of IMP, or null while the line is unset. */
  count: number | null;
  /** The taux the number is the share of; null for a number no taux pays, or unset. */
  taux: number | null;
  /** What the line pays, or null while it is unset. */
  pay: ImpPay | null;
}

/** One letter of the summary: who, which mission, and what its IMP lines add up to. */
export interface SummaryRow {
  /** Id of the letter. */
  id: string;
  /** Slug of its model (a ready model's, or one of the user's own). */
  typeId: string;
  /** Whether the model is one of the site's (the editor's address depends on it). */
  knownModel: boolean;
  /** Last name (the field whose role is `nom`), possibly empty. */
  nom: string;
  /** First name (role `prenom`), possibly empty. */
  prenom: string;
  /** « Prénom Nom », or empty when neither is filled. */
  person: string;
  /** The model's mission, else the letter's title (a model of the user's own). */
  mission: string;
  /** The school year, « 2025-2026 », or empty when the letter has none (or a mistyped one). */
  year: string;
  /** STS-web code of the letter's IMP block, possibly empty. */
  stsCode: string;
  /** Every IMP line of the letter; none when the letter has no IMP block. */
  lines: SummaryLine[];
  /** IMP of the lines that are set, in quarters (integers: 1,5 IMP is 6). */
  quarters: number;
  /** Annual amount of the lines that are set, in cents. */
  annualCents: number;
  /** Monthly ninths of the lines that are set, in cents. */
  monthlyCents: number;
  /** Lines still to fix (neither number nor taux): the total leaves them out. */
  unsetLines: number;
}

/** A letter's IMP lines read with the rates: the number of IMP rules, the taux only names it. */
function summaryLines(letter: Letter, rates: readonly ImpRate[]): SummaryLine[] {
  return (letter.imp?.lines ?? []).map((line) => {
    const reading = readImpLine(line, rates);
    const base = {
      id: line.id,
      heading: line.heading.trim(),
      mission: line.mission.trim(),
      provenance: (line.provenance ?? '').trim(),
    };
    if (reading.kind === 'unset') return { ...base, count: null, taux: null, pay: null };
    const taux = reading.kind === 'unusual' ? null : (reading.rate?.taux ?? null);
    return { ...base, count: reading.count, taux, pay: reading.pay };
  });
}

/** The summary's row for one letter; sums run on quarters and cents, never on floats. */
export function letterRow(
  letter: Letter,
  models: readonly SummaryModel[],
  rates: readonly ImpRate[],
): SummaryRow {
  const lines = summaryLines(letter, rates);
  let quarters = 0;
  let annualCents = 0;
  let monthlyCents = 0;
  for (const line of lines) {
    if (line.count === null || line.pay === null) continue;
    quarters += toQuarters(line.count);
    annualCents += line.pay.annualCents;
    monthlyCents += line.pay.monthlyCents;
  }
  const nom = roleValue(letter, 'nom');
  const prenom = roleValue(letter, 'prenom');
  const start = letterSchoolYear(letter);
  const model = models.find((candidate) => candidate.id === letter.typeId);
  return {
    id: letter.id,
    typeId: letter.typeId,
    knownModel: model !== undefined,
    nom,
    prenom,
    person: [prenom, nom].filter(Boolean).join(' '),
    mission: model?.mission ?? letter.title.trim(),
    year: start === null ? '' : schoolYearLabel(start),
    stsCode: (letter.imp?.stsCode ?? '').trim(),
    lines,
    quarters,
    annualCents,
    monthlyCents,
    unsetLines: lines.filter((line) => line.count === null).length,
  };
}
