import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { Acronym } from '../../lib/text/acronyms';
import type { UserModelRepository } from '../../lib/models/repository-port';

/** The props of the guide of a user's model (`UserModelGuideView`, and its island). */
export interface UserModelGuideProps {
  acronyms: readonly Acronym[];
  rates: readonly ImpRate[];
  /** Address of the editor for a user model (« /modeles/rediger/ »), with the site's base. */
  writeHref: string;
  /** Address of the builder (« /modeles/creer/ »), with the site's base. */
  editHref: string;
  /** Address of « Mes modèles », with the site's base. */
  modelsHref: string;
  /** Tests inject memory-backed storage; the page uses the browser's. */
  models?: UserModelRepository;
}
