/**
 * The letter's text names its blanks as `{fieldId}`. This module is the one place that reads
 * that syntax, so content validation, guidance pages and the editor agree on it.
 */

/** Values computed from the IMP block rather than typed by the user. */
export const computedPlaceholders = ['impNombre', 'impMontant'] as const;

export type TextPart = { kind: 'text'; text: string } | { kind: 'blank'; id: string };

const placeholder = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** Splits a text into literal runs and blanks, in order. */
export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    const index = match.index;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    parts.push({ kind: 'blank', id: match[1] ?? '' });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The distinct blank identifiers a text uses. */
export function placeholderIds(text: string): string[] {
  const ids = splitPlaceholders(text).flatMap((part) => (part.kind === 'blank' ? [part.id] : []));
  return [...new Set(ids)];
}
