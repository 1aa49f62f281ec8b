import type { Noun } from '../text/noun';
import type { FieldRole, FieldType, SchoolKey } from '../schemas/field';
import type { Signer } from '../schemas/signatory';
import { nouns as letterNouns } from '../editor/nouns';

/** The parts of a model the builder names in its labels and buttons. */
export const builderNouns = {
  ...letterNouns,
  field: { label: 'Champ', indefinite: 'un champ', definite: 'le champ', removed: 'supprimé' },
  option: { label: 'Choix', indefinite: 'un choix', definite: 'le choix', removed: 'supprimé' },
  suggestion: {
    label: 'Suggestion',
    indefinite: 'une suggestion',
    definite: 'la suggestion',
    removed: 'supprimée',
  },
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
  number: 'Nombre',
  yesNo: 'Oui ou non',
  amount: 'Montant en euros',
};

/** Each role a field may hold, as the builder's list offers it. */
export const fieldRoleLabels: Record<FieldRole, string> = {
  civilite: 'Civilité de la personne (accorde le texte)',
  prenom: 'Prénom de la personne',
  nom: 'Nom de la personne',
  fonction: 'Fonction de la personne',
  anneeScolaire: 'Année scolaire de la lettre',
};

/** What « Mon établissement » can pre-fill, as the builder's list offers it. */
export const schoolKeyLabels: Record<SchoolKey, string> = {
  etablissement: 'Nom de l’établissement',
  uai: 'UAI de l’établissement',
  adresse: 'Adresse de l’établissement',
  ville: 'Ville de l’établissement',
  academie: 'Académie',
  chef: 'Nom du chef d’établissement',
  chefTitre: 'Titre du chef d’établissement',
};

/** Who signs, as the builder's list offers it. */
export const signerLabels: Record<Signer, string> = {
  head: 'Le chef d’établissement',
  person: 'La personne chargée de la mission',
  other: 'Un cosignataire',
};
