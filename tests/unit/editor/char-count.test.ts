import { describe, expect, it } from 'vitest';
import { charCount } from '../../../src/lib/editor/char-count';

describe('the character counter under a field', () => {
  it('always shows the count, in French number format', () => {
    expect(charCount(12, 100).text).toBe('12 / 100 caractères');
    expect(charCount(1234, 10_000).text).toBe('1\u202f234 / 10\u202f000 caractères');
  });

  it('says nothing to screen readers far from the limit', () => {
    expect(charCount(0, 100).announcement).toBe('');
    expect(charCount(89, 100).announcement).toBe('');
  });

  it('announces the last tenth, the limit, and a text beyond it', () => {
    expect(charCount(95, 100).announcement).toBe('Encore 5\u00a0caractères possibles.');
    expect(charCount(99, 100).announcement).toBe('Encore 1\u00a0caractère possible.');
    expect(charCount(100, 100)).toEqual({
      text: '100 / 100 caractères',
      announcement: 'Limite atteinte\u00a0: 100\u00a0caractères.',
      over: false,
    });
    expect(charCount(130, 100)).toEqual({
      text: '130 / 100 caractères (30 de trop)',
      announcement:
        'Texte trop long de 30\u00a0caractères\u00a0: raccourcissez-le à 100\u00a0caractères au plus.',
      over: true,
    });
  });
});
