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

describe('the message, with where each character is', () => {
  it('says where each one is typed, one character after the other', () => {
    const places = new Map([
      ['😀', ['dans « Nom »']],
      ['中', ['dans « Prénom »', 'dans la mission 3 de « Pilotage »', 'ailleurs']],
    ]);
    expect(missingMessage(['😀'], places)).toBe(
      'Ce caractère ne peut pas être écrit dans le PDF\u00a0: «\u00a0😀\u00a0» (U+1F600) dans «\u00a0Nom\u00a0». Remplacez-le dans la lettre, puis téléchargez à nouveau.',
    );
    expect(missingMessage(['😀', '中'], places)).toBe(
      'Ces caractères ne peuvent pas être écrits dans le PDF\u00a0: «\u00a0😀\u00a0» (U+1F600) dans «\u00a0Nom\u00a0»\u202f; «\u00a0中\u00a0» (U+4E2D) dans «\u00a0Prénom\u00a0», dans la mission 3 de «\u00a0Pilotage\u00a0» et ailleurs. Remplacez-les dans la lettre, puis téléchargez à nouveau.',
    );
  });
});
