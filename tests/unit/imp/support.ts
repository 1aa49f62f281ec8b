import type { Letter } from '../../../src/lib/schemas/letter';

/** A stored IMP line: its number and taux, as an old letter or an import may hold them. */
export const line = (count: number | null, taux: number | null) => ({ count, taux });

/** A letter's IMP block with these lines (headings « IMP 1 », « IMP 2 »…). */
export const letterWith = (
  ...lines: { count: number | null; taux: number | null }[]
): Pick<Letter, 'imp'> & { imp: NonNullable<Letter['imp']> } => ({
  imp: {
    stsCode: '',
    note: '',
    lines: lines.map((l, i) => ({
      id: `l${i + 1}`,
      heading: `IMP ${i + 1}`,
      mission: 'm',
      provenance: null,
      ...l,
    })),
  },
});
