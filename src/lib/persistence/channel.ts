import { z } from 'zod';
import { idSchema } from '../schemas/letter';
import { revisionSchema } from '../schemas/revision';

/** What one tab tells the others after writing. */
export const letterMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), id: idSchema, revision: revisionSchema }).strict(),
  z.object({ kind: z.literal('removed'), id: idSchema }).strict(),
  z.object({ kind: z.literal('school-saved') }).strict(),
  z.object({ kind: z.literal('team-saved') }).strict(),
]);

/** A cross-tab notification. */
export type LetterMessage = z.output<typeof letterMessageSchema>;

/** The part of `BroadcastChannel` used here (an in-memory bus in tests). */
export interface ChannelPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** Cross-tab notifications of one kind of message `M`. */
export interface Channel<M> {
  /** Tells the other tabs (not this one). */
  announce(message: M): void;
  /** Listens to the other tabs; returns the function that stops listening. */
  subscribe(listener: (message: M) => void): () => void;
  /** Stops everything; later calls do nothing. */
  close(): void;
}

/** Cross-tab notifications about letters. */
export type LetterChannel = Channel<LetterMessage>;

/** Name of the channel all tabs of the site share. */
export const CHANNEL_NAME = 'lettres-de-mission';

const defaultFactory = (name: string): ChannelPort | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);

/**
 * Opens the channel. Incoming messages are validated and anything else ignored (any script of
 * the same origin can post). Without BroadcastChannel, a channel that does nothing: each tab
 * still detects conflicts when it saves (revision check).
 */
export function createLetterChannel(
  factory: (name: string) => ChannelPort | null = defaultFactory,
): LetterChannel {
  return createChannel(CHANNEL_NAME, letterMessageSchema, factory);
}

/** Opens the channel `name`, whose messages `schema` checks (see `createLetterChannel`). */
export function createChannel<M>(
  name: string,
  schema: z.ZodType<M, z.ZodTypeDef, unknown>,
  factory: (name: string) => ChannelPort | null = defaultFactory,
): Channel<M> {
  let port: ChannelPort | null;
  try {
    port = factory(name);
  } catch {
    port = null;
  }
  if (!port) return { announce() {}, subscribe: () => () => {}, close() {} };
  const open = port;
  const handlers = new Set<(event: { data: unknown }) => void>();
  let closed = false;
  return {
    announce(message) {
      if (!closed) open.postMessage(message);
    },
    subscribe(listener) {
      if (closed) return () => {};
      const handler = (event: { data: unknown }) => {
        const parsed = schema.safeParse(event.data);
        if (parsed.success) listener(parsed.data);
      };
      handlers.add(handler);
      open.addEventListener('message', handler);
      return () => {
        handlers.delete(handler);
        open.removeEventListener('message', handler);
      };
    },
    close() {
      if (closed) return;
      closed = true;
      for (const handler of handlers) open.removeEventListener('message', handler);
      handlers.clear();
      open.close();
    },
  };
}
