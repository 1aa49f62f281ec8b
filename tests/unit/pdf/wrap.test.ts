import { describe, expect, it } from 'vitest';
import { STYLES } from '../../../src/lib/pdf/page';
import { wrapText } from '../../../src/lib/pdf/wrap';
import { fakeMeasure, words } from './support';

// At 10 pt the fake font is 0.5 mm a character: 20 mm hold 40 characters.
const style = { font: 'regular', size: 10, leading: 1.4 } as const;
const wrap = (text: string, width = 20) => wrapText(text, width, style, fakeMeasure);

describe('wrapText', () => {
  it('breaks on spaces, every line within the width', () => {
    const lines = wrap(words(40));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(words(40));
  });

  it('keeps the user’s line breaks, blank lines included', () => {
    expect(wrap('un\ndeux\n\ntrois')).toEqual(['un', 'deux', '', 'trois']);
    expect(wrap('un\r\ndeux')).toEqual(['un', 'deux']);
  });

  it('never breaks at a no-break space (U+00A0, U+202F)', () => {
    const amount = 'montant\u00a0:\u00a01\u202f250\u00a0€';
    const lines = wrap(`${'a'.repeat(30)} ${amount}`);
    expect(lines).toEqual(['a'.repeat(30), amount]);
  });

  it('cuts a word longer than the line between characters, nothing lost', () => {
    const lines = wrap(`début ${'x'.repeat(100)} fin`);
    expect(lines).toEqual(['début', 'x'.repeat(40), 'x'.repeat(40), `${'x'.repeat(20)} fin`]);
  });

  it('never cuts inside a surrogate pair', () => {
    const lines = wrap('😀'.repeat(50));
    expect(lines.join('')).toBe('😀'.repeat(50));
    for (const line of lines) expect(line.isWellFormed()).toBe(true);
  });

  it('composes decomposed accents (NFC) before measuring and drawing', () => {
    expect(wrap('e\u0301le\u0300ve')).toEqual(['élève']);
  });

  it('wraps a 20 000-character word into lines that fit, nothing lost', () => {
    const word = 'x'.repeat(20_000);
    const lines = wrap(word);
    expect(lines).toHaveLength(500);
    for (const line of lines)
      expect(fakeMeasure(line, style.font, style.size)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toBe(word);
  });

  it('wraps words, a long run and words again, each line full before the next', () => {
    const lines = wrap(`un deux ${'é'.repeat(95)} trois quatre`);
    expect(lines).toEqual([
      'un deux',
      'é'.repeat(40),
      'é'.repeat(40),
      `${'é'.repeat(15)} trois quatre`,
    ]);
  });

  it('measures each character of a long word about once: linear, not quadratic', () => {
    let measured = 0;
    const counting: typeof fakeMeasure = (text, font, size) => {
      measured += text.length;
      return fakeMeasure(text, font, size);
    };
    const text = `${words(500)} ${'y'.repeat(20_000)} ${words(500)}`;
    const lines = wrapText(text, 20, style, counting);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    // Measuring the growing piece at each character measured about 500 000 characters here.
    expect(measured).toBeLessThan(4 * text.length);
  });

  it('measures in the style’s face and size', () => {
    const lines = wrapText(words(40), 20, STYLES.title, fakeMeasure);
    // 13 pt: 0.65 mm a character, 30 characters a line.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
  });
});
