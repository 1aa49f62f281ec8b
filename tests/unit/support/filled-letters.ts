import { createLetter } from '../../../src/lib/letters/create';
import type { Letter } from '../../../src/lib/schemas/letter';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import { letterFiles } from './content';

/** « Mon établissement » as a real collège fills it, « Affaire suivie par » included. */
const school: School = {
  ...emptySchool,
  academie: 'Académie de Créteil',
  etablissement: 'Collège Pablo-Neruda',
  adresse: '1 rue de la Paix\n93100 Montreuil',
  ville: 'Montreuil',
  uai: '0931234A',
  chef: 'Nadia Benali',
  chefTitre: 'Principale',
  affaireSuiviePar: 'Mme Leroy',
  telephone: '01 23 45 67 89',
};

/** What a head types in each blank; the person is Claire (or Paul) Dubois. */
const typed: Record<string, string> = {
  prenom: 'Claire',
  nom: 'Dubois',
  fonction: 'professeure de mathématiques',
  bassin: 'Montreuil',
  affectation: 'au lycée Jean-Jaurès de Montreuil',
  groupeTravail: 'Maîtrise de la langue',
  teteDeCordee: 'Université Paris 8',
  nomCordee: 'Cordée Paris 8',
  courrielDsden: 'ce.93mlds@ac-creteil.fr',
};

/** Every model of `content/lettres`, validated. */
export const letterModels = letterFiles().map(([slug, data]) => ({
  slug,
  type: letterTypeSchema.parse(data),
}));

/** The five models taken from real school letters (`provenance: source`). */
export const seedModels = letterModels.filter(({ type }) => type.provenance.kind === 'source');

/**
 * A model's letter, every blank filled as a school would, one IMP at taux 3 per line, for
 * Madame Claire Dubois, professeure de mathématiques, or Monsieur Paul Dubois, professeur.
 */
export function filledLetter(slug: string, civilite: 'Madame' | 'Monsieur' = 'Madame'): Letter {
  const found = letterModels.find((model) => model.slug === slug);
  if (!found) throw new Error(`no model ${slug}`);
  const letter = createLetter(slug, found.type, school, new Date(2026, 4, 10));
  for (const field of letter.fields) {
    if (field.role === 'civilite') letter.values[field.id] = civilite;
    else if (field.type === 'date') letter.values[field.id] = '2027-01-11';
    else if (!letter.values[field.id]) letter.values[field.id] = typed[field.id] ?? 'Exemple';
  }
  if (civilite === 'Monsieur') {
    letter.values['prenom'] = 'Paul';
    letter.values['fonction'] = 'professeur de mathématiques';
  }
  for (const line of letter.imp?.lines ?? []) Object.assign(line, { count: 1, taux: 3 });
  return letter;
}
