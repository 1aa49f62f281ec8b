/**
 * Version 1 → 2 of a stored letter. Version 2 adds what version 1 guessed or lacked: the model's
 * `kind`, field roles, civilité as a choice, the « Objet » line, and signatories with an id, a
 * name and the delegation flag. Pure: returns a new record, never changes the one given.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The field ids every version 1 model used for what version 2 calls roles. */
const rolesById: Record<string, string> = {
  civilite: 'civilite',
  prenom: 'prenom',
  nom: 'nom',
  fonction: 'fonction',
  anneeScolaire: 'anneeScolaire',
};

/** Civilité as version 1 let users type it, and the choice it becomes. */
const civilities: Record<string, string> = {
  'm.': 'Monsieur',
  m: 'Monsieur',
  monsieur: 'Monsieur',
  mme: 'Madame',
  'mme.': 'Madame',
  madame: 'Madame',
};

/** Version 1 captions of the seeds, written with « (e) » or « chef·fe », and their v2 text. */
const captions: Record<string, string> = {
  'L’intéressé(e)': '{L’intéressé|L’intéressée}',
  '{chef}, chef·fe de l’établissement {etablissement}': '{leChef} {duEtablissement}',
  'Cheffe ou chef d’établissement': '{leChef}',
};

function migrateField(field: unknown): unknown {
  if (!isRecord(field) || typeof field['id'] !== 'string') return field;
  const role = Object.hasOwn(rolesById, field.id) ? rolesById[field.id] : undefined;
  const next: Record<string, unknown> = { ...field };
  if (role && next['role'] === undefined) next['role'] = role;
  if (role === 'civilite' && next['type'] === 'text') {
    delete next['suggestions'];
    next['type'] = 'choice';
    next['options'] = ['Madame', 'Monsieur'];
  }
  return next;
}

function migrateValues(values: unknown, fields: unknown): unknown {
  if (!isRecord(values) || !Array.isArray(fields)) return values;
  const civilite = fields.find((field) => isRecord(field) && field['id'] === 'civilite');
  const typed = values['civilite'];
  if (!civilite || typeof typed !== 'string') return { ...values };
  const chosen = civilities[typed.trim().toLowerCase()];
  return { ...values, civilite: chosen ?? typed };
}

function migrateSignatures(signatures: unknown): unknown {
  if (!Array.isArray(signatures)) return signatures;
  return signatures.map((signature, index) => {
    if (!isRecord(signature)) return signature;
    const label = signature['label'];
    const renamed = typeof label === 'string' && Object.hasOwn(captions, label);
    return {
      id: `signataire-${index + 1}`,
      name: '',
      delegation: false,
      ...signature,
      ...(renamed ? { label: captions[label] } : {}),
    };
  });
}

/** What version 1 could only guess from the title: whether it is a « cahier des charges ». */
function kindOf(raw: Record<string, unknown>): string {
  const title = typeof raw['title'] === 'string' ? raw['title'] : '';
  const text = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return text.startsWith('cahier des charges') ? 'cahier-des-charges' : 'lettre-de-mission';
}

/** A version 1 record as version 2; unknown keys are kept for the schema to report. */
export function fromV1(raw: Record<string, unknown>): Record<string, unknown> {
  const fields = Array.isArray(raw['fields']) ? raw['fields'].map(migrateField) : raw['fields'];
  return {
    ...raw,
    schemaVersion: 2,
    kind: raw['kind'] ?? kindOf(raw),
    objet: raw['objet'] ?? '',
    fields,
    values: migrateValues(raw['values'], raw['fields']),
    signatures: migrateSignatures(raw['signatures']),
  };
}
