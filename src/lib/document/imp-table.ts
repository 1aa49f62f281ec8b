import { formatEuros, formatNumber } from '../format/money';
import { impLineAmount, impLineCount, rateOf } from '../imp';
import type { ImpRate } from '../schemas/imp-rate';
import type { ImpLine, Letter } from '../schemas/letter';
import { CELL_LEADER, type Typeset } from './fill';
import type { DocBlock } from './model';

/** Says a cell does not apply to this line (as opposed to a leader: to be filled by hand). */
const NOT_APPLICABLE = '—';

/**
 * The IMP block as a table, one row per line, then its note: number, taux with its amount,
 * annual amount and monthly ninth. An unset value prints a leader, to be filled by hand.
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
    const amount = impLineAmount(line, rates);
    const count = impLineCount(line, rates);
    return [
      missionCell(line),
      ...(withProvenance ? [provenanceCell(line)] : []),
      count === null ? CELL_LEADER : formatNumber(count),
      tauxCell(line, rates),
      amount ? formatEuros(amount.annual) : CELL_LEADER,
      amount ? formatEuros(amount.monthly) : CELL_LEADER,
    ].map((cell) => typeset(cell));
  });
  const code = imp.stsCode.trim();
  const caption = `Indemnité pour mission particulière (IMP)${code ? ` – code STS-web : ${code}` : ''}`;
  const table: DocBlock = { kind: 'table', caption: typeset(caption), columns, rows };
  const note = imp.note.trim();
  return note ? [table, { kind: 'paragraph', text: typeset(note) }] : [table];
}

/** The line's heading, naming its mission when the heading does not already. */
function missionCell(line: ImpLine): string {
  const heading = line.heading.trim();
  const mission = line.mission.trim();
  if (!mission || heading.toLowerCase().includes(mission.toLowerCase())) return heading;
  return heading ? `${heading} (mission « ${mission} »)` : mission;
}

function provenanceCell(line: ImpLine): string {
  if (line.provenance === null) return NOT_APPLICABLE;
  return line.provenance.trim() || CELL_LEADER;
}

/** « Taux 3 (1 250 €) »; the taux a number of IMP matches when only the number is set. */
function tauxCell(line: ImpLine, rates: readonly ImpRate[]): string {
  const rate =
    line.taux !== null
      ? rateOf(line.taux, rates)
      : rates.find((candidate) => candidate.share === line.count);
  if (rate) return `Taux ${rate.taux} (${formatEuros(rate.amount)})`;
  if (line.taux !== null) return `Taux ${line.taux}`;
  return line.count === null ? CELL_LEADER : NOT_APPLICABLE;
}
