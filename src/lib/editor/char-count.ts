/** What a field's character counter shows and says. */
export interface CharCount {
  /** Always shown under the field: « 12 / 100 caractères ». */
  text: string;
  /** Said politely by screen readers only near or over the limit; '' otherwise. */
  announcement: string;
  /** Whether the text is over its limit (a text stored before the limits, say). */
  over: boolean;
}

/** From this share of the limit on, the counter is announced. */
const NEAR = 0.9;

const number = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
const characters = (count: number) => (count > 1 ? 'caractères' : 'caractère');

/**
 * The counter of a text of `length` characters (UTF-16 code units, as `maxlength` and the schema
 * count them) limited to `max`. Typing is never interrupted by a message: only the last tenth
 * before the limit, the limit itself and a text beyond it are announced.
 */
export function charCount(length: number, max: number): CharCount {
  const text = `${number(length)} / ${number(max)} ${characters(max)}`;
  if (length > max) {
    const excess = length - max;
    return {
      text: `${text} (${number(excess)} de trop)`,
      announcement:
        `Texte trop long de ${number(excess)}\u00a0${characters(excess)}\u00a0: ` +
        `raccourcissez-le à ${number(max)}\u00a0${characters(max)} au plus.`,
      over: true,
    };
  }
  if (length === max) {
    return {
      text,
      announcement: `Limite atteinte\u00a0: ${number(max)}\u00a0${characters(max)}.`,
      over: false,
    };
  }
  const left = max - length;
  const near = length >= max * NEAR;
  return {
    text,
    announcement: near
      ? `Encore ${number(left)}\u00a0${characters(left)} possible${left > 1 ? 's' : ''}.`
      : '',
    over: false,
  };
}
