const number = new Intl.NumberFormat('fr-FR');

/** « 1 200 »: a count as French writes it (narrow no-break space between thousands). */
export function formatCount(n: number): string {
  return number.format(n);
}

/**
 * « 1 lettre », « 2 lettres ajoutées », « 1 200 lettres »: a count and its words, which agree
 * with it. Both forms are written out (« 1 lettre ajoutée », « 2 lettres ajoutées »): French
 * plurals are not always an added s. French puts 0 and 1 in the singular.
 */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${Math.abs(n) < 2 ? one : many}`;
}
