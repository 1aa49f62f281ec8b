// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';
import { letterFixture } from '../../fixtures/make-letter';

const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));

afterEach(() =>
  window.history.replaceState(null, '', '/lettres/referent-decrochage-scolaire/rediger/'),
);

/** The editor opened on `?id=<id>` over `store`. */
function openLetter(store: MemoryStore, id: string) {
  window.history.replaceState(null, '', `/lettres/referent-decrochage-scolaire/rediger/?id=${id}`);
  render(Editor, {
    props: {
      typeId: 'referent-decrochage-scolaire',
      model,
      rates: [],
      listHref: '/mes-lettres/',
      services: {
        store: { probe: async () => ({ ok: true }) as const },
        repo: new LetterRepository(store),
        channel: createLetterChannel(new ChannelBus().factory),
      },
    },
  });
}

describe('opening a letter that cannot be used', () => {
  it('an unreadable record says it was set aside, why, and where to download it', async () => {
    const store = new MemoryStore();
    const broken = letterFixture('broken');
    await store.set('letter:broken-1', broken);
    openLetter(store, 'broken-1');

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Cette lettre est illisible et a été mise de côté');
    expect(alert.textContent).not.toContain('introuvable');
    expect(alert.textContent).toContain('le titre\u00a0: attendu un texte, trouvé un nombre');
    const link = screen.getByRole('link', { name: 'Mes lettres' });
    expect(link.getAttribute('href')).toBe('/mes-lettres/');
    expect(alert.textContent).toContain('téléchargez les données mises de côté');
    // Nothing was lost: the record is still there, and a copy is kept aside.
    expect(await store.get('letter:broken-1')).toEqual(broken);
    expect(await store.get('quarantine:letter:broken-1')).toEqual(broken);
  });

  it('an id with no record at all says the letter is not found', async () => {
    openLetter(new MemoryStore(), 'absente-1');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Cette lettre est introuvable');
    expect(alert.textContent).not.toContain('mise de côté');
  });
});
