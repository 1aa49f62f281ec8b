import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { LetterRepository } from '../../lib/letters/repository';
import type { LetterChannel } from '../../lib/persistence/channel';

/** « Lettre reçue »'s props (`ReceivedView`, and its island `ReceivedPage`). */
export interface ReceivedProps {
  /** The IMP rates, to lay out a letter's IMP table as it prints. */
  rates: ImpRate[];
  /** The site's model ids: a letter of one opens in its editor, others in the user models'. */
  modelIds: string[];
  /** « /lettres/ », under the site's base. */
  lettersHref: string;
  /** « /modeles/rediger/ », under the site's base. */
  userModelHref: string;
  /** Tests inject memory-backed storage for the head's side; the page uses the shared one. */
  services?: { repo: LetterRepository; channel: LetterChannel };
}
