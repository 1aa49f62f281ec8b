// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import SendAction from '../../../src/components/editor/SendAction.svelte';
import { fragmentToLetter } from '../../../src/lib/sending/letter-link';
import { sentForm, sentHash } from '../../../src/lib/sending/canonical';
import type { Letter } from '../../../src/lib/schemas/letter';
import { filledLetter } from '../support/filled-letters';
import { downloadsOf } from '../support/downloads';

// jsdom has no modal dialogs: opening sets `open`, closing clears it and says so, as browsers do.
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

async function send(letter: Letter) {
  const sent: string[] = [];
  render(SendAction, { props: { getLetter: () => letter, onsent: (hash) => sent.push(hash) } });
  await fireEvent.click(screen.getByRole('button', { name: 'Envoyer à l’intéressé(e)' }));
  const field = await screen.findByLabelText<HTMLInputElement>(
    'Lien de la lettre pour l’intéressé(e)',
  );
  return {
    field,
    sent,
    length: (document.querySelector('.send-length')?.textContent ?? '')
      .replace(/[ \n\t]+/g, ' ')
      .trim(),
  };
}

describe('« Envoyer à l’intéressé(e) » in the editor', () => {
  it('shows the link to the page, its e-mail and its length, and reports the sent hash', async () => {
    const letter = filledLetter('referent-decrochage-scolaire');
    const { field, sent, length } = await send(letter);
    const url = new URL(field.value);
    expect(url.pathname).toBe('/lettre-recue/');
    expect(await fragmentToLetter(url.hash)).toEqual({ ok: true, letter: sentForm(letter) });
    expect(sent).toEqual([await sentHash(letter)]);
    expect(length).toMatch(/^Longueur du lien\u00a0: \d+\u00a0caractères\.$/);
    const mail = screen.getByRole('link', { name: 'Écrire un courriel' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=Lettre%20de%20mission/);
    expect(decodeURIComponent(mail ?? '')).toContain(field.value);
    expect(screen.getByRole('button', { name: 'Copier le lien' })).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Envoyer à l’intéressé(e)' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement?.id).toBe('send-open');
  });

  it('past 2 000 characters, says the link may be cut', async () => {
    const letter = filledLetter('referent-decrochage-scolaire');
    // Texts no dictionary knows: random words make the link long.
    let seed = 7;
    const word = () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36);
    };
    letter.preamble = Array.from({ length: 6 }, (_, i) => ({
      id: `long${i}`,
      text: Array.from({ length: 60 }, word).join(' '),
    }));
    const { field, length } = await send(letter);
    expect(field.value.length).toBeGreaterThan(2000);
    expect(length).toContain('certaines messageries peuvent couper le lien');
    // The same content in a small file, to attach: it holds the link.
    const [file] = await downloadsOf(() =>
      fireEvent.click(
        screen.getByRole('button', { name: 'Télécharger la lettre en fichier (.lettre)' }),
      ),
    );
    expect(await file?.text()).toBe(`${field.value}\n`);
    expect(screen.getByText(/^Fichier téléchargé/).textContent).toMatch(
      /^Fichier téléchargé\u00a0: lettre-de-mission-.*\.lettre\. Joignez-le à votre message\.$/,
    );
  });

  it('under 2 000 characters, offers no file: the link is enough', async () => {
    await send(filledLetter('referent-decrochage-scolaire'));
    expect(screen.queryByRole('button', { name: /en fichier/ })).toBeNull();
  });
});
