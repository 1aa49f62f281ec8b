import type { TextPart } from './fold';

/** One search result as the page lists it. */
export interface SearchHit {
  /** Address to open, with the site's base. */
  readonly url: string;
  /** Page title, or the model's mission. */
  readonly title: string;
  /** True for a model made in this browser (« (votre modèle) »). */
  readonly own: boolean;
  /** The passage that matched, its matches marked. */
  readonly excerpt: readonly TextPart[];
}
