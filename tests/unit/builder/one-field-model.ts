import type { LetterType } from '../../../src/lib/schemas/letter-type';
import { blankModel } from '../../../src/lib/builder/start';

/**
 * The blank model as it was before it carried the person's and the year's fields: one field
 * (the name) and no introduction. The command tests count and number fields and texts from
 * this fixed start, whatever « Partir de zéro » offers.
 */
export function oneFieldModel(): LetterType {
  const blank = blankModel();
  return {
    ...blank,
    fields: blank.fields.filter((field) => field.id === 'nom'),
    preamble: [],
  };
}
