import { letterPlace } from '../schemas/field-path';

// Names a place of a model in words, for the builder's messages: the model shares its texts,
// sections and signatories with letters (`letterPlace` says those), and adds its own parts.

type Path = readonly (string | number)[];

const quote = (text: string) => `«\u00a0${text}\u00a0»`;
const nth = (key: string | number | undefined) => (typeof key === 'number' ? key + 1 : '?');

const modelTop: Record<string, string> = {
  title: 'le titre de la lettre',
  mission: 'le nom de la mission',
  summary: 'le résumé',
  audience: 'le public de la mission',
  authority: 'l’autorité',
  provenance: 'l’origine du modèle',
  fields: 'la liste des champs',
  sections: 'la liste des sections',
  references: 'les textes de référence',
  notes: 'les conseils au chef d’établissement',
  imp: 'le bloc IMP',
};

const fieldParts: Record<string, string> = {
  id: 'l’identifiant',
  label: 'le libellé',
  type: 'le type',
  hint: 'l’aide',
  role: 'le rôle',
  options: 'les choix',
  suggestions: 'les suggestions',
  prefill: 'le préremplissage',
};

const columnParts: Record<string, string> = {
  heading: 'l’intitulé',
  mission: 'la mission',
  example: 'le taux habituel',
};

const referenceParts: Record<string, string> = {
  label: 'la citation',
  url: 'l’adresse',
};

/** The label of field `index` in `model`, when it has one, to name the field by it. */
function fieldName(index: string | number | undefined, model: unknown): string {
  const fields = (model as { fields?: { label?: unknown }[] } | undefined)?.fields;
  const label = typeof index === 'number' ? fields?.[index]?.label : undefined;
  return typeof label === 'string' && label.trim()
    ? `le champ ${nth(index)} (${quote(label)})`
    : `le champ ${nth(index)}`;
}

/** A place in a model, in words; `model` is the model checked, to name fields by their label. */
export function modelPlace(path: Path, model?: unknown): string {
  const [key, index, sub] = path;
  if (key === undefined) return 'le modèle';
  if (key === 'fields' && index !== undefined) {
    const part = typeof sub === 'string' ? fieldParts[sub] : undefined;
    const name = fieldName(index, model);
    return part ? `${part} du ${name.slice('le '.length)}` : name;
  }
  if (key === 'notes' && index !== undefined)
    return `le conseil ${nth(index)} au chef d’établissement`;
  if (key === 'imp' && index === 'columns' && sub !== undefined) {
    const part = columnParts[String(path[3])];
    const line = `la ligne ${nth(sub)} du bloc IMP`;
    return part ? `${part} de ${line}` : line;
  }
  if (key === 'references' && index !== undefined) {
    const text = `le texte de référence ${nth(index)}`;
    const part = typeof sub === 'string' ? referenceParts[sub] : undefined;
    return part ? `${part} du ${text.slice('le '.length)}` : text;
  }
  if (path.length === 1 && modelTop[String(key)]) return modelTop[String(key)] ?? '';
  return letterPlace(path);
}
