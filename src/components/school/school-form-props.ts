import type {
  SchoolEditorOptions,
  SchoolServices,
} from '../../lib/school-form/school-state.svelte';
import type { LetterRepository } from '../../lib/letters/repository';

/** « Mon établissement »'s props (`SchoolFormView`, and its island `SchoolForm`). */
export interface SchoolFormProps {
  /** Address of « Mes lettres », with the site's base. */
  listHref: string;
  /** Tests inject memory-backed services; the page uses the shared ones. */
  services?: SchoolServices & { repo: Pick<LetterRepository, 'quarantined'> };
  options?: SchoolEditorOptions;
}
