// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadLetterDocx } from '../../../src/lib/docx/download-docx';
import { forbiddenCharacters } from '../../../src/lib/docx/xml-characters';
import { exportDocx } from '../../../src/lib/docx/export';
import { toDocument } from '../../../src/lib/document/to-document';
import { filledLetter, rates } from '../document/fixture';

/** « Dupont » followed by a character XML forbids, as issue 22 found it in « Nom ». */
const hostile = ['\ufffe', '\uffff', '\ufdd0', '\ufdef', '\u{1fffe}', '\u{10ffff}'];

describe('a letter holding a character a DOCX cannot hold', () => {
  const createObjectURL = URL.createObjectURL;
  const download = vi.fn(() => 'blob:lettre');
  beforeEach(() => {
    download.mockClear();
    URL.createObjectURL = download;
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
  });

  it.each(hostile)('U+%s in « Nom »: refused, naming the character and « Nom »', async (char) => {
    const letter = filledLetter();
    letter.values['nom'] = `Dupont${char}`;
    const outcome = await downloadLetterDocx(letter, rates);
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    expect(outcome).toEqual({
      ok: false,
      message:
        `Ce caractère ne peut pas être écrit dans le fichier pour Word ou LibreOffice\u00a0: ` +
        `«\u00a0${char}\u00a0» (U+${code}) dans «\u00a0Nom\u00a0». Remplacez-le dans la lettre, ` +
        'puis téléchargez à nouveau.',
    });
    // Nothing was offered for download.
    expect(download).not.toHaveBeenCalled();
  });

  it('a character the form leaves is cleaned, not refused: « Dupont » downloads', async () => {
    const letter = filledLetter();
    letter.values['nom'] = 'Dupont\u0001\u001b';
    const outcome = await downloadLetterDocx(letter, rates);
    expect(outcome.ok).toBe(true);
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('is never written by the exporter itself: no file whose XML Word would refuse', async () => {
    const letter = filledLetter();
    letter.values['nom'] = 'Dupont\ufffe';
    await expect(exportDocx(toDocument(letter, rates))).rejects.toThrow(
      expect.objectContaining({ name: 'ForbiddenCharactersError', characters: ['\ufffe'] }),
    );
  });
});

describe('the characters a DOCX cannot hold', () => {
  it('are the C0 controls but tab and line breaks, U+FFFE, U+FFFF and the non-characters', () => {
    const doc = toDocument(filledLetter(), rates);
    const text = 'a\tb\nc\rd\u0000\u0008\u000b\u001f\ufdd0\ufdef\ufffe\uffff\u{1fffe}\u{10ffff}';
    const title = doc.blocks.find((block) => block.kind === 'title');
    if (title?.kind === 'title') title.text = text;
    expect(forbiddenCharacters(doc)).toEqual([
      ...'\u0000\u0008\u000b\u001f\ufdd0\ufdef\ufffe\uffff',
      '\u{1fffe}',
      '\u{10ffff}',
    ]);
    const plain = toDocument(filledLetter(), rates);
    expect(forbiddenCharacters(plain)).toEqual([]);
    const author = { ...plain, meta: { ...plain.meta, author: 'Collège\ufffe' } };
    expect(forbiddenCharacters(author)).toEqual(['\ufffe']);
  });
});
