import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { Services } from '../../lib/services/services';
import type { StoredUserModels } from '../../lib/models/repository';

/** The props of a letter from the user's own model (`UserModelEditorView`, and its island). */
export interface UserModelEditorProps {
  rates: ImpRate[];
  /** Address of « Mes lettres », with the site's base. */
  listHref: string;
  /** Address of « Mes modèles », with the site's base. */
  modelsHref: string;
  /** Tests inject memory-backed storage; the page uses the browser's. */
  models?: StoredUserModels;
  services?: Services;
}
