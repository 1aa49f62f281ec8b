import { ZodIssueCode, type ZodErrorMap } from 'zod';

// Stored letters and backups are checked in the browser and their problems shown to staff:
// zod's default messages are English, so the common cases are said in French here. Messages
// written in the schemas themselves (« identifiant invalide »…) take precedence over this map.

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'vrai ou faux',
  array: 'une liste',
  object: 'un objet',
  null: 'null',
  undefined: 'rien',
};

const typeName = (type: string) => typeNames[type] ?? type;
const quote = (value: unknown) => `«\u00a0${String(value)}\u00a0»`;

/** A zod error map giving French messages; pass it as `{ errorMap: frenchErrorMap }`. */
export const frenchErrorMap: ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      return issue.received === 'undefined'
        ? { message: 'valeur manquante' }
        : { message: `attendu ${typeName(issue.expected)}, trouvé ${typeName(issue.received)}` };
    case ZodIssueCode.unrecognized_keys:
      return { message: `clé inconnue\u00a0: ${issue.keys.map(quote).join(', ')}` };
    case ZodIssueCode.invalid_literal:
      return { message: `valeur attendue\u00a0: ${quote(JSON.stringify(issue.expected))}` };
    case ZodIssueCode.invalid_enum_value:
      return { message: `valeur inconnue, attendu l’une de\u00a0: ${issue.options.join(', ')}` };
    case ZodIssueCode.invalid_union_discriminator:
      return { message: `type inconnu, attendu l’un de\u00a0: ${issue.options.join(', ')}` };
    case ZodIssueCode.invalid_string:
      return { message: issue.validation === 'datetime' ? 'date ISO attendue' : 'format invalide' };
    case ZodIssueCode.too_small:
      return { message: issue.type === 'array' ? 'liste trop courte' : 'valeur trop petite' };
    case ZodIssueCode.too_big:
      return { message: issue.type === 'array' ? 'liste trop longue' : 'valeur trop grande' };
    case ZodIssueCode.not_multiple_of:
      return {
        message: `multiple de ${new Intl.NumberFormat('fr-FR').format(Number(issue.multipleOf))} attendu`,
      };
    default:
      return { message: ctx.defaultError };
  }
};
