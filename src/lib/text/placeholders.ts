/**
 * The letter's text names its blanks as `{fieldId}`. This module is the one place that reads
 * that syntax, so content validation, guidance pages and the editor agree on it.
 */

/** Values computed from the IMP block rather than typed by the user. */
export const impPlaceholders = ['impNombre', 'impMontant'] as const;

/**
 * Values computed from the letter's heading (« Mon établissement »), so a sentence reads right
 * whatever the head's title and the school's name: « {leChef} {duEtablissement} » gives « la
 * principale du collège Pablo-Neruda ».
 */
export const headingPlaceholders = {
  /** The head's name, after their civilité when one is chosen: « Mme Nadia Benali ». */
  nomChef: 'nom du chef d’établissement',
  /** The head's title inside a sentence: « principale », « chef d’établissement » when unset. */
  titreChef: 'titre du chef d’établissement',
  /** « la principale », « le proviseur », « le chef d’établissement » when no title is set. */
  leChef: 'le chef d’établissement',
  /** « de la principale », « du proviseur ». */
  duChef: 'du chef d’établissement',
  /** « le collège Pablo-Neruda », « la cité scolaire … », « l’EREA … ». */
  lEtablissement: 'l’établissement',
  /** « du collège Pablo-Neruda », « de la cité scolaire … », « de l’EREA … ». */
  duEtablissement: 'de l’établissement',
  /** « au collège Pablo-Neruda », « à la cité scolaire … », « à l’EREA … ». */
  auEtablissement: 'à l’établissement',
} as const;

export type HeadingPlaceholder = keyof typeof headingPlaceholders;

/** Every blank a model may use without a field of that id. */
export const computedPlaceholders = [
  ...impPlaceholders,
  ...(Object.keys(headingPlaceholders) as HeadingPlaceholder[]),
] as const;

import { parseTemplate, pieceSource } from './template';

export type TextPart = { kind: 'text'; text: string } | { kind: 'blank'; id: string };

/**
 * Splits a text into literal runs and blanks, in order. Escapes are read (`\{` gives « { »);
 * an agreement group still in the text stays literal, as written: resolve it first.
 */
export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const piece of parseTemplate(text)) {
    if (piece.kind === 'blank') {
      parts.push(piece);
      continue;
    }
    const literal = piece.kind === 'text' ? piece.text : pieceSource(piece);
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += literal;
    else parts.push({ kind: 'text', text: literal });
  }
  return parts;
}

/** The distinct blank identifiers a text uses. */
export function placeholderIds(text: string): string[] {
  const ids = splitPlaceholders(text).flatMap((part) => (part.kind === 'blank' ? [part.id] : []));
  return [...new Set(ids)];
}
