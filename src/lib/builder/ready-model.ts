import type { LetterType } from '../schemas/letter-type';

/** A ready model of the catalogue, as the builder page receives it: its slug and its data. */
export interface ReadyModel {
  slug: string;
  model: LetterType;
}
