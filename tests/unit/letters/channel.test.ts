import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import { ChannelBus, deliveries } from '../support/channel-bus';

afterEach(() => vi.unstubAllGlobals());

describe('messages between tabs', () => {
  it('each kind of message arrives as sent', async () => {
    const bus = new ChannelBus();
    const sender = createLetterChannel(bus.factory);
    const heard: LetterMessage[] = [];
    createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
    const sent: LetterMessage[] = [
      { kind: 'saved', id: 'abc', revision: 3 },
      { kind: 'removed', id: 'abc' },
      { kind: 'school-saved' },
    ];
    sent.forEach((message) => sender.announce(message));
    await deliveries();
    expect(heard).toEqual(sent);
  });

  it('anything else posted on the channel is ignored', async () => {
    const bus = new ChannelBus();
    const heard: LetterMessage[] = [];
    createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
    for (const data of [
      null,
      'saved',
      { kind: 'saved', id: 'abc' },
      { kind: 'saved', id: '../x', revision: 1 },
      { kind: 'removed', id: 'abc', extra: '<img src=x onerror=alert(1)>' },
      JSON.parse('{"kind":"school-saved","__proto__":{"polluted":true}}'),
      JSON.parse('{"kind":"saved","__proto__":{"id":"abc","revision":9}}'),
    ]) {
      bus.inject('lettres-de-mission', data);
    }
    expect(heard).toEqual([]);
  });

  it('unsubscribing and closing stop the messages', async () => {
    const bus = new ChannelBus();
    const sender = createLetterChannel(bus.factory);
    const receiver = createLetterChannel(bus.factory);
    const heard: LetterMessage[] = [];
    const stop = receiver.subscribe((message) => heard.push(message));
    stop();
    sender.announce({ kind: 'school-saved' });
    await deliveries();
    receiver.subscribe((message) => heard.push(message));
    receiver.close();
    sender.announce({ kind: 'school-saved' });
    await deliveries();
    expect(heard).toEqual([]);
    expect(() => receiver.announce({ kind: 'school-saved' })).not.toThrow();
  });
});

describe('a browser without BroadcastChannel', () => {
  it('gets a channel that does nothing, and does not throw', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = createLetterChannel();
    expect(() => {
      channel.announce({ kind: 'school-saved' });
      channel.subscribe(() => undefined)();
      channel.close();
    }).not.toThrow();
  });

  it('a factory that throws also gives a silent channel', () => {
    const channel = createLetterChannel(() => {
      throw new Error('blocked');
    });
    expect(() => channel.announce({ kind: 'removed', id: 'a' })).not.toThrow();
  });
});
