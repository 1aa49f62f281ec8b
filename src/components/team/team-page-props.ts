import type { TeamEditorOptions, TeamServices } from '../../lib/team-form/team-state.svelte';
import type { LetterRepository } from '../../lib/letters/repository';

/** « Mon équipe »'s props (`TeamView`, and its island `TeamPage`). */
export interface TeamPageProps {
  /** Tests inject memory-backed services; the page uses the shared ones. */
  services?: TeamServices & { repo: Pick<LetterRepository, 'quarantined'> };
  options?: TeamEditorOptions;
}
