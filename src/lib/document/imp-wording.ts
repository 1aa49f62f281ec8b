import { readImpLine, type ImpLineReading } from '../imp';
import type { ImpRate } from '../schemas/imp-rate';
import type { Letter } from '../schemas/letter';

/**
 * « {impNombre} IMP au taux de {impMontant} », as the décrochage seed words the IMP (« …IMP au
 * taux de : ….€ »), with or without its colon.
 */
const AT_RATE = /\{impNombre\}(\s*)IMP\s+au\s+taux\s+de\s*:?\s*\{impMontant\}/g;

/**
 * Rewrites « {impNombre} IMP au taux de {impMontant} » in a letter's texts so that it says what
 * is true of the letter's IMP lines. A taux is one of the five amounts of the arrêté du 27 avril
 * 2015 (content/taux-imp.yaml): the sentence stays as the seed wrote it for one line paid at a
 * taux (« 1 IMP au taux de 1 250 € »), and otherwise names the annual amount as an amount:
 * « 1,5 IMP (hors taux usuel), soit 1 875 € par an » for one line no taux pays, « 1,5 IMP, soit
 * 1 875 € par an » for the total of several lines (each at its own taux, in the table). While
 * no line is set the text stays, to be filled by hand.
 */
export function impWording(
  letter: Pick<Letter, 'imp'>,
  rates: readonly ImpRate[],
): (text: string) => string {
  const set = (letter.imp?.lines ?? [])
    .map((line) => readImpLine(line, rates))
    .filter(
      (reading): reading is Exclude<ImpLineReading, { kind: 'unset' }> => reading.kind !== 'unset',
    );
  const [only] = set;
  if (!only) return (text) => text;
  if (set.length === 1) {
    const atTaux = only.kind === 'usual' || (only.kind === 'contradiction' && only.rate);
    if (atTaux) return (text) => text;
    if (only.count > 0)
      return (text) =>
        text.replace(AT_RATE, '{impNombre}$1IMP (hors taux usuel), soit {impMontant} par an');
  }
  return (text) => text.replace(AT_RATE, '{impNombre}$1IMP, soit {impMontant} par an');
}
