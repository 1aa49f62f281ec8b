import { isRecord } from '../schemas/is-record';
import { letterPlace } from '../schemas/field-path';

// Turns a zod path inside a user model into the words a user reads in an import's details:
// `model.sections[3].blocks[0].items[1]` becomes « la mission 2 du bloc 1 de la section 4 ».
// Every part of a model has a French name here, so no detail ever shows a key of the file
// (`items`, `titleAdded`, `example.count`…); a part this file does not know (a hostile file
// can only reach one through a key the schema refuses) is named by the nearest part it knows.

type Path = readonly (string | number)[];

const quote = (text: string) => `«\u00a0${text}\u00a0»`;
const nth = (key: string | number | undefined) => (typeof key === 'number' ? key + 1 : '?');

/** « le titre » + « la section 4 » → « le titre de la section 4 » (« du », « des » as French wants). */
function of(part: string, whole: string): string {
  if (whole.startsWith('le ')) return `${part} du ${whole.slice('le '.length)}`;
  if (whole.startsWith('les ')) return `${part} des ${whole.slice('les '.length)}`;
  return `${part} de ${whole}`;
}

/** `whole`, or its part named in `parts` by `key`; an unknown key names the whole. */
function partOf(whole: string, parts: Record<string, string>, key: string | number | undefined) {
  if (key === undefined) return whole;
  const part = parts[String(key)];
  return part ? of(part, whole) : whole;
}

/** Parts a model has at its top. */
const modelTop: Record<string, string> = {
  title: 'le titre de la lettre',
  mission: 'le nom de la mission',
  kind: 'le type de document',
  summary: 'le résumé',
  audience: 'le public',
  authority: 'l’autorité',
  provenance: 'la provenance',
  fields: 'la liste des champs',
  objet: 'l’objet',
  vu: 'les lignes «\u00a0Vu\u00a0»',
  preamble: 'le préambule',
  sections: 'les sections',
  closing: 'la conclusion',
  imp: 'le tableau des IMP',
  signatures: 'les signatures',
  copies: 'les lignes «\u00a0Copie\u00a0»',
  notes: 'les conseils au chef d’établissement',
  references: 'les textes de référence',
};

const fieldParts: Record<string, string> = {
  id: 'l’identifiant',
  label: 'le libellé',
  type: 'le type',
  required: 'le caractère obligatoire',
  hint: 'l’aide',
  prefill: 'le préremplissage',
  role: 'le rôle',
  suggestions: 'les suggestions',
  options: 'les choix',
  weekday: 'le jour de la semaine',
  history: 'le caractère de date passée',
};

const sectionParts: Record<string, string> = {
  id: 'l’identifiant',
  title: 'le titre',
  titleAdded: 'le titre ajouté',
  blocks: 'le contenu',
};

const blockParts: Record<string, string> = {
  type: 'le type',
  text: 'le paragraphe',
  items: 'les missions',
};

const columnParts: Record<string, string> = {
  id: 'l’identifiant',
  heading: 'l’intitulé',
  mission: 'la mission',
  provenance: 'la demande de provenance',
  fundedBy: 'le financeur',
  example: 'l’exemple',
};

const exampleParts: Record<string, string> = {
  count: 'le nombre d’IMP',
  taux: 'le taux',
};

const impParts: Record<string, string> = {
  stsCode: 'le code STS',
  columns: 'les colonnes',
  note: 'la note',
};

const signatureParts: Record<string, string> = {
  signer: 'le signataire',
  label: 'la mention',
  name: 'le nom',
  acknowledgement: 'la mention «\u00a0Vu et pris connaissance\u00a0»',
  stamp: 'la place du cachet',
  delegation: 'la délégation de signature',
};

const referenceParts: Record<string, string> = {
  label: 'la citation',
  url: 'l’adresse',
};

const provenanceParts: Record<string, string> = {
  kind: 'le type',
  file: 'le document source',
  title: 'le titre du document source',
  basedOn: 'le modèle d’origine',
};

/** Storage parts of a stored or shared model. */
const recordTop: Record<string, string> = {
  schemaVersion: 'la version du format',
  id: 'l’identifiant du modèle',
  revision: 'le numéro de révision',
  createdAt: 'la date de création',
  updatedAt: 'la date de modification',
};

/** Field `index` of `model`, by its label when it has one: « le champ 2 (« Nom ») ». */
function fieldName(index: string | number, model: unknown): string {
  const fields = isRecord(model) ? model['fields'] : undefined;
  const field = Array.isArray(fields) && typeof index === 'number' ? fields[index] : undefined;
  const label = isRecord(field) ? field['label'] : undefined;
  const name = `le champ ${nth(index)}`;
  return typeof label === 'string' && label.trim() !== ''
    ? `${name} (${quote(label.trim().slice(0, 80))})`
    : name;
}

function field(rest: Path, model: unknown): string {
  const [index, key, item] = rest;
  if (index === undefined) return modelTop['fields'] ?? '';
  const name = fieldName(index, model);
  if (key === 'options' && item !== undefined) return of(`le choix ${nth(item)}`, name);
  if (key === 'suggestions' && item !== undefined) return of(`la suggestion ${nth(item)}`, name);
  return partOf(name, fieldParts, key);
}

function section(rest: Path): string {
  const [index, key, block, blockKey, item] = rest;
  if (index === undefined) return modelTop['sections'] ?? '';
  const name = `la section ${nth(index)}`;
  if (key !== 'blocks' || block === undefined) return partOf(name, sectionParts, key);
  const blockName = of(`le bloc ${nth(block)}`, name);
  if (blockKey === 'items' && item !== undefined) return of(`la mission ${nth(item)}`, blockName);
  return partOf(blockName, blockParts, blockKey);
}

function imp(rest: Path): string {
  const [key, index, columnKey, exampleKey] = rest;
  const table = modelTop['imp'] ?? '';
  if (key !== 'columns' || index === undefined) return partOf(table, impParts, key);
  const column = of(`la colonne ${nth(index)}`, table);
  if (columnKey === 'example' && exampleKey !== undefined)
    return partOf(of('l’exemple', column), exampleParts, exampleKey);
  return partOf(column, columnParts, columnKey);
}

/** A place in a model (`letterTypeSchema`), in words; `model` names fields by their label. */
export function modelPlace(path: Path, model?: unknown): string {
  const [key, index, sub] = path;
  if (key === undefined) return 'le modèle';
  const name = String(key);
  if (name === 'fields') return field(path.slice(1), model);
  if (name === 'sections') return section(path.slice(1));
  if (name === 'imp') return imp(path.slice(1));
  if (name === 'provenance') return partOf(modelTop['provenance'] ?? '', provenanceParts, index);
  if (index !== undefined) {
    if (name === 'signatures') return partOf(`la signature ${nth(index)}`, signatureParts, sub);
    if (name === 'references')
      return partOf(`le texte de référence ${nth(index)}`, referenceParts, sub);
    if (name === 'notes') return `le conseil ${nth(index)} au chef d’établissement`;
    // « Vu », preamble, closing and copies: lines of text, named as a letter names them.
    if (['vu', 'preamble', 'closing', 'copies'].includes(name)) return letterPlace([name, index]);
  }
  return modelTop[name] ?? 'le modèle';
}

/** A place in a stored or shared user model (`userModelSchema`), in words. */
export function userModelPlace(path: Path, record?: unknown): string {
  const [key, ...rest] = path;
  if (key === undefined) return 'le modèle';
  if (key === 'model') return modelPlace(rest, isRecord(record) ? record['model'] : undefined);
  return recordTop[String(key)] ?? 'le modèle';
}
