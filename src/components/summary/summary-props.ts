import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { SummaryModel } from '../../lib/summary/row';
import type { SummaryServices } from '../../lib/summary/summary-state.svelte';

/** The IMP summary's props (`SummaryView`, and its island `Summary`). */
export interface SummaryProps {
  /** The site's models and their missions (built at build time from the content). */
  models: SummaryModel[];
  rates: ImpRate[];
  /** Address of the models' pages (`/lettres/`), with the site's base. */
  lettersHref: string;
  /** Address of « Mes lettres » (where set-aside letters are downloaded), with the site's base. */
  listHref: string;
  /** Address of the editor of a user's model, with the site's base. */
  userModelHref: string;
  /** Address of « Mon établissement », with the site's base. */
  schoolHref: string;
  /** Tests inject memory-backed services and a clock; the page uses the shared ones. */
  services?: SummaryServices;
  now?: () => Date;
}
