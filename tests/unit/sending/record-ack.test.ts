import { describe, expect, it } from 'vitest';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { recordAcknowledgment } from '../../../src/lib/sending/record-ack';
import { sentHash } from '../../../src/lib/sending/canonical';
import { withStatus } from '../../../src/lib/letters/status';
import { ChannelBus } from '../support/channel-bus';
import { filledLetter } from '../support/filled-letters';
import type { Letter } from '../../../src/lib/schemas/letter';

const NOW = new Date('2027-05-12T09:00:00.000Z');

async function headBrowser() {
  const bus = new ChannelBus();
  const repo = new LetterRepository(new MemoryStore());
  const channel = createLetterChannel(bus.factory);
  const heard: unknown[] = [];
  createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
  const sent = withStatus(filledLetter('coordonnateur-rep'), 'remise', NOW, 'Lien envoyé');
  const stored = await repo.save(sent, 0);
  const ack = {
    letterId: stored.id,
    hash: await sentHash(stored),
    name: 'Aïcha N’Diaye',
    date: '2027-05-12',
  };
  return { repo, channel, heard, stored, ack };
}

const lastLine = (letter: Letter | null) => letter?.statusHistory.at(-1);

describe('the head opens the return link', () => {
  it('same content: « Vue par l’intéressé(e) », the line in the history, other tabs told', async () => {
    const { repo, channel, heard, stored, ack } = await headBrowser();
    const outcome = await recordAcknowledgment({ repo, channel }, ack, NOW);
    expect(outcome.kind).toBe('seen');
    const letter = await repo.get(stored.id);
    expect(letter?.status).toBe('vue');
    expect(lastLine(letter)).toEqual({
      status: 'vue',
      at: NOW.toISOString(),
      reason: 'Vu et pris connaissance le 12 mai 2027, Aïcha N’Diaye',
    });
    await Promise.resolve();
    expect(heard).toContainEqual({ kind: 'saved', id: stored.id, revision: letter?.revision });
  });

  it('opened twice: recorded once', async () => {
    const { repo, channel, stored, ack } = await headBrowser();
    await recordAcknowledgment({ repo, channel }, ack, NOW);
    const again = await recordAcknowledgment({ repo, channel }, ack, NOW);
    expect(again.kind).toBe('already');
    expect((await repo.get(stored.id))?.statusHistory).toHaveLength(2);
  });

  it('edited since sent: the sent version’s acknowledgment kept, the status not « vue »', async () => {
    const { repo, channel, stored, ack } = await headBrowser();
    const edited = await repo.save({ ...stored, title: 'Un autre titre' }, stored.revision);
    const outcome = await recordAcknowledgment({ repo, channel }, ack, NOW);
    expect(outcome.kind).toBe('changed');
    const letter = await repo.get(edited.id);
    expect(letter?.status).toBe('remise');
    expect(lastLine(letter)?.reason).toBe(
      'Vu et pris connaissance le 12 mai 2027, Aïcha N’Diaye (version envoyée, modifiée depuis)',
    );
  });

  it('a letter not in this browser, or a forged id: missing, nothing written', async () => {
    const { repo, channel, ack } = await headBrowser();
    expect(await recordAcknowledgment({ repo, channel }, { ...ack, letterId: 'autre' })).toEqual({
      kind: 'missing',
    });
    expect(
      await recordAcknowledgment({ repo, channel }, { ...ack, letterId: '../letter:x' }),
    ).toEqual({ kind: 'missing' });
    expect((await repo.list()).letters).toHaveLength(1);
  });
});
