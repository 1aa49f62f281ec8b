import { z } from 'zod';
import { hasVisibleText, INVISIBLE_ONLY } from './visible-text';
import { limitedText, type TextSchemaOf } from './limits';

/** Who signs: the person given the mission, the head of school, or a co-signer (IEN, CSAIO…). */
export const signerKinds = ['person', 'head', 'other'] as const;

/**
 * One signatory of a letter, as a model proposes it and as a letter keeps it (with an id).
 * Names are not copied: the head's comes from the letter's heading (« Mon établissement »), the
 * person's from the fields with a role; `name` overrides them, and names a co-signer.
 */
export const signatorySchemaOf = (text: TextSchemaOf) =>
  z
    .object({
      /** Who signs; decides where the printed name comes from. */
      signer: z.enum(signerKinds),
      /**
       * Caption printed above the signature; blanks and agreement allowed (« {leChef} »,
       * « {L’intéressé|L’intéressée} », « L’IEN de la circonscription, co-pilote du REP »).
       */
      label: text('line').trim().min(1).refine(hasVisibleText, INVISIBLE_ONLY),
      /** Name printed under the signature; empty: the head's or the person's, or a leader. */
      name: text('name').default(''),
      /** Whether the block reads « Vu et pris connaissance, le … » (the person acknowledges). */
      acknowledgement: z.boolean().default(false),
      /** Whether room is left for the school's stamp. */
      stamp: z.boolean().default(false),
      /** Whether an adjoint signs « Pour le chef d’établissement et par délégation ». */
      delegation: z.boolean().default(false),
    })
    .strict();

/** A signatory as a model proposes it, its texts within their limits. */
export const signatorySchema = signatorySchemaOf(limitedText);

export type Signatory = z.output<typeof signatorySchema>;
export type SignatoryInput = z.input<typeof signatorySchema>;
export type Signer = Signatory['signer'];

/** What « Pour le chef d’établissement et par délégation » reads, before the caption. */
export const DELEGATION = 'Pour le chef d’établissement et par délégation';
