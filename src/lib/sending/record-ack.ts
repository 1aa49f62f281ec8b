import type { Acknowledgment } from '../schemas/acknowledgment';
import { idSchema, type Letter } from '../schemas/letter';
import type { LetterRepository } from '../letters/repository';
import type { LetterChannel } from '../persistence/channel';
import { receive } from './receipt';

/** What opening a return link did, for the page to say. */
export type AckOutcome =
  | { kind: 'seen' | 'changed' | 'already'; letter: Letter; changed: boolean }
  | { kind: 'missing' }
  | { kind: 'failed' };

/** How many times a write that met another tab's save is tried again on the newer letter. */
const TRIES = 3;

/**
 * Records `ack` in the letter it names, in this browser's storage, through the repository (the
 * revision-checked save) and announces it to the other tabs (an open editor follows). A letter
 * another tab saved meanwhile is read again and the acknowledgment recorded on it.
 */
export async function recordAcknowledgment(
  services: { repo: LetterRepository; channel: LetterChannel },
  ack: Acknowledgment,
  now = new Date(),
): Promise<AckOutcome> {
  if (!idSchema.safeParse(ack.letterId).success) return { kind: 'missing' };
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    let letter: Letter | null;
    try {
      letter = await services.repo.get(ack.letterId);
    } catch {
      return { kind: 'failed' };
    }
    if (!letter) return { kind: 'missing' };
    const receipt = await receive(letter, ack, now);
    if (receipt.kind === 'already') return { ...receipt, kind: 'already' };
    try {
      const written = await services.repo.save(receipt.letter, letter.revision);
      services.channel.announce({ kind: 'saved', id: written.id, revision: written.revision });
      return { kind: receipt.kind, letter: written, changed: receipt.kind === 'changed' };
    } catch {
      // A conflict (another tab saved): read again and retry; anything else ends below.
    }
  }
  return { kind: 'failed' };
}
