import { formatCents, formatEuros, formatNumber } from '../format/money';
import { impTotal, readImpLine, type ImpLineReading, type ImpPay } from '../imp';
import type { ImpRate } from '../schemas/imp-rate';
import type { ImpLine, Letter } from '../schemas/letter';
import { CELL_LEADER, type Typeset } from './fill';
import type { DocBlock } from './model';

/** Says a cell does not apply to this line (as opposed to a leader: to be filled by hand). */
const NOT_APPLICABLE = '—';

/**
 * The IMP block as a table, one row per line, a total row when there are several lines, then
 * its note: the mission, number, taux with its amount, annual amount and monthly ninth. Every
 * row prints what its number of IMP says; an unset value prints a leader, to be filled by hand.
 */
export function impBlocks(
  imp: NonNullable<Letter['imp']>,
  rates: readonly ImpRate[],
  typeset: Typeset,
): DocBlock[] {
  const withProvenance = imp.lines.some((line) => line.provenance !== null);
  const columns = [
    'Mission',
    ...(withProvenance ? ['Provenance'] : []),
    'Nombre d’IMP',
    'Taux',
    'Montant annuel',
    'Par mois',
  ];
  const rows = imp.lines.map((line) => {
    const reading = readImpLine(line, rates);
    const set = reading.kind === 'unset' ? null : reading;
    return [
      missionCell(line),
      ...(withProvenance ? [provenanceCell(line)] : []),
      set ? formatNumber(set.count) : CELL_LEADER,
      tauxCell(reading),
      ...payCells(set?.pay),
    ];
  });
  if (imp.lines.length > 1) {
    const total = impTotal(imp.lines, rates);
    rows.push([
      'Total',
      ...(withProvenance ? [''] : []),
      total ? formatNumber(total.count) : CELL_LEADER,
      '',
      ...payCells(total?.pay),
    ]);
  }
  const code = imp.stsCode.trim();
  const caption = `Indemnité pour mission particulière (IMP)${code ? ` – code STS-web : ${code}` : ''}`;
  const table: DocBlock = {
    kind: 'table',
    caption: typeset(caption),
    columns,
    rows: rows.map((row) => row.map((cell) => typeset(cell))),
  };
  const note = imp.note.trim();
  return note ? [table, { kind: 'paragraph', text: typeset(note) }] : [table];
}

/** Annual amount and monthly ninth, or leaders while unknown. */
function payCells(pay: ImpPay | undefined): string[] {
  return pay
    ? [formatCents(pay.annualCents), formatCents(pay.monthlyCents)]
    : [CELL_LEADER, CELL_LEADER];
}

/** The name the seeds give a line whose mission is still to name (« Nombre d’IMP « autre » »). */
const UNNAMED = 'autre';

/**
 * The mission the line pays, as the head typed it (« Mission rémunérée »). The line's heading is
 * the form's label for it (« … attribuées par le Rectorat (le cas échéant) »), shown in the
 * editor only: the letter is written for its reader. A line whose mission is not named yet
 * (empty, or the seeds' « autre ») prints a leader, to be written by hand, never « autre ».
 */
function missionCell(line: ImpLine): string {
  const mission = line.mission.trim();
  return mission === '' || mission.toLowerCase() === UNNAMED ? CELL_LEADER : mission;
}

function provenanceCell(line: ImpLine): string {
  if (line.provenance === null) return NOT_APPLICABLE;
  return line.provenance.trim() || CELL_LEADER;
}

/**
 * « Taux 3 (1 250 €) » for a number a taux pays, « Hors taux usuel » for one no taux pays, and
 * for a stored taux that contradicts the number, what the number says, flagged: the letter
 * never prints a taux and an amount that disagree.
 */
function tauxCell(reading: ImpLineReading): string {
  switch (reading.kind) {
    case 'unset':
      return CELL_LEADER;
    case 'usual':
      return `Taux ${reading.rate.taux} (${formatEuros(reading.rate.amount)})`;
    case 'unusual':
      return reading.count === 0 ? NOT_APPLICABLE : 'Hors taux usuel';
    case 'contradiction': {
      const says = reading.rate
        ? `Taux ${reading.rate.taux} (${formatEuros(reading.rate.amount)})`
        : 'Hors taux usuel';
      return `${says} – à vérifier : taux ${reading.storedTaux} saisi`;
    }
  }
}
