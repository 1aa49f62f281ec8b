import type { Noun } from '../text/noun';
import type { FieldRole, FieldType } from '../schemas/field';
import type { Signer } from '../schemas/signatory';
import { nouns as letterNouns } from '../editor/nouns';

/** The parts of a model the builder names in its labels and buttons. */
export const builderNouns = {
  ...letterNouns,
  field: { label: 'Champ', indefinite: 'un champ', definite: 'le champ', removed: 'supprimé' },
  note: { label: 'Conseil', indefinite: 'un conseil', definite: 'le conseil', removed: 'supprimé' },
  list: {
    label: 'Liste',
    indefinite: 'une liste de missions',
    definite: 'la liste',
    removed: 'supprimée',
  },
  impLine: {
    label: 'Ligne IMP',
    indefinite: 'une ligne IMP',
    definite: 'la ligne IMP',
    removed: 'supprimée',
  },
  referenceText: {
    label: 'Texte de référence',
    indefinite: 'un texte de référence',
    definite: 'le texte de référence',
    removed: 'supprimé',
  },
  signatory: {
    label: 'Signataire',
    indefinite: 'un signataire',
    definite: 'le signataire',
    removed: 'supprimé',
  },
} as const satisfies Record<string, Noun>;

/** Each kind of field, as the builder's list offers it. */
export const fieldTypeLabels: Record<FieldType, string> = {
  text: 'Texte court',
  longText: 'Texte long',
  date: 'Date',
  schoolYear: 'Année scolaire',
  uai: 'UAI (identifiant de l’établissement)',
  email: 'Adresse électronique',
  impCount: 'Nombre d’IMP',
  choice: 'Liste de choix',
};

/** Each role a field may hold, as the builder's list offers it. */
export const fieldRoleLabels: Record<FieldRole, string> = {
  civilite: 'Civilité de la personne (accorde le texte)',
  prenom: 'Prénom de la personne',
  nom: 'Nom de la personne',
  fonction: 'Fonction de la personne',
  anneeScolaire: 'Année scolaire de la lettre',
};

/** Who signs, as the builder's list offers it. */
export const signerLabels: Record<Signer, string> = {
  head: 'Le chef d’établissement',
  person: 'La personne chargée de la mission',
  other: 'Un cosignataire',
};
