import type { LetterType } from '../schemas/letter-type';
import { csvFile, csvText } from '../summary/csv';
import { slugify } from '../text/slug';
import { modelHeader } from './columns';

/**
 * The CSV a head downloads to fill in a spreadsheet: the header row of the model's list (the
 * person's columns, then every other field by its label), written as the site writes every CSV
 * (UTF-8 with a byte order mark, `;`, CRLF: see `summary/csv`), so that Excel opens it whole.
 */
export function templateCsv(model: Pick<LetterType, 'fields' | 'imp'>): string {
  return csvFile([modelHeader(model).map(csvText)]);
}

/**
 * « plusieurs-personnes-coordonnateur-discipline.csv »: named after the model, by its slug for
 * a ready model, by its mission for one of the user's (whose id means nothing to a reader).
 */
export function templateFileName(slug: string | null, model: Pick<LetterType, 'mission'>): string {
  const name = slug ?? (slugify(model.mission, 60) || 'modele');
  return `plusieurs-personnes-${name}.csv`;
}
