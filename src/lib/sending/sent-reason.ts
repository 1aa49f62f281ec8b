import type { Letter } from '../schemas/letter';

/**
 * The reason the history gives when the head makes the person's link: it names the hash of
 * the content sent (`sentHash`), so the history says which version went out.
 */
export const sentReason = (hash: string): string =>
  `Lien envoyé à l’intéressé(e) (empreinte ${hash})`;

/**
 * Whether making the link again must leave the status alone: the letter is already « remise »
 * or « vue » for this very content (a second click must not put « vue » back to « remise »).
 */
export const alreadySent = (letter: Pick<Letter, 'status' | 'statusHistory'>, hash: string) =>
  (letter.status === 'remise' || letter.status === 'vue') &&
  letter.statusHistory.some((change) => change.reason === sentReason(hash));
