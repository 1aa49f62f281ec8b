import type { LetterType } from '../../lib/schemas/letter-type';
import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { Services } from '../../lib/services/services';

/** The letter editor's props (`EditorView`, and its island `Editor`). */
export interface EditorProps {
  /** Slug of the model (content/lettres/<slug>.yaml). */
  typeId: string;
  model: LetterType;
  rates: ImpRate[];
  /** Address of "Mes lettres", with the site's base. */
  listHref: string;
  /** Address of a new letter from the same model (a user model keeps its `?modele=`). */
  newHref?: string | undefined;
  /** Storage and cross-tab channel; the browser's own by default (tests pass fakes). */
  services?: Services | undefined;
}
