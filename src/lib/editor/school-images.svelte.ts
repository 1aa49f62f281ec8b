import type { School } from '../schemas/school';
import type { SchoolImage } from '../schemas/logo';
import type { Signing } from '../document/signatures';
import { formatLetterDate, localIsoDate } from '../format/date';

/** Said when « Apposer ma signature et le cachet » could not be kept for the next letters. */
export const AFFIX_NOT_KEPT =
  'Votre choix vaut pour cette page, mais il n’a pas pu être gardé pour les prochaines lettres\u00a0: le stockage du navigateur ne répond pas.';

/**
 * What the editor prints from « Mon établissement » besides the letter's own heading: the logo,
 * and the head's signature and stamp with her choice to place them (« Apposer ma signature et
 * le cachet », off until she ticks it, then kept with the school for her next letters). Letters
 * never copy these images. Raw state: immutable values, often large.
 */
export class SchoolImages {
  logo = $state.raw<SchoolImage | null>(null);
  signature = $state.raw<SchoolImage | null>(null);
  stamp = $state.raw<SchoolImage | null>(null);
  affix = $state(false);
  /** The head's name, from « Mon établissement »: without an image, she signs by typing it. */
  chef = $state('');
  /** Why the last choice was not kept; empty when it was. */
  notice = $state('');
  /** The day a typed signature says it was made (set by the constructor). */
  #signedOn = '';

  /**
   * Whether there is anything to place: a signature or a stamp, or else her name typed (the way
   * to sign without a pointer or a scanner).
   */
  readonly available = $derived(
    this.signature !== null || this.stamp !== null || this.chef.trim() !== '',
  );
  /** What the letter's head block carries, or null when she did not ask for it. */
  readonly signing: Signing | null = $derived(
    this.affix && this.available
      ? { signature: this.signature, stamp: this.stamp, signedOn: this.#signedOn }
      : null,
  );
  /** `today` dates a typed signature (« 8 décembre 2026 »). */
  constructor(today: Date = new Date()) {
    this.#signedOn = formatLetterDate(localIsoDate(today));
  }

  /** Follows « Mon établissement » as read (at the start, or after another tab saved it). */
  take(school: School): void {
    this.logo = school.logo ?? null;
    this.signature = school.signature ?? null;
    this.stamp = school.stamp ?? null;
    this.affix = school.affixSignature === true;
    this.chef = school.chef;
  }

  /**
   * The head ticks or unticks the box: the page follows at once; `keep` writes the choice with
   * « Mon établissement ». If it cannot, the choice holds for this page, and the page says so.
   */
  async choose(on: boolean, keep: (on: boolean) => Promise<void>): Promise<void> {
    this.affix = on;
    this.notice = '';
    try {
      await keep(on);
    } catch {
      this.notice = AFFIX_NOT_KEPT;
    }
  }
}
