// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import { bulkPageWithDisciplineModel } from './bulk-page';
import { utf16, zipped } from '../bulk/list-files';

afterEach(() => cleanup());

const fileInput = () => screen.getByLabelText('Ou importer un fichier CSV ou texte');
const listBox = () => screen.getByLabelText('Une personne par ligne') as HTMLTextAreaElement;
const paragraphs = () =>
  [...document.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/[ \n\t]+/g, ' '));

describe('« Plusieurs personnes » given what spreadsheets write', () => {
  it('reads Excel’s « Texte Unicode » export (UTF-16, tab-separated)', async () => {
    await bulkPageWithDisciplineModel();
    const text = 'Mme\tLefèvre\tZoé\tprofesseure\t3\t1\r\nM.\tÉluard\tPaul\tCPE\t\t\r\n';
    const file = new File([utf16(text, 'le')], 'personnel.txt', { type: 'text/plain' });
    await fireEvent.change(fileInput(), { target: { files: [file] } });
    await waitFor(() => expect(listBox().value).toBe(text.replace(/\r\n/g, '\n')));
    expect(screen.getByRole('cell', { name: 'Lefèvre' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Éluard' })).toBeTruthy();
  });

  it('recognises an .xlsx file, reads none of it, and says how to save it as CSV', async () => {
    await bulkPageWithDisciplineModel();
    const file = new File([zipped], 'personnel.xlsx');
    await fireEvent.change(fileInput(), { target: { files: [file] } });
    await waitFor(() =>
      expect(paragraphs().some((p) => p.startsWith('Le fichier «\u00a0personnel.xlsx'))).toBe(true),
    );
    const said = paragraphs().find((p) => p.startsWith('Le fichier «\u00a0personnel.xlsx')) ?? '';
    expect(said).toContain('est un classeur de tableur (Excel ou LibreOffice)');
    expect(said).toContain('«\u00a0Fichier › Enregistrer sous\u00a0»');
    expect(listBox().value).toBe('');
  });
});
