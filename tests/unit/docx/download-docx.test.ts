import { describe, expect, it } from 'vitest';
import { downloadLetterDocx, docxFailure } from '../../../src/lib/docx/download-docx';
import { filledLetter, rates } from '../document/fixture';

describe('a DOCX that cannot be made', () => {
  it('says so in French and leaves the letter as it was', async () => {
    const letter = filledLetter();
    const before = structuredClone(letter);
    const outcome = await downloadLetterDocx(letter, rates, {}, () =>
      Promise.reject(new Error('chunk failed to load')),
    );
    expect(outcome).toEqual({ ok: false, message: docxFailure });
    expect(docxFailure).toBe(
      'Le fichier pour Word ou LibreOffice n’a pas pu être créé. Votre lettre est conservée\u00a0: réessayez, ou téléchargez le PDF.',
    );
    expect(letter).toEqual(before);
  });
});
