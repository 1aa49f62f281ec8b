import type { Letter } from '../schemas/letter';
import { letterLabel, type ModelInfo } from '../letters/list';
import { schoolYearLabel } from '../letters/letter-year';
import { personName, roleValue } from '../document/roles';
import { textCount } from '../letters/year-bound';
import { issueSentence } from '../validation/issues';
import { plural } from '../text/plural';
import type { RolloverCopy, RolloverPlan, SkippedLetter } from './plan';

/** « Camille Dupont, Référent décrochage, 2026-2027 », as « Mes lettres » names a letter. */
export function rolloverLetterLabel(letter: Letter, models: readonly ModelInfo[]): string {
  const mission = models.find((model) => model.id === letter.typeId)?.mission ?? '';
  const year = roleValue(letter, 'anneeScolaire');
  return letterLabel({ person: personName(letter), mission, year, title: letter.title });
}

/** How many of the copies’ texts cite a past year or date. */
export const reviewCount = (copies: readonly RolloverCopy[]): number =>
  copies.reduce((sum, { review }) => sum + textCount(review), 0);

/** How many of the copies’ texts are longer than their limit (kept whole, to shorten). */
export const tooLongCount = (copies: readonly RolloverCopy[]): number =>
  copies.reduce((sum, { tooLong }) => sum + tooLong.length, 0);

const tooLongTexts = (n: number) => plural(n, 'texte trop long', 'textes trop longs');

/** How many of the copies’ dates to look at again. */
export const dateCount = (copies: readonly RolloverCopy[]): number =>
  copies.reduce((sum, { dates }) => sum + dates.length, 0);

const texts = (n: number) => plural(n, 'texte', 'textes');
const dates = (n: number) => plural(n, 'date', 'dates');

/** What to look at in one copy: « 1 date à vérifier, 2 textes à relire »; empty when nothing. */
export function copyReviewText(copy: Pick<RolloverCopy, 'review' | 'dates' | 'tooLong'>): string {
  const parts: string[] = [];
  if (copy.dates.length > 0) parts.push(`${dates(copy.dates.length)} à vérifier`);
  const count = textCount(copy.review);
  if (count > 0) parts.push(`${texts(count)} à relire`);
  if (copy.tooLong.length > 0) parts.push(`${tooLongTexts(copy.tooLong.length)} à raccourcir`);
  return parts.join(', ');
}

/**
 * The summary read before anything is written: « 18 lettres seront copiées pour 2027-2028 ;
 * 2 ignorées : 1 sans année scolaire, 1 déjà copiée ; 2 dates à vérifier ; 3 textes à relire. »
 */
export function planSentence(plan: RolloverPlan): string {
  const to = schoolYearLabel(plan.to);
  const n = plan.copies.length;
  const parts = [
    n === 0
      ? `Aucune lettre à copier pour ${to}`
      : `${plural(n, 'lettre sera copiée', 'lettres seront copiées')} pour ${to}`,
  ];
  if (plan.skipped.length > 0) parts.push(skippedPart(plan.skipped));
  const checked = dateCount(plan.copies);
  if (checked > 0) parts.push(`${dates(checked)} à vérifier`);
  const review = reviewCount(plan.copies);
  if (review > 0) parts.push(`${texts(review)} à relire`);
  const tooLong = tooLongCount(plan.copies);
  if (tooLong > 0)
    parts.push(
      `${tooLongTexts(tooLong)} à raccourcir (${tooLong === 1 ? 'copié entier' : 'copiés entiers'})`,
    );
  return `${parts.join('\u202f; ')}.`;
}

/** « 2 ignorées : 1 sans année scolaire, 1 déjà copiée ». */
function skippedPart(skipped: readonly SkippedLetter[]): string {
  const count = (kind: SkippedLetter['reason']['kind']) =>
    skipped.filter(({ reason }) => reason.kind === kind).length;
  const why = [
    [count('no-year'), 'sans année scolaire', 'sans année scolaire'],
    [count('already-copied'), 'déjà copiée', 'déjà copiées'],
    [count('gone'), 'd’une personne partie', 'de personnes parties'],
    [count('invalid'), 'à corriger', 'à corriger'],
  ] as const;
  const details = why.filter(([k]) => k > 0).map(([k, one, many]) => plural(k, one, many));
  return `${plural(skipped.length, 'ignorée', 'ignorées')}\u00a0: ${details.join(', ')}`;
}

/** Why one letter is left out, after its name: « déjà copiée pour 2027-2028 (…) ». */
export function skipReasonText(
  skipped: SkippedLetter,
  plan: RolloverPlan,
  models: readonly ModelInfo[],
): string {
  const { reason } = skipped;
  if (reason.kind === 'no-year')
    return 'sans année scolaire, elle n’appartient à aucune année (remplissez son année scolaire pour l’inclure)';
  if (reason.kind === 'gone')
    return `${reason.person} a quitté l’établissement (selon «\u00a0Mon équipe\u00a0», où décocher la case la propose de nouveau)`;
  if (reason.kind === 'invalid')
    return `sa copie ne peut pas être enregistrée telle quelle (${issueSentence(reason.issues)})\u202f; ouvrez la lettre pour corriger`;
  const existing = rolloverLetterLabel(reason.existing, models);
  return `déjà copiée pour ${schoolYearLabel(plan.to)}\u00a0: «\u00a0${existing}\u00a0» y est`;
}

/** After the write: « 18 lettres copiées pour 2027-2028. 3 textes citent une année passée… » */
export function doneSentence(plan: RolloverPlan, written: number): string {
  const dated = written > 1 ? 'datées' : 'datée';
  const done = `${plural(written, 'lettre copiée', 'lettres copiées')} pour ${schoolYearLabel(plan.to)}, ${dated} d’aujourd’hui.`;
  const review = reviewCount(plan.copies);
  const checked = dateCount(plan.copies);
  const sentences = [done];
  if (checked > 0) {
    const verb = checked === 1 ? 'est' : 'sont';
    sentences.push(`${dates(checked)} ${verb} à vérifier dans l’éditeur.`);
  }
  if (review > 0) {
    const verb = review === 1 ? 'cite' : 'citent';
    sentences.push(`${texts(review)} ${verb} une année passée, à vérifier dans l’éditeur.`);
  }
  const tooLong = tooLongCount(plan.copies);
  if (tooLong > 0) {
    const copied = tooLong === 1 ? 'copié entier, est' : 'copiés entiers, sont';
    sentences.push(`${tooLongTexts(tooLong)}, ${copied} à raccourcir dans l’éditeur avant le PDF.`);
  }
  return sentences.join(' ');
}

/** The summary changed under the head’s eyes (another tab): said before asking again. */
export const planChangedSentence =
  'Vos lettres ont changé depuis le résumé (dans un autre onglet)\u00a0: rien n’a été écrit. ' +
  'Voici le résumé à jour\u202f; relisez-le, puis confirmez de nouveau.';
