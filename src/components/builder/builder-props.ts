import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { ReadyModel } from '../../lib/builder/ready-model';
import type { BuilderServices } from '../../lib/builder/services';

/** « Créer un modèle »'s props (`BuilderView`, and its island `Builder`). */
export interface BuilderProps {
  readyModels: ReadyModel[];
  rates: ImpRate[];
  /** The editor's address for a letter from a user model (« /modeles/rediger/ »), with the base. */
  writeHref: string;
  /** Storage; the browser's own by default (tests pass fakes). */
  services?: BuilderServices | undefined;
}
