import { describe, expect, it } from 'vitest';
import {
  MAX_LETTER_FILE_BYTES,
  NOT_A_LETTER_FILE,
  letterFileText,
  readLetterFile,
} from '../../../src/lib/sending/letter-file';

const fileOf = (text: string, size = new TextEncoder().encode(text).length) => ({
  size,
  text: async () => text,
});

describe('a letter sent as a .lettre file', () => {
  it('gives back the link’s fragment, whether the file holds the link or the fragment', async () => {
    const url = 'https://exemple.fr/lettre-recue/#l1.coordonnateur-rep.AbC_-9';
    expect(await readLetterFile(fileOf(letterFileText(url)))).toEqual({
      ok: true,
      fragment: 'l1.coordonnateur-rep.AbC_-9',
    });
    expect(await readLetterFile(fileOf('l1.-.xyz\r\n'))).toEqual({
      ok: true,
      fragment: 'l1.-.xyz',
    });
  });

  it('refuses, in French, what is not one, and a file too big before reading it', async () => {
    for (const text of ['', 'Bonjour', 'https://exemple.fr/#a1.xyz', '<script>x</script>'])
      expect(await readLetterFile(fileOf(text))).toEqual({ ok: false, message: NOT_A_LETTER_FILE });
    let read = false;
    const big = { size: MAX_LETTER_FILE_BYTES + 1, text: async () => ((read = true), 'l1.x.y') };
    const refused = await readLetterFile(big);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(
      /^Ce fichier est trop lourd pour être une lettre/,
    );
    expect(read).toBe(false);
    const broken = { size: 10, text: () => Promise.reject(new Error('unreadable')) };
    expect(await readLetterFile(broken)).toEqual({ ok: false, message: NOT_A_LETTER_FILE });
  });
});
