// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import SchoolForm from '../../../src/components/school/SchoolForm.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { ChannelBus } from '../support/channel-bus';
import { QuotaStore, SlowStore } from '../support/failing-store';
import { dataUrlOf, pngBytes } from '../support/images';

const probe = async () => ({ ok: true }) as const;

/** The form over `store`; `heard` collects what the other tabs are told. */
function setup(store: KeyValueStore = new MemoryStore()) {
  const bus = new ChannelBus();
  const repo = new LetterRepository(store);
  const heard: LetterMessage[] = [];
  createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
  render(SchoolForm, {
    props: {
      listHref: '/mes-lettres/',
      services: { store: { probe }, repo, channel: createLetterChannel(bus.factory) },
      options: { delayMs: 5, saveOnLeave: false },
    },
  });
  return { repo, heard };
}

const status = () => document.querySelector('.save-status')?.textContent?.trim() ?? '';

describe('« Mon établissement »', () => {
  it('has a labelled field for every part of the school', async () => {
    setup();
    for (const label of [
      'Académie',
      'Nom de l’établissement',
      'Adresse',
      'Ville',
      'Nom du chef d’établissement',
    ])
      expect(await screen.findByLabelText(label)).toBeTruthy();
  });

  it('a wrong check letter is a warning, a malformed UAI an error', async () => {
    setup();
    const uai = await screen.findByLabelText('UAI (code de l’établissement)');
    await fireEvent.input(uai, { target: { value: '0771234A' } });
    await fireEvent.blur(uai);
    expect(screen.getByText(/^Attention/).textContent).toContain('attendue est «\u00a0Y\u00a0»');
    expect(uai.getAttribute('aria-invalid')).toBeNull();
    await fireEvent.input(uai, { target: { value: '07712' } });
    expect(screen.getByText(/^Erreur/).textContent).toContain('7 chiffres suivis d’une lettre');
    expect(uai.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(uai, { target: { value: '0771234Y' } });
    expect(screen.queryByText(/^(Erreur|Attention)/)).toBeNull();
  });

  it('says « Enregistré » only once the write resolved, and tells the other tabs', async () => {
    const store = new SlowStore();
    const { repo, heard } = setup(store);
    await fireEvent.input(await screen.findByLabelText('Ville'), { target: { value: 'Melun' } });
    await waitFor(() => expect(store.writesInFlight).toBe(1));
    expect(status()).toBe('Enregistrement…');
    expect(heard).toEqual([]);
    store.release();
    await waitFor(() => expect(status()).toMatch(/^Enregistré dans ce navigateur/));
    expect(await repo.getSchool()).toEqual({ ...emptySchool, ville: 'Melun' });
    await waitFor(() => expect(heard).toEqual([{ kind: 'school-saved' }]));
  });

  it('a failed write shows the storage message and keeps the edit for « Réessayer »', async () => {
    const store = new QuotaStore();
    const { repo } = setup(store);
    await fireEvent.input(await screen.findByLabelText('Ville'), { target: { value: 'Melun' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('L’espace de stockage du navigateur est plein');
    expect(status()).toBe('Non enregistré.');
    store.full = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Réessayer d’enregistrer' }));
    await waitFor(() => expect(status()).toMatch(/^Enregistré/));
    expect((await repo.getSchool()).ville).toBe('Melun');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the school’s logo', () => {
  /** Chooses `file` in the logo's file input, as the browser's dialog would. */
  const choose = async (file: File) => {
    const input = await screen.findByLabelText('Logo de l’établissement (facultatif)');
    expect(input.getAttribute('accept')).toBe('image/png,image/jpeg');
    await fireEvent.change(input, { target: { files: [file] } });
  };
  const preview = () => screen.queryByAltText('Logo de l’établissement');

  it('refuses a text file with a French message, and changes nothing', async () => {
    const { repo } = setup();
    await choose(new File(['<script>alert(1)</script>'], 'logo.txt', { type: 'text/plain' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Ce fichier n’est pas une image PNG ou JPEG\u00a0: choisissez un logo dans l’un de ces formats. Le logo enregistré n’a pas été modifié.',
    );
    expect(preview()).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(status()).not.toBe('Enregistrement…');
    expect((await repo.getSchool()).logo).toBeUndefined();
  });

  it('refuses a file named .png that is not one', async () => {
    setup();
    await choose(new File(['pas une image'], 'logo.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Ce fichier n’est pas une image/,
    );
  });

  it('takes a PNG: shows it, saves it with its size, and removes it on request', async () => {
    const { repo, heard } = setup();
    const bytes = pngBytes(120, 60);
    await choose(new File([bytes], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(preview()).toBeTruthy());
    expect(preview()?.getAttribute('src')).toBe(dataUrlOf(bytes));
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(async () =>
      expect((await repo.getSchool()).logo).toEqual({
        dataUrl: dataUrlOf(bytes),
        width: 120,
        height: 60,
      }),
    );
    await waitFor(() => expect(heard).toContainEqual({ kind: 'school-saved' }));

    await fireEvent.click(screen.getByRole('button', { name: 'Retirer le logo' }));
    expect(preview()).toBeNull();
    expect(document.activeElement?.id).toBe('school-logo');
    await waitFor(async () => expect(await repo.getSchool()).toEqual(emptySchool));
  });

  it('a refused file after a good one keeps the good one', async () => {
    const { repo } = setup();
    await choose(new File([pngBytes()], 'logo.png', { type: 'image/png' }));
    await waitFor(async () => expect((await repo.getSchool()).logo?.width).toBe(1));
    await choose(new File(['texte'], 'notes.txt', { type: 'text/plain' }));
    await screen.findByRole('alert');
    expect(preview()).toBeTruthy();
    expect((await repo.getSchool()).logo?.width).toBe(1);
  });
});

describe('a stored logo that cannot be read', () => {
  it('is set aside alone: the other fields open, and the form asks for the logo again', async () => {
    const store = new MemoryStore();
    const badLogo = { dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+', width: 1, height: 1 };
    await store.set('school', {
      ...emptySchool,
      etablissement: 'Collège Jean Moulin',
      ville: 'Melun',
      schemaVersion: 1,
      revision: 2,
      logo: badLogo,
    });
    const { repo } = setup(store);
    const ville = await screen.findByLabelText('Ville');
    expect((ville as HTMLInputElement).value).toBe('Melun');
    expect((screen.getByLabelText('Nom de l’établissement') as HTMLInputElement).value).toBe(
      'Collège Jean Moulin',
    );
    const alert = screen.getByRole('alert').textContent?.replace(/[ \n]+/g, ' ');
    expect(alert).toContain('Le logo enregistré n’a pas pu être lu');
    expect(alert).toContain('Choisissez de nouveau le fichier du logo');
    expect(alert).toContain('l’image du logo\u00a0: image invalide');
    expect(screen.queryByText(/illisibles/)).toBeNull();
    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:school:logo', raw: badLogo }]);

    // A new logo chosen: the note goes, the record is saved with it.
    const bytes = pngBytes(120, 60);
    const input = screen.getByLabelText('Logo de l’établissement (facultatif)');
    await fireEvent.change(input, {
      target: { files: [new File([bytes], 'logo.png', { type: 'image/png' })] },
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(async () =>
      expect(await repo.getSchool()).toMatchObject({ ville: 'Melun', logo: { width: 120 } }),
    );
  });
});
