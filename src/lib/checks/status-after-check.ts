import type { Letter } from '../schemas/letter';
import type { LetterStatus } from '../schemas/letter-status';
import { isSigned } from '../letters/status';
import type { ExportIssue } from './export-issues';

/** The reason a clean check gives when it makes a letter « Prête à signer ». */
export const CHECKED_CLEAN = 'Vérifiée avant le PDF';

/** How many of the controls the check names are written in the reason; the rest are counted. */
const NAMED = 3;

/** « À vérifier avant le PDF : Nom, Prénom, Date et 2 autres »: what the check found, short. */
export function checkReason(issues: readonly ExportIssue[]): string {
  const labels = [...new Set(issues.map((issue) => issue.label))];
  const named = labels.slice(0, NAMED).join(', ');
  const more = labels.length - NAMED;
  const rest = more > 0 ? ` et ${more === 1 ? '1 autre' : `${more} autres`}` : '';
  return `À vérifier avant le PDF\u00a0: ${named}${rest}`;
}

/**
 * The status the check before the PDF gives the letter, or null when it keeps its own:
 * - something found: « À revoir », with what was found (not twice in a row for the same finding);
 * - nothing found: a « Brouillon » or « À revoir » letter becomes « Prête à signer ».
 * A signed letter (`isSigned`) keeps its status either way: the check advises on the PDF (a
 * school year ending within two months is one of its findings), while the signature is a fact on
 * paper; only an edit of the letter puts it back « À revoir », and that asks first.
 */
export function statusAfterCheck(
  letter: Pick<Letter, 'status' | 'statusHistory'>,
  issues: readonly ExportIssue[],
): { status: LetterStatus; reason: string } | null {
  if (isSigned(letter)) return null;
  if (issues.length === 0)
    return letter.status === 'prete' ? null : { status: 'prete', reason: CHECKED_CLEAN };
  const reason = checkReason(issues);
  const last = letter.statusHistory.at(-1);
  if (letter.status === 'a-revoir' && last?.status === 'a-revoir' && last.reason === reason)
    return null;
  return { status: 'a-revoir', reason };
}
