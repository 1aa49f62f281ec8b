import { frenchTypography } from '../text/typography';

/** The two answers of a yes/no field, as stored in the letter and as printed. */
export const yesNoAnswers = ['oui', 'non'] as const;

export type YesNo = (typeof yesNoAnswers)[number];

/** The answer a stored value holds (« Oui » typed in a backup counts), or null. */
export function parseYesNo(value: string): YesNo | null {
  const answer = value.trim().toLowerCase();
  return answer === 'oui' || answer === 'non' ? answer : null;
}

/** Checks a yes/no field's value. */
export function checkYesNo(value: string): string | null {
  return parseYesNo(value) ? null : frenchTypography('Répondez « Oui » ou « Non ».');
}
