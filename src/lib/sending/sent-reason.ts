import type { Letter } from '../schemas/letter';

/** How many hex digits of the hash the history shows: enough to tell versions apart. */
const SHOWN_DIGITS = 12;

/**
 * The reason the history gives when the head makes the person's link: it names the content
 * sent by the start of its hash (`sentHash`), so the history says which version went out. The
 * return link carries the whole hash, compared with the letter itself, not with this line.
 */
export const sentReason = (hash: string): string =>
  `Lien envoyé à l’intéressé(e) (version ${hash.slice(0, SHOWN_DIGITS)})`;

/**
 * Whether making the link again must leave the status alone: the letter is already « remise »
 * or « vue » for this very content (a second click must not put « vue » back to « remise »).
 */
export const alreadySent = (letter: Pick<Letter, 'status' | 'statusHistory'>, hash: string) =>
  (letter.status === 'remise' || letter.status === 'vue') &&
  letter.statusHistory.some((change) => change.reason === sentReason(hash));
