import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { DAMAGED_ACK, ackToFragment, fragmentToAck } from '../../../src/lib/sending/ack-link';
import { toBase64Url } from '../../../src/lib/sending/base64url';
import { sentHash } from '../../../src/lib/sending/canonical';
import { filledLetter } from '../support/filled-letters';
import { withStatus } from '../../../src/lib/letters/status';
import { counted, runs } from '../property/runs';

const ack = {
  letterId: 'abc123',
  hash: 'a'.repeat(64),
  name: 'Aïcha N’Diaye',
  date: '2027-05-12',
};
const damaged = { ok: false, message: DAMAGED_ACK };
const pack = (value: unknown) =>
  `a1.${toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(value))))}`;

describe('the return link', () => {
  it('carries the acknowledgment back whole, in a short link', async () => {
    const fragment = await ackToFragment(ack);
    expect(fragment).toMatch(/^a1\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(300);
    expect(await fragmentToAck(`#${fragment}`)).toEqual({ ok: true, ack });
  });

  it('refuses a forged one: long name, bad date, bad hash, extra field, another version', async () => {
    expect(await fragmentToAck(pack({ ...ack, name: 'x'.repeat(101) }))).toEqual(damaged);
    expect(await fragmentToAck(pack({ ...ack, name: '  ' }))).toEqual(damaged);
    expect(await fragmentToAck(pack({ ...ack, date: '12/05/2027' }))).toEqual(damaged);
    expect(await fragmentToAck(pack({ ...ack, date: '2027-13-45' }))).toEqual(damaged);
    expect(await fragmentToAck(pack({ ...ack, hash: 'A'.repeat(64) }))).toEqual(damaged);
    expect(await fragmentToAck(pack({ ...ack, letterId: 'x'.repeat(101) }))).toEqual(damaged);
    expect(await fragmentToAck(pack({ ...ack, extra: '<img onerror=alert(1)>' }))).toEqual(damaged);
    expect(await fragmentToAck(pack(ack).replace('a1.', 'a2.'))).toEqual(damaged);
    expect(await fragmentToAck(pack(ack))).toEqual({ ok: true, ack });
  });

  it('the hash names the content: statuses and saves leave it, an edit changes it', async () => {
    const letter = filledLetter('coordonnateur-rep');
    const hash = await sentHash(letter);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const saved = { ...withStatus(letter, 'remise', new Date(), 'Lien envoyé'), revision: 7 };
    expect(await sentHash(saved)).toBe(hash);
    expect(await sentHash({ ...letter, title: `${letter.title}.` })).not.toBe(hash);
  });

  it('any truncation or random text gives the acknowledgment or a French message', async ({
    task,
  }) => {
    const fragment = await ackToFragment(ack);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: fragment.length }).map((cut) => fragment.slice(0, cut)),
          fc.uint8Array({ maxLength: 600 }).map((bytes) => `a1.${toBase64Url(bytes)}`),
          fc.string({ maxLength: 200 }),
        ),
        counted(task, async (text) => {
          const back = await fragmentToAck(text);
          if (back.ok) expect(back.ack).toEqual(ack);
          else expect(back).toEqual(damaged);
        }),
      ),
      { numRuns: runs(500) },
    );
  });
});
