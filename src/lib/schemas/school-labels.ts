import type { SchoolHeadingKey } from './school';

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
  chefCivilite: {
    label: 'Civilité du chef d’établissement',
    hint:
      'Facultatif. Dans le texte de la lettre\u00a0: «\u00a0sous la responsabilité de ' +
      'Mme\u00a0Nadia Benali\u00a0»\u202f; sous la signature, le nom seul.',
  },
  chefTitre: {
    label: 'Titre du chef d’établissement',
    hint: 'Il accorde la signature et les phrases : « la principale du collège … ».',
  },
  affaireSuiviePar: {
    label: 'Affaire suivie par',
    hint: 'Facultatif. Imprimé dans l’en-tête, par exemple : Secrétariat de direction',
  },
  telephone: { label: 'Téléphone (affaire suivie)', hint: 'Facultatif.' },
  courriel: { label: 'Courriel (affaire suivie)', hint: 'Facultatif.' },
};
