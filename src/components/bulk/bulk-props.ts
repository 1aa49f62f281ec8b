import type { LetterType } from '../../lib/schemas/letter-type';
import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { Services } from '../../lib/services/services';
import type { StoredUserModels } from '../../lib/models/repository';

/** « Lettres pour plusieurs personnes »'s props (`BulkLettersView`, and its island). */
export interface BulkLettersProps {
  /** The site's ready models, by slug. */
  ready: { id: string; model: LetterType }[];
  rates: ImpRate[];
  /** Address of « Mes lettres », with the site's base. */
  listHref: string;
  /** Tests inject memory-backed storage; the page uses the browser's. */
  services?: Services;
  models?: StoredUserModels;
}
