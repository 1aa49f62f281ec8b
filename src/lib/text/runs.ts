import { splitPlaceholders } from './placeholders';
import { markAcronyms, type Acronym } from './acronyms';
import { resolveAgreement } from './agreement';
import { headingPlaceholders } from './placeholders';

/** A piece of a letter's text as the guidance pages show it. */
export type Run =
  | { kind: 'text'; text: string }
  | { kind: 'blank'; id: string; label: string }
  | { kind: 'acronym'; text: string; acronym: Acronym };

/**
 * Splits a text of a letter model into literal runs, blanks (named by their field's label) and
 * known acronyms, so a component can render each without ever parsing HTML.
 */
export function textRuns(
  text: string,
  labels: ReadonlyMap<string, string>,
  acronyms: readonly Acronym[],
): Run[] {
  // A guide is read before any civilité is chosen: agreement groups show both forms.
  return splitPlaceholders(resolveAgreement(text, null)).flatMap((part): Run[] => {
    if (part.kind === 'blank') {
      return [{ kind: 'blank', id: part.id, label: labels.get(part.id) ?? part.id }];
    }
    return markAcronyms(part.text, acronyms);
  });
}

/** Labels of the blanks a guidance page can show, including the computed IMP values. */
export function blankLabels(fields: readonly { id: string; label: string }[]): Map<string, string> {
  const labels = new Map(fields.map((field) => [field.id, field.label]));
  labels.set('impNombre', 'nombre d’IMP');
  labels.set('impMontant', 'montant de l’IMP');
  for (const [id, label] of Object.entries(headingPlaceholders)) labels.set(id, label);
  return labels;
}
