// @vitest-environment jsdom
/**
 * « Mes lettres » imports a PDF made by the site as it imports a backup: the preview first
 * (« 1 lettre sera ajoutée »), nothing written before « Confirmer l’import »; a PDF without a
 * letter, a cut one or random bytes get a French alert and nothing is stored.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import '../../../src/components/letters/BackupPanel.svelte';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { letterAttachment } from '../../../src/lib/pdf/letter-attachment';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';
import { cards, folded, marie, now, setup } from './letter-list-setup';

const nina = makeLetter('n', { values: { prenom: 'Nina', nom: 'Simone' } });

async function pdfOf(attach: boolean): Promise<Uint8Array> {
  const attachments = attach ? [letterAttachment(nina, now())] : [];
  const result = await exportPdf(toDocument(nina, []), undefined, attachments);
  if (!result.ok) throw new Error('missing characters');
  return new Uint8Array(await result.blob.arrayBuffer());
}

/** A `File` whose bytes jsdom's own File would not give back (no `arrayBuffer`). */
function fileOf(bytes: Uint8Array, name = 'lettre.pdf'): File {
  const file = new File([bytes.slice()], name, { type: 'application/pdf' });
  return Object.assign(file, { arrayBuffer: async () => bytes.slice().buffer });
}

/** Everything the store holds, to show that a refused file wrote nothing. */
const contents = async (store: MemoryStore) =>
  JSON.stringify(
    await Promise.all((await store.keys()).sort().map(async (k) => [k, await store.get(k)])),
  );

describe('importing a PDF made by the site in « Mes lettres »', () => {
  it('shows the preview, writes only on confirmation, and the letter is back', async () => {
    const repo = await setup(new MemoryStore(), [marie]);
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    expect(input.getAttribute('accept')).toContain('.pdf');
    expect(screen.getByText(/ou un PDF de lettre créé par ce site/)).toBeTruthy();
    await fireEvent.change(input, { target: { files: [fileOf(await pdfOf(true))] } });
    await screen.findByText('1 lettre sera ajoutée.');
    expect(await repo.get(nina.id)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Confirmer l’import' }));
    await screen.findByText(folded('Import terminé\u00a0: 1 lettre ajoutée.'));
    await waitFor(() => expect(cards()).toContain('Nina Simone'));
    expect(await repo.get(nina.id)).toEqual(nina);
  }, 30_000);

  it('a file dropped on the import zone is read the same way', async () => {
    await setup(new MemoryStore(), [marie]);
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    const zone = input.closest('.control');
    if (!zone) throw new Error('no import zone');
    const file = fileOf(await pdfOf(true));
    await fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    await screen.findByText('1 lettre sera ajoutée.');
  }, 30_000);

  it('a PDF without a letter, a cut one, random bytes: a French alert, nothing stored', async () => {
    const store = new MemoryStore();
    await setup(store, [marie]);
    const before = await contents(store);
    const input = await screen.findByLabelText('Importer une sauvegarde ou un PDF');
    const site = await pdfOf(true);
    const cases: [Uint8Array, RegExp][] = [
      [await pdfOf(false), /^Ce PDF ne contient pas de lettre modifiable/],
      [site.subarray(0, site.length - 200), /^Ce PDF est incomplet ou abîmé/],
      [Uint8Array.from({ length: 500 }, (_, i) => (i * 37) % 256), /^Ce fichier n’est ni/],
    ];
    for (const [bytes, message] of cases) {
      await fireEvent.change(input, { target: { files: [fileOf(bytes)] } });
      await waitFor(() => expect(screen.getByRole('alert').textContent?.trim()).toMatch(message));
    }
    expect(cards()).toEqual(['Marie Curie']);
    expect(await contents(store)).toBe(before);
  }, 30_000);
});
