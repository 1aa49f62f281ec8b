import type { ImpComputedValues } from '../imp';
import { cleanInvisible } from '../text/clean-invisible';
import { splitPlaceholders } from '../text/placeholders';
import { frenchTypography } from '../text/typography';
import { resolveAgreement, type Gender } from '../text/agreement';
import { ownValue } from '../schemas/values';

/** What an empty blank prints: room to write by hand. */
export const BLANK_LEADER = '…'.repeat(10);

/** An empty cell of the IMP table, shorter to fit its column. */
export const CELL_LEADER = '…'.repeat(5);

/**
 * Puts the values into a text's `{id}` blanks; an empty value gives a dotted leader. Braces that
 * name no known blank stay as typed (a user may write « {exemple} » in an item). The result is
 * plain text: nothing in a value is ever read as markup.
 */
export function fillText(
  text: string,
  values: Readonly<Record<string, string>>,
  computed: Readonly<Partial<ImpComputedValues>> = {},
): string {
  return splitPlaceholders(text)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = blankValue(part.id, values, computed);
      if (value === undefined) return `{${part.id}}`;
      return value.trim() === '' ? BLANK_LEADER : value.trim();
    })
    .join('');
}

function blankValue(
  id: string,
  values: Readonly<Record<string, string>>,
  computed: Readonly<Partial<ImpComputedValues>>,
): string | undefined {
  if (id === 'impNombre' || id === 'impMontant') return computed[id] ?? '';
  return ownValue(values, id);
}

/**
 * Cleans, fills then typesets a text: the one way every text of the document is produced, so no
 * text of the preview or the PDF holds an invisible character pasted from a word processor.
 */
export type Typeset = (text: string) => string;

/**
 * A `Typeset` for one letter's values. The text's agreement groups (`{il|elle}`) are resolved
 * for `gender` before the blanks are filled, so a typed value is never read as one. Values are
 * cleaned before they fill a blank, so a value of only invisible characters prints a leader.
 */
export function typesetter(
  values: Readonly<Record<string, string>>,
  computed: Readonly<Partial<ImpComputedValues>> = {},
  gender: Gender | null = null,
): Typeset {
  const cleanValues = Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, cleanInvisible(value)]),
  );
  return (text) =>
    frenchTypography(
      fillText(resolveAgreement(cleanInvisible(text), gender), cleanValues, computed),
    );
}
