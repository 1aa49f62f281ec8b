import type { ImpRate } from '../../lib/schemas/imp-rate';
import type { CampaignModel } from '../../lib/campaign/campaign-state.svelte';
import type { ListOptions, ListServices } from '../../lib/list/list-state.svelte';

/** The campaign's props (`CampaignView`, and its island `Campaign`). */
export interface CampaignProps {
  /** The site's models: missions, titles, rectorat lines, STS codes (built from the content). */
  models: CampaignModel[];
  rates: ImpRate[];
  /** The site's addresses, with its base: `/lettres/`, `/modeles/rediger/`, and the others. */
  hrefs: CampaignHrefs;
  /** Tests inject memory-backed services and a clock; the page uses the shared ones. */
  services?: ListServices;
  options?: ListOptions;
}

/** The pages the campaign leads to, with the site's base. */
export interface CampaignHrefs {
  letters: string;
  /** « Mes lettres », where letters set aside are downloaded. */
  list: string;
  userModel: string;
  school: string;
  /** « Mon équipe », the spring's « Équipe » step. */
  team: string;
  bulk: string;
  rollover: string;
  summary: string;
}
