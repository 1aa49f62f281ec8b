import type { Letter } from '../schemas/letter';
import { schoolLimit, type SchoolHeadingKey } from '../schemas/school';
import { TEXT_LIMITS, blankLimit } from '../schemas/limits';
import { freeTexts, placeLabel, type TextPlace } from '../letters/free-texts';
import { textBoxId } from './text-box-id';
import { schoolLabels } from '../schemas/school-labels';
import { valueOf } from '../schemas/values';

/** A text of the letter longer than its limit, with the control that holds it. */
export interface OverLimit {
  /** The control's label, as the editor shows it. */
  label: string;
  /** Id of the control to focus. */
  target: string;
  length: number;
  max: number;
}

/** The limit of a free text, by where it is. */
function placeLimit(place: TextPlace): number {
  switch (place.part) {
    case 'title':
    case 'sectionTitle':
      return TEXT_LIMITS.title;
    case 'vu':
    case 'copies':
      return TEXT_LIMITS.line;
    default:
      return TEXT_LIMITS.paragraph;
  }
}

/**
 * Texts over their limit (`limits.ts`): only a letter stored before the limits can hold one, as
 * the form stops typing at the limit. They are kept whole and listed before the PDF so the user
 * shortens them; the letter cannot be saved again until they do.
 */
export function overLimitTexts(letter: Letter): OverLimit[] {
  const boxes: OverLimit[] = [
    ...letter.fields.map((field) => ({
      label: field.label,
      target: `f-${field.id}`,
      length: valueOf(letter.values, field.id).length,
      max: blankLimit(field.type),
    })),
    ...(Object.keys(schoolLabels) as SchoolHeadingKey[]).map((key) => ({
      label: `${schoolLabels[key].label} (en-tête)`,
      target: `school-${key}`,
      length: letter.school[key].length,
      max: schoolLimit(key),
    })),
    { label: 'Objet', target: 'letter-objet', length: letter.objet.length, max: TEXT_LIMITS.title },
    {
      label: 'Code STS-web',
      target: 'imp-sts',
      length: letter.imp?.stsCode.length ?? 0,
      max: TEXT_LIMITS.code,
    },
    ...freeTexts(letter).map(({ place, text }) => ({
      label: placeLabel(place),
      target: textBoxId(place),
      length: text.length,
      max: placeLimit(place),
    })),
  ];
  return boxes.filter(({ length, max }) => length > max);
}
