import type { LetterType } from '../schemas/letter-type';

/** How the catalogue names each kind of document. */
export const kindLabels: Record<LetterType['kind'], string> = {
  'lettre-de-mission': 'Lettre de mission',
  'cahier-des-charges': 'Cahier des charges',
};
