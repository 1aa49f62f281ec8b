import type { Letter } from '../schemas/letter';
import {
  STATUS_HISTORY_LIMIT,
  STATUS_REASON_LIMIT,
  type LetterStatus,
} from '../schemas/letter-status';

/**
 * The statuses a letter holds once the head has signed it: editing such a letter asks first, and
 * puts it back « À revoir » (`reviseSigned`).
 */
export const SIGNED_STATUSES: ReadonlySet<LetterStatus> = new Set(['signee', 'remise', 'vue']);

/** Whether editing `letter` must ask first: the head signed what it says. */
export const isSigned = (letter: Pick<Letter, 'status'>) => SIGNED_STATUSES.has(letter.status);

/** The reason the history gives when a signed letter is edited. */
export const EDITED_AFTER_SIGNING = 'Modifiée après signature';

/**
 * `letter` with `status`, the change dated `at` and kept in its history (the oldest changes
 * leave past `STATUS_HISTORY_LIMIT`; a reason is cut to its limit). Pure: the letter given is not
 * changed. Setting the status a letter already has still dates it (a head may sign again on
 * paper), so the history says when it was last confirmed.
 */
export function withStatus(letter: Letter, status: LetterStatus, at: Date, reason = ''): Letter {
  const change = {
    status,
    at: at.toISOString(),
    reason: reason.trim().slice(0, STATUS_REASON_LIMIT),
  };
  const statusHistory = [...letter.statusHistory, change].slice(-STATUS_HISTORY_LIMIT);
  return { ...letter, status, statusHistory };
}

/** A signed letter edited: back « À revoir », the reason in its history. */
export const reviseSigned = (letter: Letter, at: Date): Letter =>
  withStatus(letter, 'a-revoir', at, EDITED_AFTER_SIGNING);
