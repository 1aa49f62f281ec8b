import { summaryDocument } from '../../../src/lib/summary/document';
import { summariseYear, summaryRows } from '../../../src/lib/summary/year-summary';
import type { LetterDocument } from '../../../src/lib/document/model';
import { exportPdf } from '../../../src/lib/pdf/export';
import { emptySchool } from '../../../src/lib/schemas/school';
import { letterOf, models, rates } from './support';

// The council's IMP summary of one year, as its PDF tests (text, tags) make it.

/** The school year the summary counts. */
export const YEAR = '2027-2028';

/** Claire Dubois, 2 IMP at taux 4, and Luc Martin, 1,5 IMP off any taux, both of `YEAR`. */
export const letters = [
  letterOf({
    id: 'a',
    prenom: 'Claire',
    nom: 'Dubois',
    year: YEAR,
    lines: [{ count: 2, taux: 4 }],
  }),
  letterOf({
    id: 'b',
    prenom: 'Luc',
    nom: 'Martin',
    year: YEAR,
    lines: [{ count: 1.5, taux: null }],
  }),
];

const school = {
  ...emptySchool,
  etablissement: 'Collège Jean Moulin',
  ville: 'Melun',
  uai: '0771234Y',
};

/**
 * The summary of `shown` for Collège Jean Moulin (Melun), dated 2 March 2027, one letter left
 * out for want of a school year; `allocationCents`: the allocation the rectorat notified.
 */
export function documentFor(
  allocationCents: number | null,
  summaryModels = models,
  shown = letters,
): LetterDocument {
  return summaryDocument({
    summary: summariseYear(summaryRows(shown, summaryModels, rates), YEAR),
    school,
    allocationCents,
    undated: 1,
    date: '2027-03-02',
  });
}

/** The document's PDF, as the export makes it. */
export async function pdfBytes(doc: LetterDocument): Promise<Uint8Array> {
  const result = await exportPdf(doc);
  if (!result.ok) throw new Error(`missing ${result.missing.join(' ')}`);
  return new Uint8Array(await result.blob.arrayBuffer());
}
