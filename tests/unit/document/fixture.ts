import { createLetter } from '../../../src/lib/letters/create';
import { impRateSchema, type ImpRate } from '../../../src/lib/schemas/imp-rate';
import type { Letter } from '../../../src/lib/schemas/letter';
import { letterTypeSchema, type LetterTypeInput } from '../../../src/lib/schemas/letter-type';
import type { School } from '../../../src/lib/schemas/school';

/** A small model with every kind of part a letter can have. */
export const model: LetterTypeInput = {
  title: 'Lettre de mission du référent "Décrochage scolaire"',
  mission: 'Référent décrochage scolaire',
  kind: 'lettre-de-mission',
  summary: 'Résumé.',
  audience: 'Un personnel.',
  authority: 'Le chef d’établissement.',
  provenance: { kind: 'source', file: '003_781065b679d3e770.txt', title: 'Lettre de mission' },
  fields: [
    {
      id: 'anneeScolaire',
      label: 'Année scolaire',
      type: 'schoolYear',
      required: true,
      role: 'anneeScolaire',
    },
    {
      id: 'civilite',
      label: 'Civilité',
      type: 'choice',
      options: ['Madame', 'Monsieur'],
      role: 'civilite',
    },
    { id: 'prenom', label: 'Prénom', type: 'text', required: true, role: 'prenom' },
    { id: 'nom', label: 'Nom', type: 'text', required: true, role: 'nom' },
    { id: 'etablissement', label: 'Établissement', type: 'text', prefill: 'etablissement' },
    { id: 'dateBilan', label: 'Date du bilan', type: 'date' },
    { id: 'courriel', label: 'Courriel de la DSDEN', type: 'email' },
    { id: 'uaiPartenaire', label: 'UAI du partenaire', type: 'uai' },
    { id: 'nombre', label: 'Nombre d’IMP', type: 'impCount' },
  ],
  objet: 'Mission de {référent|référente} décrochage scolaire',
  vu: ['Vu la circulaire n° 2013-035 du 29 mars 2013'],
  preamble: [
    'Année scolaire {anneeScolaire}',
    'Il est confié à {civilite} {prenom} {nom} la mission de {référent|référente} {auEtablissement}.',
  ],
  sections: [
    {
      id: 'objectifs',
      title: 'Objectifs de la mission',
      blocks: [
        { type: 'paragraph', text: 'Les objectifs sont les suivants :' },
        {
          type: 'list',
          items: [
            'Contribuer au diagnostic.',
            'Participer au GPDS.',
            'Rédiger le bilan avant le {dateBilan}.',
          ],
        },
      ],
    },
    {
      id: 'moyens',
      title: 'Moyens',
      blocks: [{ type: 'list', items: ['Une formation académique.'] }],
    },
  ],
  closing: ['{Il|Elle} bénéficie de {impNombre} IMP au taux de {impMontant}.'],
  imp: {
    stsCode: 'IMP 9073',
    columns: [
      {
        id: 'rectorat',
        heading: 'IMP « Cordées de la réussite » attribuées par le Rectorat',
        mission: 'Cordées de la réussite',
      },
      {
        id: 'etablissement',
        heading: 'IMP attribuées par l’établissement',
        mission: 'autre',
        provenance: true,
      },
    ],
    note: 'Un complément peut être attribué par l’établissement.',
  },
  signatures: [
    { signer: 'person', label: '{L’intéressé|L’intéressée}', acknowledgement: true },
    { signer: 'head', label: '{leChef} {duEtablissement}', stamp: true },
  ],
  copies: ['DSDEN ({courriel})'],
};

/** "Mon établissement", filled in. */
export const school: School = {
  etablissement: 'Collège Jean Moulin',
  uai: '0771234Y',
  adresse: '12 rue des Écoles\n77000 Melun',
  ville: 'Melun',
  academie: 'Académie de Créteil',
  chef: 'Mme Martin',
  chefCivilite: '',
  chefTitre: 'Principale',
  affaireSuiviePar: '',
  telephone: '',
  courriel: '',
};

/** The IMP rates of the arrêté du 27 avril 2015. */
export const rates: ImpRate[] = [
  [1, 0.25, 312.5],
  [2, 0.5, 625],
  [3, 1, 1250],
  [4, 2, 2500],
  [5, 3, 3750],
].map(([taux, share, amount]) =>
  impRateSchema.parse({ taux, share, amount, sources: [{ label: 'Arrêté du 27 avril 2015' }] }),
);

/** A fresh letter from the model, with deterministic ids and dates. */
export function newLetter(): Letter {
  let n = 0;
  const makeId = () => `id${++n}`;
  const type = letterTypeSchema.parse(model);
  return createLetter(
    'referent-decrochage-scolaire',
    type,
    school,
    new Date('2026-11-22T10:00:00Z'),
    makeId,
  );
}

/** The same letter, filled in. */
export function filledLetter(): Letter {
  const letter = newLetter();
  letter.date = '2026-11-22';
  Object.assign(letter.values, {
    anneeScolaire: '2025-2026',
    civilite: 'Madame',
    prenom: 'Jeanne',
    nom: 'Dupont',
    dateBilan: '2027-06-01',
    courriel: 'ce.77mlds@ac-creteil.fr',
  });
  return letter;
}
