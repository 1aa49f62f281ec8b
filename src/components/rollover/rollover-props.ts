import type { ModelInfo } from '../../lib/letters/list';
import type { Services } from '../../lib/services/services';
import type { RolloverOptions } from '../../lib/rollover/rollover-state.svelte';

/** « Préparer l’année suivante »'s props (`RolloverView`, and its island `Rollover`). */
export interface RolloverProps {
  /** The site's models, for the mission names and the editors' addresses. */
  models: ModelInfo[];
  /** Address of the models' folder (« /lettres/ » under the site's base). */
  lettersHref: string;
  /** Address of « Mes lettres ». */
  listHref: string;
  /** Address of the editor of the user's own models (« /modeles/rediger/ »). */
  userModelHref: string;
  /** Tests inject memory-backed services; the page uses the shared ones. */
  services?: Services;
  options?: RolloverOptions;
}
