import { z } from 'zod';
import { idSchema } from '../schemas/letter';
import { revisionSchema } from '../schemas/revision';
import { createChannel, type Channel, type ChannelPort } from '../persistence/channel';

/**
 * What one tab tells the others about the user's models. A channel of its own (not the
 * letters'): « Mes lettres » need not read every letter again when a model is saved.
 */
export const modelMessageSchema = z.discriminatedUnion('kind', [
  /** A model was written (builder), as revision `revision`. */
  z.object({ kind: z.literal('saved'), id: idSchema, revision: revisionSchema }).strict(),
  /** A model was added (import, « Annuler » a removal) or removed (« Mes modèles »). */
  z.object({ kind: z.enum(['added', 'removed']), id: idSchema }).strict(),
]);

/** A cross-tab notification about a user model. */
export type ModelMessage = z.output<typeof modelMessageSchema>;

/** Cross-tab notifications about the user's models. */
export type ModelChannel = Channel<ModelMessage>;

/** Name of the channel the tabs of the site share for models. */
export const MODEL_CHANNEL_NAME = 'lettres-de-mission-modeles';

/** Opens the models' channel (a channel that does nothing without BroadcastChannel). */
export function createModelChannel(factory?: (name: string) => ChannelPort | null): ModelChannel {
  return createChannel(MODEL_CHANNEL_NAME, modelMessageSchema, factory);
}

/** A channel that does nothing: a tab alone (tests, pages that do not need it). */
export const silentModelChannel: ModelChannel = {
  announce() {},
  subscribe: () => () => {},
  close() {},
};
