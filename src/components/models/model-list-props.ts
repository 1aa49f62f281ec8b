import type { ModelInfo } from '../../lib/letters/list';
import type { StoredUserModels } from '../../lib/models/repository';
import type { ModelChannel } from '../../lib/models/channel';

/** « Mes modèles »'s props (`ModelListView`, and its island `ModelList`). */
export interface ModelListProps {
  /** The ready models, built with the site (their ids: user models never take them). */
  ready: ModelInfo[];
  /** Address of the editor for a user model (« /modeles/rediger/ »). */
  writeHref: string;
  /** Address of a user model's guidance view (« /mes-modeles/guide/ »). */
  guideHref: string;
  /** Address of the builder (« /modeles/creer/ »). */
  createHref: string;
  /** Tests inject a memory-backed repository; the page uses the browser's. */
  repo?: StoredUserModels;
  /** What other tabs do to models; the browser's channel by default. */
  channel?: ModelChannel;
}
