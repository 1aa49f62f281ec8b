import type { ImpRate } from '../schemas/imp-rate';
import type { Letter } from '../schemas/letter';
import type { UserModel } from '../schemas/user-model';
import { roleValue } from '../document/roles';
import { letterSchoolYear, schoolYearLabel } from '../letters/letter-year';
import { toQuarters, type ImpPay } from '../imp/cents';
import { readImpLine } from '../imp/line';
import { letterTypesetter } from '../document/to-document';
import { BLANK_LEADER } from '../document/fill';

/** What the summary needs to know of a model: its mission, by the letters' `typeId`. */
export interface SummaryModel {
  /** Slug of the model, the letters' `typeId`. */
  id: string;
  /** Short name of the mission, e.g. « Coordonnateur du REP ». */
  mission: string;
  /** Ids of the model's IMP columns the rectorat pays apart from the school's allocation. */
  rectoratColumns?: readonly string[];
  /** True for one of the user's own models (« Mes modèles »), opened by its own editor. */
  user?: boolean;
  /** The model's STS-web code when it is known (« IMP 9073 »), for letters that left theirs empty. */
  stsCode?: string | undefined;
}

/** What the summary needs of one of the user's models. */
export function userSummaryModel({ id, model }: UserModel): SummaryModel {
  const rectoratColumns = (model.imp?.columns ?? [])
    .filter((column) => column.fundedBy === 'rectorat')
    .map((column) => column.id);
  return { id, mission: model.mission, rectoratColumns, user: true, stsCode: model.imp?.stsCode };
}

/** Whose envelope pays an IMP line (see `impColumnSchema.fundedBy`). */
export type Funder = 'etablissement' | 'rectorat';

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
  /** The school's allocation, or the rectorat's endowment apart from it. */
  funder: Funder;
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
  /** The model's mission, else the letter's title (a model no longer stored). */
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
  /** The part of `quarters` the rectorat pays apart (lines funded by `rectorat`). */
  rectoratQuarters: number;
  /** The part of `annualCents` the rectorat pays apart. */
  rectoratAnnualCents: number;
  /** The part of `monthlyCents` the rectorat pays apart. */
  rectoratMonthlyCents: number;
  /** Lines still to fix (neither number nor taux): the total leaves them out. */
  unsetLines: number;
}

/** A letter's IMP lines read with the rates: the number of IMP rules, the taux only names it. */
function summaryLines(
  letter: Letter,
  rates: readonly ImpRate[],
  rectoratColumns: readonly string[],
): SummaryLine[] {
  return (letter.imp?.lines ?? []).map((line) => {
    const reading = readImpLine(line, rates);
    const base = {
      id: line.id,
      heading: line.heading.trim(),
      mission: line.mission.trim(),
      provenance: (line.provenance ?? '').trim(),
      funder: rectoratColumns.includes(line.id)
        ? ('rectorat' as const)
        : ('etablissement' as const),
    };
    if (reading.kind === 'unset') return { ...base, count: null, taux: null, pay: null };
    const taux = reading.kind === 'unusual' ? null : (reading.rate?.taux ?? null);
    return { ...base, count: reading.count, taux, pay: reading.pay };
  });
}

/**
 * The mission as the letter names it, from its « Objet » as printed (« Mission de coordonnatrice
 * de discipline (physique-chimie) » → « Coordonnatrice de discipline (physique-chimie) »): the
 * model's name alone would make nineteen coordonnateurs de discipline one line. Null when the
 * letter has no « Mission de … » objet, or one with a blank still to fill.
 */
function missionOf(letter: Letter, rates: readonly ImpRate[]): string | null {
  const objet = letter.objet.trim();
  if (!objet) return null;
  const printed = letterTypesetter(letter, rates)(objet);
  const match = /^Missions? (?:de la |de l’|de l'|du |des |de |d’|d')(.+)$/u.exec(printed);
  const named = match?.[1]?.trim() ?? '';
  if (named === '' || printed.includes(BLANK_LEADER)) return null;
  return named.charAt(0).toUpperCase() + named.slice(1);
}

/** The summary's row for one letter; sums run on quarters and cents, never on floats. */
export function letterRow(
  letter: Letter,
  models: readonly SummaryModel[],
  rates: readonly ImpRate[],
): SummaryRow {
  const model = models.find((candidate) => candidate.id === letter.typeId);
  const lines = summaryLines(letter, rates, model?.rectoratColumns ?? []);
  const all = { quarters: 0, annualCents: 0, monthlyCents: 0 };
  const rectorat = { quarters: 0, annualCents: 0, monthlyCents: 0 };
  for (const line of lines) {
    if (line.count === null || line.pay === null) continue;
    for (const sum of line.funder === 'rectorat' ? [all, rectorat] : [all]) {
      sum.quarters += toQuarters(line.count);
      sum.annualCents += line.pay.annualCents;
      sum.monthlyCents += line.pay.monthlyCents;
    }
  }
  const nom = roleValue(letter, 'nom');
  const prenom = roleValue(letter, 'prenom');
  const start = letterSchoolYear(letter);
  return {
    id: letter.id,
    typeId: letter.typeId,
    knownModel: model !== undefined && model.user !== true,
    nom,
    prenom,
    person: [prenom, nom].filter(Boolean).join(' '),
    mission: missionOf(letter, rates) ?? model?.mission ?? letter.title.trim(),
    year: start === null ? '' : schoolYearLabel(start),
    stsCode: (letter.imp?.stsCode ?? '').trim() || (model?.stsCode ?? '').trim(),
    lines,
    ...all,
    rectoratQuarters: rectorat.quarters,
    rectoratAnnualCents: rectorat.annualCents,
    rectoratMonthlyCents: rectorat.monthlyCents,
    unsetLines: lines.filter((line) => line.count === null).length,
  };
}
