import type { Letter } from '../schemas/letter';
import type { Acknowledgment } from '../schemas/acknowledgment';
import { formatLetterDate } from '../format/date';
import { withStatus } from '../letters/status';
import { sentHash } from './canonical';
import { ACKNOWLEDGED } from '../document/signatures';

/** « Vu et pris connaissance le 12 mai 2027, Aïcha N’Diaye »: the history's line. */
export const ackReason = (ack: Acknowledgment): string =>
  `${ACKNOWLEDGED}${formatLetterDate(ack.date)}, ${ack.name}`;

/** What the history says when the person saw a version the head changed since. */
export const ackOfEarlierReason = (ack: Acknowledgment): string =>
  `${ackReason(ack)} (version envoyée, modifiée depuis)`;

/**
 * What an acknowledgment does to the head's letter: `seen` when the letter still says what was
 * sent (status « Vue par l’intéressé(e) », the line in its history); `changed` when it was
 * edited since (the acknowledgment of the sent version kept in the history, the status left as
 * it is: the current text was not seen); `already` when the history holds it already (a return
 * link opened twice), with the letter unchanged.
 */
export type Receipt =
  | { kind: 'seen' | 'changed'; letter: Letter }
  | { kind: 'already'; letter: Letter; changed: boolean };

/** The letter with `ack` recorded, as `Receipt` says. Pure but for the hash. */
export async function receive(letter: Letter, ack: Acknowledgment, now: Date): Promise<Receipt> {
  const same = (await sentHash(letter)) === ack.hash;
  const reason = same ? ackReason(ack) : ackOfEarlierReason(ack);
  if (letter.statusHistory.some((change) => change.reason === reason)) {
    return { kind: 'already', letter, changed: !same };
  }
  return same
    ? { kind: 'seen', letter: withStatus(letter, 'vue', now, reason) }
    : { kind: 'changed', letter: withStatus(letter, letter.status, now, reason) };
}
