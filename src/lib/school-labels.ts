import type { SchoolHeadingKey } from './schemas/school';

/** How each piece of "Mon établissement" is labelled in forms, with its help text. */
export const schoolLabels: Record<SchoolHeadingKey, { label: string; hint?: string }> = {
  academie: { label: 'Académie', hint: 'Par exemple : Académie de Créteil' },
  etablissement: { label: 'Nom de l’établissement', hint: 'Par exemple : Collège Jean Moulin' },
  adresse: { label: 'Adresse' },
  ville: { label: 'Ville' },
  uai: {
    label: 'UAI (code de l’établissement)',
    hint: '7 chiffres et une lettre, par exemple 0771234Y.',
  },
  chef: { label: 'Nom du chef d’établissement' },
  chefTitre: {
    label: 'Titre du chef d’établissement',
    hint: 'Par exemple : Principal, Proviseure',
  },
};
