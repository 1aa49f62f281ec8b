import { describe, expect, it } from 'vitest';
import { cleanInvisible, cleanInvisibleDeep } from '../../../src/lib/text/clean-invisible';

/** Every code point from `first` to `last`, both included. */
const range = (first: number, last: number) =>
  String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, index) => first + index));

describe('cleaning the invisible characters of pasted text', () => {
  it('drops half a character (a lone surrogate) and keeps whole ones, emoji included', () => {
    const [high, low] = ['\ud83d', '\ude00'];
    expect(cleanInvisible(`a${high}b${low}c${low}${high}d😀e${high}`)).toBe('abcd😀e');
    expect(cleanInvisible('’ « » \u00a0\u202f 𝒜')).toBe('’ « » \u00a0\u202f 𝒜');
  });

  it('removes zero-width characters, the byte order mark and the soft hyphen', () => {
    expect(cleanInvisible('\ufeffJean\u200b-Pierre Du\u00adpont\u200c\u200d\u2060')).toBe(
      'Jean-Pierre Dupont',
    );
  });

  it('removes the bidirectional controls', () => {
    const controls = '\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c';
    expect(cleanInvisible(`${controls}Collège${controls} Jean Moulin`)).toBe('Collège Jean Moulin');
  });

  it('removes every C0 and C1 control but the tab and the line breaks', () => {
    const c0 = range(0x00, 0x1f).replace(/[\t\n\v\f\r]/g, '');
    const c1 = range(0x7f, 0x9f).replace('\u0085', '');
    expect(cleanInvisible(`a${c0}b${c1}c`)).toBe('abc');
  });

  it('turns every line separator into a line feed and a tab into a space', () => {
    expect(cleanInvisible('un\r\ndeux\rtrois\u2028quatre\u2029cinq\vsix\fsept\u0085huit')).toBe(
      'un\ndeux\ntrois\nquatre\ncinq\nsix\nsept\nhuit',
    );
    expect(cleanInvisible('Nom\tPrénom')).toBe('Nom Prénom');
  });

  it('drops a variation selector and keeps the character it followed', () => {
    expect(cleanInvisible('©\ufe0e et ®\ufe0f')).toBe('© et ®');
  });

  it('keeps every visible character, no-break spaces and other scripts included', () => {
    const text = 'Œuvre «\u00a0Łukasz Čapek\u00a0»\u202f; Ωμέγα Кирилл — 1\u202f250\u00a0€ 😀 中';
    expect(cleanInvisible(text)).toBe(text);
  });

  it('changes nothing the second time', () => {
    const once = cleanInvisible('a\u200b\r\n\t\u2028b\u00ad');
    expect(once).toBe('a\n \nb');
    expect(cleanInvisible(once)).toBe(once);
  });

  it('cleans every string of nested data, keys and other values kept', () => {
    const data = JSON.parse(
      '{"title":"Lettre\\u200b","n":2,"ok":true,"none":null,"items":[{"text":"a\\u00adb"}],"__proto__":"x\\ufeff"}',
    ) as unknown;
    const cleaned = cleanInvisibleDeep(data) as Record<string, unknown>;
    expect(cleaned).toEqual({
      title: 'Lettre',
      n: 2,
      ok: true,
      none: null,
      items: [{ text: 'ab' }],
      ['__proto__']: 'x',
    });
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(Object.hasOwn(cleaned, '__proto__')).toBe(true);
  });
});
