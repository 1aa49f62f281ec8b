import { formatPath, letterPlace } from '../schemas/field-path';

// Turns a zod path inside a user model into words. The parts a model shares with a letter
// (title, « Vu », sections…) are named as the letter names them; the model's own parts here.

type Path = readonly (string | number)[];

const quote = (text: string) => `«\u00a0${text}\u00a0»`;
const nth = (key: string | number | undefined) => (typeof key === 'number' ? key + 1 : '?');

/** Parts a model has and a letter has not. */
const modelTop: Record<string, string> = {
  mission: 'le nom de la mission',
  summary: 'le résumé',
  audience: 'le public',
  authority: 'l’autorité',
  provenance: 'la provenance',
  notes: 'les conseils au chef d’établissement',
  references: 'les textes de référence',
  sections: 'les sections',
  fields: 'la liste des champs',
};

/** Storage parts of a stored or shared model. */
const recordTop: Record<string, string> = {
  schemaVersion: 'la version du format',
  id: 'l’identifiant du modèle',
  revision: 'le numéro de révision',
  createdAt: 'la date de création',
  updatedAt: 'la date de modification',
};

/** A place in a model (`letterTypeSchema`), in words. */
export function modelPlace(path: Path): string {
  const [key, index, sub] = path;
  if (key === undefined) return 'le modèle';
  const name = String(key);
  if (name === 'notes' && index !== undefined) return `le conseil ${nth(index)}`;
  if (name === 'references' && index !== undefined)
    return sub === undefined
      ? `le texte de référence ${nth(index)}`
      : `${quote(formatPath(path.slice(2)))} du texte de référence ${nth(index)}`;
  if (name === 'fields' && index !== undefined) {
    if (sub === undefined) return `le champ ${nth(index)}`;
    return `${quote(formatPath(path.slice(2)))} du champ ${nth(index)}`;
  }
  if (name === 'imp' && index === 'columns') {
    const column = path[2];
    if (column === undefined) return 'les colonnes du tableau des IMP';
    const rest = path.slice(3);
    const where = `la colonne ${nth(column)} du tableau des IMP`;
    return rest.length === 0 ? where : `${quote(formatPath(rest))} de ${where}`;
  }
  if (index === undefined && modelTop[name]) return modelTop[name];
  return letterPlace(path);
}

/** A place in a stored or shared user model (`userModelSchema`), in words. */
export function userModelPlace(path: Path): string {
  const [key, ...rest] = path;
  if (key === undefined) return 'le modèle';
  if (key === 'model') return modelPlace(rest);
  return recordTop[String(key)] ?? `le champ ${quote(formatPath(path))}`;
}
