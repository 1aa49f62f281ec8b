import type { TeamEditorOptions, TeamServices } from '../../lib/team-form/team-state.svelte';
import type { LetterRepository } from '../../lib/letters/repository';
import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { SummaryModel } from '../../lib/summary/row';

/** « Mon équipe »'s props (`TeamView`, and its island `TeamPage`). */
export interface TeamPageProps {
  /** Tests inject memory-backed services; the page uses the shared ones. */
  services?: TeamServices & {
    repo: Pick<LetterRepository, 'quarantined' | 'listOfYear' | 'school'>;
  };
  /** The site's models, for each person's missions and IMP (as the IMP summary reads them). */
  models?: SummaryModel[];
  rates?: ImpRate[];
  options?: TeamEditorOptions;
}
