// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ReceivedView from '../../../src/components/sending/ReceivedView.svelte';
import { letterToFragment } from '../../../src/lib/sending/letter-link';
import { fragmentToAck } from '../../../src/lib/sending/ack-link';
import { sentHash } from '../../../src/lib/sending/canonical';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { localIsoDate } from '../../../src/lib/format/date';
import { ChannelBus } from '../support/channel-bus';
import { filledLetter } from '../support/filled-letters';

const PAGE = '/lettre-recue/';
const props = {
  rates: [],
  modelIds: ['coordonnateur-rep'],
  lettersHref: '/lettres/',
  userModelHref: '/modeles/rediger/',
};

function openAt(fragment: string, extra: Partial<Parameters<typeof render>[1]> = {}) {
  window.history.replaceState(null, '', `${PAGE}#${fragment}`);
  return render(ReceivedView, { props: { ...props, ...extra } });
}

describe('« Lettre reçue », the person’s side', () => {
  it('shows the letter, prefills the name, and makes a return link holding the sent hash', async () => {
    const letter = filledLetter('coordonnateur-rep');
    openAt(await letterToFragment(letter));
    await screen.findByRole('region', { name: 'La lettre' });
    expect(document.querySelector('.letter-page')?.textContent).toContain(
      letter.title.slice(0, 20),
    );
    expect(screen.getByRole('button', { name: 'Télécharger le PDF' })).toBeTruthy();
    const name = screen.getByLabelText<HTMLInputElement>('Votre nom');
    expect(name.value).toBe('Claire Dubois');
    await fireEvent.input(name, { target: { value: '  Aïcha N’Diaye ' } });
    await fireEvent.click(
      screen.getByRole('button', { name: 'J’ai vu et pris connaissance de cette lettre' }),
    );
    const back = await screen.findByLabelText<HTMLInputElement>(
      'Lien de retour pour votre chef d’établissement',
    );
    const url = new URL(back.value);
    expect(url.pathname).toBe(PAGE);
    const read = await fragmentToAck(url.hash);
    expect(read).toEqual({
      ok: true,
      ack: {
        letterId: letter.id,
        hash: await sentHash(letter),
        name: 'Aïcha N’Diaye',
        date: localIsoDate(new Date()),
      },
    });
    const mail = screen.getByRole('link', { name: 'Écrire un courriel avec ce lien' });
    expect(decodeURIComponent(mail.getAttribute('href') ?? '')).toContain(back.value);
  });

  it('an empty name is refused with a message tied to the field', async () => {
    openAt(await letterToFragment(filledLetter('coordonnateur-rep')));
    const name = await screen.findByLabelText<HTMLInputElement>('Votre nom');
    await fireEvent.input(name, { target: { value: ' ' } });
    await fireEvent.click(
      screen.getByRole('button', { name: 'J’ai vu et pris connaissance de cette lettre' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Indiquez votre nom pour accuser réception de la lettre.');
    expect(name.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('a cut link: the French message, no letter', async () => {
    const fragment = await letterToFragment(filledLetter('coordonnateur-rep'));
    openAt(fragment.slice(0, 60));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce lien est incomplet ou abîmé');
    expect(document.querySelector('.letter-page')).toBeNull();
  });
});

describe('« Lettre reçue », the head’s side', () => {
  it('records the acknowledgment and links to the letter; an unknown letter is said', async () => {
    const repo = new LetterRepository(new MemoryStore());
    const channel = createLetterChannel(new ChannelBus().factory);
    const letter = await repo.save(filledLetter('coordonnateur-rep'), 0);
    const { ackToFragment } = await import('../../../src/lib/sending/ack-link');
    const ack = {
      letterId: letter.id,
      hash: await sentHash(letter),
      name: 'Aïcha N’Diaye',
      date: '2027-05-12',
    };
    const view = openAt(await ackToFragment(ack), { services: { repo, channel } });
    const said = await screen.findByText(/La lettre est maintenant/);
    expect(said.textContent).toContain(
      'Aïcha N’Diaye a indiqué «\u00a0Vu et pris connaissance\u00a0» le 12 mai 2027',
    );
    expect(screen.getByRole('link', { name: 'Ouvrir la lettre' }).getAttribute('href')).toBe(
      `/lettres/coordonnateur-rep/rediger/?id=${letter.id}`,
    );
    expect((await repo.get(letter.id))?.status).toBe('vue');
    view.unmount();

    openAt(await ackToFragment({ ...ack, letterId: 'ailleurs' }), { services: { repo, channel } });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette lettre n’est pas dans ce navigateur',
    );
  });
});

describe('« Lettre reçue » opened without a link, with a .lettre file', () => {
  it('reads the file’s link and shows its letter, as the link would', async () => {
    const letter = filledLetter('coordonnateur-rep');
    const url = `https://exemple.fr${PAGE}#${await letterToFragment(letter)}`;
    openAt('');
    await screen.findByText(/ce lien ne contient pas de lettre/);
    const input = screen.getByLabelText('Ou ouvrir une lettre reçue en fichier (.lettre)');
    const file = new File([`${url}\n`], 'lettre.lettre', { type: 'text/plain' });
    await fireEvent.change(input, { target: { files: [file] } });
    await screen.findByRole('region', { name: 'La lettre' });
    expect(document.querySelector('.letter-page')?.textContent).toContain(
      letter.title.slice(0, 20),
    );
  });

  it('says in French when the file holds no letter', async () => {
    openAt('');
    const input = await screen.findByLabelText('Ou ouvrir une lettre reçue en fichier (.lettre)');
    const file = new File(['Bonjour'], 'note.txt', { type: 'text/plain' });
    await fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(/^Ce fichier ne contient pas de lettre/)).toBeTruthy();
    expect(screen.getByText(/^Ce fichier ne contient pas de lettre/).getAttribute('role')).toBe(
      'alert',
    );
  });
});
