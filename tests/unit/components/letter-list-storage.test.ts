// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import LetterList from '../../../src/components/letters/LetterList.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { classifyStorageError } from '../../../src/lib/storage/failure';
import { letterFixture } from '../../fixtures/make-letter';
import { UnavailableStore } from '../support/failing-store';
import { models, now, setup } from './letter-list-setup';

describe('« Mes lettres » when storage holds unreadable records or fails', () => {
  it('an unreadable record is reported and kept aside; the others are listed', async () => {
    const store = new MemoryStore();
    await store.set('letter:broken-1', letterFixture('broken'));
    await setup(store);
    await screen.findByRole('heading', { name: 'Marie Curie' });
    // The warning's component is imported when there is something to warn about.
    expect(
      await screen.findByText(/^1 lettre enregistrée n’a pas pu être lue : elle est mise de côté/),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Télécharger les données mises de côté' }),
    ).toBeTruthy();
  });

  it('an unreadable « Mon établissement » is listed with the records set aside', async () => {
    const store = new MemoryStore();
    const raw = { etablissement: 'Collège Jean Moulin', couleur: 'bleu' };
    await store.set('school', raw);
    const repo = await setup(store);
    await screen.findByRole('heading', { name: 'Marie Curie' });
    expect(
      await screen.findByText(
        /^«.Mon établissement.» n’a pas pu être lu : ses données sont mises de côté/,
      ),
    ).toBeTruthy();
    // Its problem is named in words, never by its storage key (`school`).
    expect(screen.getByText(/^«.Mon établissement.» › /)).toBeTruthy();
    expect(screen.queryByText('school')).toBeNull();
    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:school', raw }]);
  });

  it('when storage is unavailable, the French message is shown in an alert', async () => {
    const repo = new LetterRepository(new UnavailableStore(), now);
    const failure = classifyStorageError(new DOMException('x', 'InvalidStateError'));
    render(LetterList, {
      props: {
        models,
        rates: [],
        lettersHref: '/lettres/',
        services: {
          store: { probe: async () => ({ ok: false, failure }) as const },
          repo,
          channel: createLetterChannel(() => null),
        },
      },
    });
    const alert = await screen.findByRole('alert');
    // The message names what failed: the letters could not be read.
    expect(alert.textContent).toContain(
      classifyStorageError(new DOMException('x', 'InvalidStateError'), 'list-read').message,
    );
    expect(alert.textContent).toContain('vos lettres n’ont pas pu être lues');
    expect(screen.getByText('Vos lettres n’ont pas pu être lues dans ce navigateur.')).toBeTruthy();
  });
});
