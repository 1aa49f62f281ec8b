// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LetterList from '../../../src/components/letters/LetterList.svelte';
// The list imports its backup panel once its first cards are shown; loaded here beforehand so the
// first test does not wait for its compilation.
import '../../../src/components/letters/BackupPanel.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { serializeBackup } from '../../../src/lib/backup/format';
import { emptySchool } from '../../../src/lib/schemas/school';
import { idMaker, makeLetter } from '../../fixtures/make-letter';
import { QuotaStore } from '../support/failing-store';
import { zephyr } from '../models/fixture';

const models = [{ id: 'referent-decrochage', mission: 'Référent décrochage', title: 'Lettre' }];
const now = () => new Date('2026-12-01T10:00:00.000Z');
const marie = makeLetter('m', { values: { prenom: 'Marie', nom: 'Curie' } });

/** « Mes lettres » over a memory store (or `store`) holding one letter. */
async function setup(store: MemoryStore = new MemoryStore()) {
  const repo = new LetterRepository(store, now);
  await repo.restore(marie);
  const services = {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(() => null),
  };
  const options = { now, makeId: idMaker('copie') };
  render(LetterList, { props: { models, rates: [], lettersHref: '/lettres/', services, options } });
  return repo;
}

// Testing Library folds every space (no-break ones too) into a plain one before comparing.
const folded = (text: string) => text.replace(/\s+/gu, ' ');
const cards = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());

describe('importing a backup in « Mes lettres »', () => {
  it('an import asks first when ids clash, then writes and says what it did', async () => {
    const repo = await setup();
    const changed = { ...marie, title: 'Titre de la sauvegarde', revision: 3 };
    const fresh = makeLetter('n', { values: { prenom: 'Nina', nom: 'Simone' } });
    const text = serializeBackup([changed, fresh], null, now());
    const file = new File([text], 'sauvegarde.json', { type: 'application/json' });
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    await fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText(/^1 lettre sera ajoutée/);
    expect(await repo.get('n-1')).toBeNull(); // nothing written before the confirmation
    await fireEvent.click(screen.getByLabelText(/Remplacer les lettres existantes/));
    await fireEvent.click(screen.getByRole('button', { name: 'Confirmer l’import' }));
    await screen.findByText(folded('Import terminé\u00a0: 1 lettre ajoutée, 1 remplacée.'));
    await waitFor(() => expect(cards()).toContain('Nina Simone'));
    expect((await repo.get('m-1'))?.title).toBe('Titre de la sauvegarde');
  });

  it('states its limits before a file is chosen: size, letters and models', async () => {
    await setup();
    await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    expect(screen.getByText(/Un fichier \.json téléchargé depuis ce site/).textContent).toContain(
      '(100\u00a0Mo, 10\u202f000 lettres et 1\u202f000 modèles au plus)',
    );
  });

  it('a file that is not a backup is refused with its reason, and nothing changes', async () => {
    await setup();
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    const file = new File(['{"bonjour": 1}'], 'autre.json', { type: 'application/json' });
    await fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Ce fichier n’est pas une sauvegarde de Lettres de mission.',
    );
    expect(cards()).toEqual(['Marie Curie']);
  });

  it('keeps the backup’s school when « Mon établissement » is still empty, and says so', async () => {
    const repo = await setup();
    const school = { ...emptySchool, etablissement: 'Collège Jean Moulin', ville: 'Melun' };
    const text = serializeBackup([], school, now());
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    await fireEvent.change(input, { target: { files: [new File([text], 's.json')] } });
    await screen.findByText(/il sera repris dans « Mon établissement », encore vide/);
    await fireEvent.click(screen.getByRole('button', { name: 'Confirmer l’import' }));
    await screen.findByText(/a rempli « Mon établissement »/);
    expect(await repo.getSchool()).toEqual(school);
  });

  it('a backup with a letter from an unknown model is refused, naming it', async () => {
    await setup();
    const stranger = makeLetter('x', { typeId: 'modele-futur', title: 'Lettre venue d’ailleurs' });
    const text = serializeBackup([stranger], null, now());
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    await fireEvent.change(input, { target: { files: [new File([text], 's.json')] } });
    const alert = await screen.findByRole('alert');
    expect(folded(alert.textContent ?? '')).toContain(
      folded('lettre 1 (« Lettre venue d’ailleurs ») : modèle « modele-futur » inconnu de ce site'),
    );
    expect(cards()).toEqual(['Marie Curie']);
  });

  it('a backup with a user model: its letter is accepted, the clash offers « Remplacer »', async () => {
    const repo = await setup();
    await repo.models.add({ ...zephyr('zephyr'), model: { ...zephyr().model, mission: 'Ici' } });
    const newer = { ...zephyr('zephyr', 4) };
    const letter = makeLetter('z', { typeId: 'zephyr', title: 'Lettre Zéphyr' });
    const text = serializeBackup([letter], null, now(), [newer, zephyr('autre')]);
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    await fireEvent.change(input, { target: { files: [new File([text], 's.json')] } });
    await screen.findByText(/1 modèle sera ajouté à « Mes modèles »/);
    await fireEvent.click(screen.getByLabelText(/Remplacer les modèles existants/));
    await fireEvent.click(screen.getByRole('button', { name: 'Confirmer l’import' }));
    await screen.findByText(
      folded('Import terminé\u00a0: 1 lettre ajoutée\u202f; 1 modèle ajouté, 1 remplacé.'),
    );
    expect(await repo.models.open('zephyr')).toEqual({ kind: 'found', record: newer });
    expect((await repo.get('z-1'))?.typeId).toBe('zephyr');
  });

  it('storage full at the confirmation: the alert says nothing was imported', async () => {
    const store = new QuotaStore();
    store.full = false;
    const repo = await setup(store);
    const text = serializeBackup([makeLetter('n'), makeLetter('o')], null, now());
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    await fireEvent.change(input, { target: { files: [new File([text], 's.json')] } });
    await screen.findByText(/^2 lettres seront ajoutées/);
    store.full = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Confirmer l’import' }));
    const alert = await screen.findByRole('alert');
    expect(folded(alert.textContent ?? '')).toContain(
      folded('aucune lettre de la sauvegarde n’a été importée'),
    );
    expect((await repo.list()).letters.map((l) => l.id)).toEqual([marie.id]);
    expect(cards()).toEqual(['Marie Curie']);
  });
});
