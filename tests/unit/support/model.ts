import {
  letterTypeSchema,
  type LetterType,
  type LetterTypeInput,
} from '../../../src/lib/schemas/letter-type';

/** A small valid letter model: the catalogue's texts filled in, the rest from `parts`. */
export function smallModel(
  parts: Pick<LetterTypeInput, 'fields' | 'sections'> & Partial<LetterTypeInput>,
): LetterType {
  return letterTypeSchema.parse({
    title: 'Lettre',
    mission: 'Référent',
    kind: 'lettre-de-mission',
    summary: 'Une mission.',
    audience: 'Un enseignant.',
    authority: 'Le chef d’établissement.',
    provenance: { kind: 'source', file: '000_8cfcbe9dd7a8f645.txt', title: 'Lettre de mission' },
    ...parts,
  });
}
