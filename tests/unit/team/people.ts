import type { TeamPerson } from '../../../src/lib/schemas/team';

/** A person of « Mon équipe », `n` giving each one its own id and name. */
export const person = (n: number, patch: Partial<TeamPerson> = {}): TeamPerson => ({
  id: `p${n}`,
  civilite: n % 2 === 0 ? 'Madame' : 'Monsieur',
  nom: `Nom${n}`,
  prenom: `Prénom${n}`,
  fonction: 'professeur de mathématiques',
  email: '',
  gone: false,
  ...patch,
});
