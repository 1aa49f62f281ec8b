import type { ChannelPort } from '../../../src/lib/persistence/channel';

type Listener = (event: { data: unknown }) => void;

/**
 * An in-memory BroadcastChannel: each `port(name)` is one tab's channel; a message reaches the
 * other open ports of the same name (never the sender), structured-cloned, asynchronously.
 */
export class ChannelBus {
  readonly #ports = new Set<{ name: string; listeners: Set<Listener>; closed: boolean }>();

  /** A factory for `createLetterChannel`. */
  readonly factory = (name: string): ChannelPort => this.port(name);

  /** Opens one tab's port. */
  port(name: string): ChannelPort {
    const self = { name, listeners: new Set<Listener>(), closed: false };
    this.#ports.add(self);
    return {
      postMessage: (message) => {
        if (self.closed) throw new DOMException('Channel is closed', 'InvalidStateError');
        const data = structuredClone(message);
        for (const other of this.#ports) {
          if (other === self || other.name !== name || other.closed) continue;
          queueMicrotask(() => other.listeners.forEach((listener) => listener({ data })));
        }
      },
      addEventListener: (_type, listener) => void self.listeners.add(listener),
      removeEventListener: (_type, listener) => void self.listeners.delete(listener),
      close: () => {
        self.closed = true;
        this.#ports.delete(self);
      },
    };
  }

  /** Posts raw data to every port, as a foreign script of the same origin could. */
  inject(name: string, data: unknown): void {
    for (const port of this.#ports) {
      if (port.name === name) port.listeners.forEach((listener) => listener({ data }));
    }
  }
}

/** Resolves once the messages posted so far were delivered (works with fake timers too). */
export const deliveries = () => new Promise<void>((resolve) => queueMicrotask(resolve));
