// @vitest-environment jsdom
// Here rather than in tests/unit/docx/: astro check cannot type .svelte imports in .ts files,
// and tests/unit/components is where svelte-check checks them (tsconfig.astro-check.json).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import DocxButton from '../../../src/components/editor/DocxButton.svelte';
import { filledLetter, rates } from '../document/fixture';
import { readDocx } from '../docx/docx-text';

/** The spies of `catchDownloads`, restored after each test (console's spy is the setup's). */
let spies: { mockRestore: () => void }[] = [];

afterEach(() => {
  cleanup();
  for (const spy of spies) spy.mockRestore();
  spies = [];
});

/** The files the page offers for download, caught where the browser would save them. */
function catchDownloads(): { blobs: Blob[]; names: string[] } {
  const caught = { blobs: [] as Blob[], names: [] as string[] };
  spies = [
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      caught.blobs.push(blob as Blob);
      return '#docx';
    }),
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {}),
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      caught.names.push(this.download);
    }),
  ];
  return caught;
}

const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });

describe('« Télécharger pour Word ou LibreOffice »', () => {
  it('with « Dupont » and U+FFFE in « Nom », downloads nothing and says what to replace', async () => {
    const caught = catchDownloads();
    const letter = filledLetter();
    letter.values['nom'] = 'Dupont\ufffe';
    render(DocxButton, { getLetter: () => letter, rates });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Télécharger pour Word ou LibreOffice' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Ce caractère ne peut pas être écrit dans le fichier pour Word ou LibreOffice\u00a0: ' +
          '«\u00a0\ufffe\u00a0» (U+FFFE) dans «\u00a0Nom\u00a0». Remplacez-le dans la lettre, ' +
          'puis téléchargez à nouveau.',
      ),
    );
    expect(screen.getByRole('status').textContent).toBe('');
    expect(caught.names).toEqual([]);
  });

  it('downloads the letter as a .docx named like its PDF, and says so', async () => {
    const caught = catchDownloads();
    render(DocxButton, { getLetter: filledLetter, rates });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Télécharger pour Word ou LibreOffice' }),
    );
    const name = 'lettre-de-mission-referent-decrochage-scolaire-dupont-2025-2026.docx';
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Fichier pour Word ou LibreOffice téléchargé\u00a0: ${name}`,
      ),
    );
    expect(caught.names).toEqual([name]);
    const docx = readDocx(await bytesOf(caught.blobs[0] ?? new Blob()));
    expect(docx.paragraphs).toContain('Rédiger le bilan avant le 1er juin 2027.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
