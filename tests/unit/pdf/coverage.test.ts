import { describe, expect, it } from 'vitest';
import { missingCharacters } from '../../../src/lib/pdf/coverage';
import { chooseFontSet } from '../../../src/lib/pdf/font-sets';
import { docOf, fixtureDocument } from './support';

const covered = 'abcdefghijklmnopqrstuvwxyz é’«»\u00a0\u202f€';

describe('missingCharacters', () => {
  it('names a Chinese character and an emoji, once each, in order of appearance', () => {
    const doc = docOf([
      { kind: 'paragraph', text: 'un 😀 et 中 puis 😀' },
      { kind: 'list', items: ['encore 中'] },
    ]);
    expect(missingCharacters(doc, covered)).toEqual(['😀', '中']);
  });

  it('looks into every kind of block', () => {
    const doc = docOf([
      { kind: 'letterhead', sender: ['a'], placeDate: 'Ω' },
      { kind: 'table', caption: 'b', columns: ['c'], rows: [['Ж']] },
      { kind: 'signatures', blocks: [{ caption: 'd', lines: ['e'], name: 'ש', stamp: 'א' }] },
      { kind: 'copies', lines: ['ø'] },
    ]);
    expect(missingCharacters(doc, covered)).toEqual(['Ω', 'Ж', 'ש', 'א', 'ø']);
  });

  it('ignores line breaks and composes accents as the layout does', () => {
    const doc = docOf([{ kind: 'paragraph', text: 'e\u0301te\nl’e\u0301te\r\n«\u00a0a\u202f»' }]);
    expect(missingCharacters(doc, covered)).toEqual([]);
  });

  it('finds nothing to report in the fixture letter with the ASCII and Latin-1 it uses', () => {
    const latin = Array.from({ length: 0x24f }, (_, code) => String.fromCodePoint(code)).join('');
    expect(missingCharacters(fixtureDocument(), `${latin}’…–—€\u202f`)).toEqual([]);
  });
});

describe('chooseFontSet', () => {
  const load = () => Promise.reject(new Error('the choice loads nothing'));
  const sets = [
    { name: 'small', covered: 'abc ', load },
    { name: 'greek', covered: 'abc αβγ', load },
    { name: 'large', covered: 'abc αβγ жзи', load },
  ];

  it('takes the first set, smallest first, that draws every character', () => {
    expect(chooseFontSet(docOf([{ kind: 'paragraph', text: 'abc cab' }]), sets)).toEqual({
      ok: true,
      set: sets[0],
    });
    expect(chooseFontSet(docOf([{ kind: 'paragraph', text: 'a β' }]), sets)).toEqual({
      ok: true,
      set: sets[1],
    });
    expect(chooseFontSet(docOf([{ kind: 'title', text: 'a β ж' }]), sets)).toEqual({
      ok: true,
      set: sets[2],
    });
  });

  it('names what even the largest set lacks', () => {
    const doc = docOf([{ kind: 'paragraph', text: 'a ж 😀 x' }]);
    expect(chooseFontSet(doc, sets)).toEqual({ ok: false, missing: ['😀', 'x'] });
  });
});
