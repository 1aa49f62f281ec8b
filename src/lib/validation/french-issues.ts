import { ZodIssueCode, type ZodErrorMap, type ZodIssueOptionalMessage } from 'zod';

// Stored letters, « Mon établissement » and backups are checked in the browser and their
// problems shown to staff: zod's default messages are English, so every issue code is said in
// French here, and the fallback is French too (never « Invalid input »). Messages written in the
// schemas themselves (« identifiant invalide »…) take precedence over this map.

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  float: 'un nombre',
  nan: 'une valeur non numérique',
  boolean: 'vrai ou faux',
  date: 'une date',
  array: 'une liste',
  object: 'un objet',
  map: 'un objet',
  set: 'une liste',
  function: 'une fonction',
  symbol: 'un symbole',
  bigint: 'un grand nombre',
  null: 'une valeur vide (null)',
  undefined: 'rien',
  unknown: 'une valeur inconnue',
};

const typeName = (type: string) => typeNames[type] ?? type;
const quote = (value: unknown) => `«\u00a0${String(value)}\u00a0»`;
const number = (value: number | bigint) => new Intl.NumberFormat('fr-FR').format(value);

const plural = (count: unknown, noun: string) => (Number(count) > 1 ? `${noun}s` : noun);

/** What a length or size limit is about: characters, elements or a number. */
/** How a limit reads: « au plus », « moins de », « exactement »… */
function boundWords(big: boolean, strict: boolean, exact: boolean): string {
  if (exact) return 'exactement';
  if (big) return strict ? 'moins de' : 'au plus';
  return strict ? 'plus de' : 'au moins';
}

function limitMessage(
  issue: Extract<ZodIssueOptionalMessage, { code: 'too_big' | 'too_small' }>,
): string {
  const big = issue.code === ZodIssueCode.too_big;
  const limit = big ? issue.maximum : issue.minimum;
  const exact = issue.exact === true;
  const strict = !issue.inclusive && !exact;
  const n = number(typeof limit === 'bigint' ? limit : Number(limit));
  switch (issue.type) {
    case 'string': {
      if (!big && Number(limit) === 1 && !strict) return 'texte vide';
      const bound = boundWords(big, strict, exact);
      return `${big ? 'texte trop long' : 'texte trop court'} (${bound} ${n}\u00a0${plural(limit, 'caractère')})`;
    }
    case 'array':
    case 'set': {
      if (!big && Number(limit) === 1 && !strict) return 'liste vide';
      const bound = boundWords(big, strict, exact);
      return `${big ? 'liste trop longue' : 'liste trop courte'} (${bound} ${n}\u00a0${plural(limit, 'élément')})`;
    }
    case 'date':
      return big ? 'date trop tardive' : 'date trop ancienne';
    default: {
      const bound = boundWords(big, strict, exact);
      return `${big ? 'nombre trop grand' : 'nombre trop petit'} (${bound} ${n})`;
    }
  }
}

/** What a malformed string should have looked like. */
function stringMessage(validation: unknown): string {
  if (validation === 'email') return 'adresse électronique invalide';
  if (validation === 'url') return 'adresse web invalide';
  if (validation === 'datetime') return 'date ISO attendue';
  if (validation === 'date') return 'date attendue (AAAA-MM-JJ)';
  if (validation === 'time') return 'heure attendue';
  if (typeof validation === 'object' && validation !== null) {
    if ('startsWith' in validation) return `doit commencer par ${quote(validation.startsWith)}`;
    if ('endsWith' in validation) return `doit finir par ${quote(validation.endsWith)}`;
    if ('includes' in validation) return `doit contenir ${quote(validation.includes)}`;
  }
  return 'format invalide';
}

/** The French message for one zod issue; every code has one. */
export function frenchMessage(issue: ZodIssueOptionalMessage): string {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      return issue.received === 'undefined'
        ? 'valeur manquante'
        : `attendu ${typeName(issue.expected)}, trouvé ${typeName(issue.received)}`;
    case ZodIssueCode.unrecognized_keys:
      return `clé inconnue\u00a0: ${issue.keys.map(quote).join(', ')}`;
    case ZodIssueCode.invalid_literal:
      return `valeur attendue\u00a0: ${quote(JSON.stringify(issue.expected))}`;
    case ZodIssueCode.invalid_enum_value:
      return `valeur inconnue ${quote(issue.received)}, attendu l’une de\u00a0: ${issue.options.join(', ')}`;
    case ZodIssueCode.invalid_union_discriminator:
      return `type inconnu, attendu l’un de\u00a0: ${issue.options.map(String).join(', ')}`;
    case ZodIssueCode.invalid_union:
      return 'valeur invalide (aucune des formes attendues)';
    case ZodIssueCode.invalid_string:
      return stringMessage(issue.validation);
    case ZodIssueCode.too_small:
    case ZodIssueCode.too_big:
      return limitMessage(issue);
    case ZodIssueCode.not_multiple_of:
      return `multiple de ${number(Number(issue.multipleOf))} attendu`;
    case ZodIssueCode.not_finite:
      return 'nombre fini attendu';
    case ZodIssueCode.invalid_date:
      return 'date invalide';
    case ZodIssueCode.invalid_intersection_types:
      return 'valeurs incompatibles';
    case ZodIssueCode.invalid_arguments:
    case ZodIssueCode.invalid_return_type:
      return 'fonction invalide';
    case ZodIssueCode.custom:
    default:
      return 'valeur invalide';
  }
}

/** A zod error map giving French messages; pass it as `{ errorMap: frenchErrorMap }`. */
export const frenchErrorMap: ZodErrorMap = (issue) => ({ message: frenchMessage(issue) });
