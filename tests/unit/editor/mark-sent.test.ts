// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { withStatus } from '../../../src/lib/letters/status';
import { sentHash } from '../../../src/lib/sending/canonical';
import { sentReason } from '../../../src/lib/sending/sent-reason';
import { fixtureType, makeLetter } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';

let editors: LetterEditor[] = [];
afterEach(async () => {
  await Promise.all(editors.map((editor) => editor.stop()));
  editors = [];
});

const SENT_AT = new Date('2027-05-04T09:00:00.000Z');

async function editorOn(letter = makeLetter('s', { values: { nom: 'Curie' } })) {
  const repo = new LetterRepository(new MemoryStore());
  const id = (await repo.save(letter, 0)).id;
  const editor = new LetterEditor('referent-decrochage', fixtureType, {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(new ChannelBus().factory),
  });
  editors.push(editor);
  await editor.start(id);
  return { editor, repo };
}

describe('making the person’s link', () => {
  it('sets « Remise à l’intéressé(e) », the sent hash in the reason, and saves it', async () => {
    const { editor, repo } = await editorOn();
    const hash = await sentHash(editor.snapshot());
    editor.markSent(hash, SENT_AT);
    expect(editor.letter.status).toBe('remise');
    expect(editor.letter.statusHistory.at(-1)).toEqual({
      status: 'remise',
      at: SENT_AT.toISOString(),
      reason: `Lien envoyé à l’intéressé(e) (version ${hash.slice(0, 12)})`,
    });
    expect(editor.statusNotice).toContain('Remise à l’intéressé(e)');
    await editor.stop();
    expect((await repo.get(editor.letter.id))?.status).toBe('remise');
    // The status and its history are not the content: the hash is still the letter's.
    expect(await sentHash(editor.snapshot())).toBe(hash);
  });

  it('again for the same content: nothing changes, a seen letter stays « vue »', async () => {
    const letter = makeLetter('s', { values: { nom: 'Curie' } });
    const hash = await sentHash(letter);
    const seen = withStatus(
      withStatus(letter, 'remise', SENT_AT, sentReason(hash)),
      'vue',
      SENT_AT,
    );
    const { editor } = await editorOn(seen);
    editor.markSent(hash);
    expect(editor.letter.status).toBe('vue');
    expect(editor.letter.statusHistory).toHaveLength(2);
    editor.markSent('b'.repeat(64));
    expect(editor.letter.status).toBe('remise');
  });
});
