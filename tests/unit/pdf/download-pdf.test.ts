import { describe, expect, it } from 'vitest';
import { missingMessage } from '../../../src/lib/pdf/download-pdf';

describe('the message for characters the PDF cannot draw', () => {
  it('names each character and its code point, in French', () => {
    expect(missingMessage(['中'])).toBe(
      'Ce caractère ne peut pas être écrit dans le PDF\u00a0: «\u00a0中\u00a0» (U+4E2D). Remplacez-le dans la lettre, puis téléchargez à nouveau.',
    );
    expect(missingMessage(['中', '😀'])).toMatch(
      /^Ces caractères ne peuvent pas être écrits .*\(U\+1F600\)/,
    );
  });
});
