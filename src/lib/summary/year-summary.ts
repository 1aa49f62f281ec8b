import type { ImpRate } from '../schemas/imp-rate';
import type { Letter } from '../schemas/letter';
import { letterRow, type SummaryModel, type SummaryRow } from './row';

/** The letters of one mission added up. */
export interface MissionTotal {
  /** The mission, as the rows name it. */
  mission: string;
  /** How many letters. */
  letters: number;
  /** IMP, in quarters. */
  quarters: number;
  /** Annual amount, in cents. */
  annualCents: number;
  /** Monthly ninths, in cents. */
  monthlyCents: number;
}

/** The whole of a school year: the rows, their totals by mission and overall. */
export interface YearSummary {
  /** « 2025-2026 ». */
  year: string;
  /** One row per letter of the year, by mission then by name. */
  rows: SummaryRow[];
  /** One total per mission, in the rows' order. */
  byMission: MissionTotal[];
  /** Every row added up (`mission` empty). */
  total: MissionTotal;
  /**
   * The lines the rectorat pays apart from the school's allocation (the Cordées' « attribuées par
   * le Rectorat »); `letters` counts the letters that have such a line.
   */
  rectorat: MissionTotal;
  /** What the school's allocation pays: `total` less `rectorat`; the balance is taken on it. */
  fromAllocation: MissionTotal;
  /** How many IMP lines are still to fix (left out of the totals). */
  unsetLines: number;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' });

/** Rows by mission, then by last name and first name, then by id (a stable order). */
function compareRows(a: SummaryRow, b: SummaryRow): number {
  return (
    byText(a.mission, b.mission) ||
    byText(a.nom, b.nom) ||
    byText(a.prenom, b.prenom) ||
    a.id.localeCompare(b.id)
  );
}

/** The rows added up, in integers (quarters and cents). */
export function addUp(mission: string, rows: readonly SummaryRow[]): MissionTotal {
  const total: MissionTotal = { mission, letters: 0, quarters: 0, annualCents: 0, monthlyCents: 0 };
  for (const row of rows) {
    total.letters += 1;
    total.quarters += row.quarters;
    total.annualCents += row.annualCents;
    total.monthlyCents += row.monthlyCents;
  }
  return total;
}

/** The rows' lines the rectorat pays apart, added up; only letters with such a line count. */
export function addUpRectorat(rows: readonly SummaryRow[]): MissionTotal {
  const total: MissionTotal = {
    mission: '',
    letters: 0,
    quarters: 0,
    annualCents: 0,
    monthlyCents: 0,
  };
  for (const row of rows) {
    if (row.rectoratQuarters === 0) continue;
    total.letters += 1;
    total.quarters += row.rectoratQuarters;
    total.annualCents += row.rectoratAnnualCents;
    total.monthlyCents += row.rectoratMonthlyCents;
  }
  return total;
}

/** `total` less `part`, figure by figure (the letters stay those of `total`). */
function less(total: MissionTotal, part: MissionTotal): MissionTotal {
  return {
    ...total,
    quarters: total.quarters - part.quarters,
    annualCents: total.annualCents - part.annualCents,
    monthlyCents: total.monthlyCents - part.monthlyCents,
  };
}

/** The letters' rows, sorted; the year of each is its `schoolYear` field (see `letterRow`). */
export function summaryRows(
  letters: readonly Letter[],
  models: readonly SummaryModel[],
  rates: readonly ImpRate[],
): SummaryRow[] {
  return letters.map((letter) => letterRow(letter, models, rates)).sort(compareRows);
}

/** The summary of `year` (« 2025-2026 ») over rows from `summaryRows`. */
export function summariseYear(rows: readonly SummaryRow[], year: string): YearSummary {
  const own = rows.filter((row) => row.year === year);
  const missions = new Map<string, SummaryRow[]>();
  for (const row of own) {
    const group = missions.get(row.mission);
    if (group) group.push(row);
    else missions.set(row.mission, [row]);
  }
  const total = addUp('', own);
  const rectorat = addUpRectorat(own);
  return {
    year,
    rows: own,
    byMission: [...missions].map(([mission, group]) => addUp(mission, group)),
    total,
    rectorat,
    fromAllocation: less(total, rectorat),
    unsetLines: own.reduce((sum, row) => sum + row.unsetLines, 0),
  };
}

/** The rows whose letter has no school year: shown apart, in no year's total. */
export const undatedRows = (rows: readonly SummaryRow[]): SummaryRow[] =>
  rows.filter((row) => row.year === '');

/** The school years the rows are for, the latest first. */
export function summaryYears(rows: readonly SummaryRow[]): string[] {
  const years = new Set(rows.map((row) => row.year).filter(Boolean));
  return [...years].sort().reverse();
}

/**
 * The year the page opens on: the year being prepared (`school/prepared-year.ts`) when letters
 * are written for it or when there are none, else the year before it (under way), else the
 * latest year of the letters.
 */
export function defaultSummaryYear(years: readonly string[], prepared: string): string {
  if (years.includes(prepared) || years.length === 0) return prepared;
  const start = Number(prepared.slice(0, 4));
  const underWay = `${start - 1}-${start}`;
  if (years.includes(underWay)) return underWay;
  return years[0] ?? prepared;
}
