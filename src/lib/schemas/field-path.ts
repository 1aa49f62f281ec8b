import { schoolLabels } from './school-labels';
import { isRecord } from './is-record';

// Turns a zod path into the words a user would use: `sections[2].blocks[0].items[3].text`
// becomes « la mission 4 de la section 3 ». Numbers are counted from 1, as people count.

type Path = readonly (string | number)[];

const quote = (text: string) => `«\u00a0${text}\u00a0»`;
const nth = (key: string | number | undefined) => (typeof key === 'number' ? key + 1 : '?');

/** A path as it is written in the file, for what has no name: `sections[2].blocks[0]`. */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** « l’image du logo », « … de la signature », « … du cachet »: whose image a part is. */
const imageOwners: Record<string, string | undefined> = {
  logo: 'du logo',
  signature: 'de la signature',
  stamp: 'du cachet',
};

/** A piece of the school (of « Mon établissement » or of a letter's heading). */
function schoolPart(key: string | number | undefined): string {
  if (key === undefined) return '';
  if (key === 'logo') return 'le logo';
  if (key === 'signature') return 'la signature du chef d’établissement';
  if (key === 'stamp') return 'le cachet de l’établissement';
  if (key === 'affixSignature') return 'le choix d’apposer la signature et le cachet';
  if (key === 'impAllocations') return 'la dotation d’IMP';
  if (key === 'preparedYear') return 'l’année préparée';
  const label = (schoolLabels as Record<string, { label: string } | undefined>)[String(key)];
  return label ? `le champ ${quote(label.label)}` : `le champ ${quote(String(key))}`;
}

/** The label the letter gives to the blank `id`, when the record has one. */
function blankLabel(record: unknown, id: string): string {
  const fields = isRecord(record) ? record['fields'] : undefined;
  const field = Array.isArray(fields)
    ? fields.find((candidate) => isRecord(candidate) && candidate['id'] === id)
    : undefined;
  const label = isRecord(field) ? field['label'] : undefined;
  return typeof label === 'string' && label !== '' ? label : id;
}

const letterTop: Record<string, string> = {
  schemaVersion: 'la version du format',
  id: 'l’identifiant de la lettre',
  typeId: 'le modèle de la lettre',
  revision: 'le numéro de révision',
  createdAt: 'la date de création',
  updatedAt: 'la date de modification',
  kind: 'le type de document',
  title: 'le titre',
  objet: 'l’objet',
  date: 'la date de la lettre',
  fields: 'la liste des champs à compléter',
  values: 'les champs à compléter',
  vu: 'les lignes «\u00a0Vu\u00a0»',
  preamble: 'le préambule',
  sections: 'les sections',
  closing: 'la conclusion',
  imp: 'le tableau des IMP',
  signatures: 'les signatures',
  copies: 'les lignes «\u00a0Copie\u00a0»',
};

const itemLists: Record<string, (n: number | string) => string> = {
  vu: (n) => `la ligne «\u00a0Vu\u00a0» ${n}`,
  preamble: (n) => `le paragraphe ${n} du préambule`,
  closing: (n) => `le paragraphe ${n} de la conclusion`,
  copies: (n) => `la ligne «\u00a0Copie\u00a0» ${n}`,
};

const impLine: Record<string, string> = {
  id: 'l’identifiant',
  heading: 'l’intitulé',
  mission: 'la mission',
  provenance: 'la provenance',
  count: 'le nombre d’IMP',
  taux: 'le taux',
};

const signatory: Record<string, string> = {
  id: 'l’identifiant',
  signer: 'le signataire',
  label: 'la mention',
  name: 'le nom',
  acknowledgement: 'la mention «\u00a0Vu et pris connaissance\u00a0»',
  stamp: 'la place du cachet',
  delegation: 'la délégation de signature',
};

/** `text` names the thing itself; `id` its identifier; anything else is named as written. */
function within(thing: string, rest: Path): string {
  const [key] = rest;
  if (key === undefined || key === 'text') return thing;
  if (key === 'id') return `l’identifiant de ${thing}`;
  return `${quote(formatPath(rest))} de ${thing}`;
}

function section(rest: Path): string {
  const [index, key, block, blockKey, item] = rest;
  const name = `la section ${nth(index)}`;
  if (key === undefined) return name;
  if (key === 'title') return `le titre de ${name}`;
  if (key === 'modelSection') return `le modèle de ${name}`;
  if (key === 'id') return `l’identifiant de ${name}`;
  if (key !== 'blocks') return within(name, rest.slice(1));
  if (block === undefined) return `le contenu de ${name}`;
  if (blockKey === 'items' && item !== undefined)
    return within(`la mission ${nth(item)} de ${name}`, rest.slice(5));
  if (blockKey === 'items') return `la liste de missions de ${name}`;
  return within(`le paragraphe ${nth(block)} de ${name}`, rest.slice(3));
}

function imp(rest: Path): string {
  const [key, index, lineKey] = rest;
  if (key === 'stsCode') return 'le code STS du tableau des IMP';
  if (key === 'note') return 'la note du tableau des IMP';
  if (key !== 'lines') return within('le tableau des IMP', rest);
  if (index === undefined) return 'les lignes du tableau des IMP';
  const line = `la ligne ${nth(index)} du tableau des IMP`;
  const part = typeof lineKey === 'string' ? impLine[lineKey] : undefined;
  return part ? `${part} de ${line}` : within(line, rest.slice(2));
}

/** A place in a letter, in words; `record` is the letter as read, for the blanks' labels. */
export function letterPlace(path: Path, record?: unknown): string {
  const [key, index, sub] = path;
  if (key === undefined) return 'la lettre';
  const name = String(key);
  if (name === 'school')
    return index === undefined ? 'l’en-tête' : `${schoolPart(index)} de l’en-tête`;
  if (name === 'values' && index !== undefined)
    return `le champ ${quote(blankLabel(record, String(index)))}`;
  if (name === 'fields' && index !== undefined)
    return `la définition du champ à compléter ${nth(index)}`;
  if (name === 'sections' && index !== undefined) return section(path.slice(1));
  if (name === 'imp' && index !== undefined) return imp(path.slice(1));
  if (name === 'signatures' && index !== undefined) {
    const part = typeof sub === 'string' ? signatory[sub] : undefined;
    const who = `la signature ${nth(index)}`;
    return part ? `${part} de ${who}` : within(who, path.slice(2));
  }
  const list = itemLists[name];
  if (list && index !== undefined) return within(list(nth(index)), path.slice(2));
  return letterTop[name] ?? `le champ ${quote(formatPath(path))}`;
}

/** The parts of a logo, as a user names them. */
const logoParts: Record<string, string> = {
  dataUrl: 'l’image',
  width: 'la largeur',
  height: 'la hauteur',
};

/** A place in « Mon établissement », in words. */
export function schoolPlace(path: Path): string {
  const [key, ...rest] = path;
  if (key === undefined) return '«\u00a0Mon établissement\u00a0»';
  const image = imageOwners[String(key)];
  if (image && rest.length > 0) return `${logoParts[String(rest[0])] ?? 'le contenu'} ${image}`;
  return schoolPart(key);
}

/** What each part of a person of « Mon équipe » is called. */
const teamParts: Record<string, string> = {
  id: 'l’identifiant',
  civilite: 'la civilité',
  nom: 'le nom',
  prenom: 'le prénom',
  fonction: 'la fonction',
  email: 'l’adresse électronique',
  gone: 'la mention «\u00a0a quitté l’établissement\u00a0»',
};

/** A place in « Mon équipe », in words: « le nom de la personne 3 ». */
export function teamPlace(path: Path): string {
  const [key, index, part] = path;
  if (key !== 'people')
    return key === undefined ? '«\u00a0Mon équipe\u00a0»' : `le champ ${quote(String(key))}`;
  if (index === undefined) return 'la liste des personnes';
  const person = `la personne ${nth(index)}`;
  return part === undefined
    ? person
    : `${teamParts[String(part)] ?? quote(String(part))} de ${person}`;
}

/** A place in a backup file, in words: its envelope, its school or one of its letters. */
export function backupPlace(path: Path, record?: unknown): string {
  const [key, index, ...rest] = path;
  if (key === 'school') return `${schoolPlace(path.slice(1))} de «\u00a0Mon établissement\u00a0»`;
  if (key === 'team') return `${teamPlace(path.slice(1))} de «\u00a0Mon équipe\u00a0»`;
  if (key === 'letters' && index !== undefined) {
    const letters = isRecord(record) ? record['letters'] : undefined;
    const letter = Array.isArray(letters) ? letters[Number(index)] : undefined;
    const where = letterPlace(rest, letter);
    return rest.length === 0 ? `la lettre ${nth(index)}` : `${where} (lettre ${nth(index)})`;
  }
  if (key === 'letters') return 'la liste des lettres';
  if (key === 'format') return 'le format du fichier';
  if (key === 'version') return 'la version du fichier';
  if (key === 'exportedAt') return 'la date d’export';
  return key === undefined ? 'le fichier' : `le champ ${quote(formatPath(path))}`;
}
