import { placeAndDate } from '../format/date';
import type { Letter } from '../schemas/letter';
import { cleanInvisible } from '../text/clean-invisible';
import { normalizeUai } from '../validation/uai';
import { BLANK_LEADER, type Typeset } from './fill';
import type { DocBlock, DocImage } from './model';

/**
 * The top of the letter: the logo, if any, then académie, school, address lines and UAI on the
 * left, then « Affaire suivie par » with its telephone and e-mail when « Mon établissement » gives
 * them; « Ville, le … » on the right, with a dotted leader while the letter is undated so it can
 * be dated by hand.
 */
export function letterhead(
  letter: Pick<Letter, 'school' | 'date'>,
  typeset: Typeset,
  logo?: DocImage,
): Extract<DocBlock, { kind: 'letterhead' }> {
  const { academie, etablissement, adresse, uai, ville } = letter.school;
  const code = normalizeUai(uai);
  // Cleaned before it is cut: a pasted line separator (U+2028) starts a line of the address too.
  const lines = cleanInvisible(adresse).split('\n');
  const sender = [
    academie,
    etablissement,
    ...lines,
    code ? `UAI : ${code}` : '',
    ...followedBy(letter.school),
  ]
    .map((line) => typeset(line))
    .filter((line) => line !== '');
  const town = ville.trim();
  const undated = town ? `${town}, le ${BLANK_LEADER}` : `Le ${BLANK_LEADER}`;
  return {
    kind: 'letterhead',
    sender,
    placeDate: typeset(placeAndDate(town, letter.date) || undated),
    // Copied field by field: the document stays plain data, whatever object was given.
    ...(logo ? { logo: { dataUrl: logo.dataUrl, width: logo.width, height: logo.height } } : {}),
  };
}

/** « Affaire suivie par : … », « Tél. : … », « Courriel : … », each only when filled. */
function followedBy(school: Letter['school']): string[] {
  const line = (label: string, value: string) => (value.trim() ? `${label} : ${value.trim()}` : '');
  return [
    line('Affaire suivie par', school.affaireSuiviePar),
    line('Tél.', school.telephone),
    line('Courriel', school.courriel),
  ];
}
