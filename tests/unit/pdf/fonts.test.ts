import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { fontSets } from 'virtual:pdf-fonts';
import { FRENCH_CHARACTERS, toRanges } from '../../../src/lib/pdf/fonts-plugin.mjs';
import { mappedCharacters } from '../../../src/lib/pdf/cmap.mjs';

const require = createRequire(import.meta.url);

const french = 'AZaz09 !?.,;:«»’‘“”„–—…€•·°ŒœŸÀÂÆÇÉÈÊËÎÏÔÙÛÜàâæçéèêëîïôùûüÿ\u00a0\u202f';
const latin = 'ŁłČčŠšŽžŘřŐőŰűĞğİıŞşȘșȚțĂăĄąĘęŃńŚśŹźŻżĐđĀāĒēĪīŪūŲųẞạếữ';
const greek = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΐΰϊϋ';
const cyrillic =
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяІіЇїЄєҐґЎўЈјЉљЊњЏџ№ʼ';

const setNamed = (name: string) => {
  const set = fontSets.find((candidate) => candidate.name === name);
  if (!set) throw new Error(`no font set « ${name} »`);
  return set;
};

const missingFrom = (covered: string, wanted: string) =>
  [...wanted].filter((char) => !covered.includes(char));

describe('the PDF font sets of virtual:pdf-fonts', () => {
  it('go from French alone to every European script, smallest first', () => {
    expect(fontSets.map((set) => set.name)).toEqual([
      'french',
      'latin',
      'greek-cyrillic',
      'european',
    ]);
    expect(missingFrom(setNamed('french').covered, french)).toEqual([]);
    expect([...setNamed('french').covered].sort()).toEqual([...FRENCH_CHARACTERS].sort());
    expect(missingFrom(setNamed('latin').covered, french + latin)).toEqual([]);
    expect(missingFrom(setNamed('greek-cyrillic').covered, french + greek + cyrillic)).toEqual([]);
    expect(missingFrom(setNamed('european').covered, french + latin + greek + cyrillic)).toEqual(
      [],
    );
  });

  it('keep scripts out of the sets that do not need them', () => {
    expect(missingFrom(setNamed('french').covered, 'łșΩЖ')).toEqual([...'łșΩЖ']);
    expect(missingFrom(setNamed('latin').covered, 'ΩЖ')).toEqual([...'ΩЖ']);
    expect(missingFrom(setNamed('greek-cyrillic').covered, 'łș')).toEqual([...'łș']);
  });

  it('never claim a control character or one outside the Basic Multilingual Plane', () => {
    for (const set of fontSets) {
      expect([...set.covered].filter((char) => /\p{Cc}/u.test(char))).toEqual([]);
      expect([...set.covered].filter((char) => (char.codePointAt(0) ?? 0) > 0xffff)).toEqual([]);
    }
  });

  it('load two TrueType faces that draw what the catalogue says, and little more', async () => {
    for (const set of fontSets) {
      const faces = await set.load();
      for (const face of [faces.regular, faces.bold]) {
        const bytes = Buffer.from(face, 'base64');
        expect(bytes.readUInt32BE(0)).toBe(0x00010000);
        expect(bytes.length).toBeLessThan(set.name === 'french' ? 20_000 : 90_000);
        const drawn = mappedCharacters(bytes);
        expect(missingFrom(drawn, set.covered), set.name).toEqual([]);
      }
    }
  });
});

describe('code point ranges', () => {
  it('merge consecutive characters', () => {
    expect(toRanges('abcxyzΩ')).toEqual([
      [0x61, 0x63],
      [0x78, 0x7a],
      [0x3a9, 0x3a9],
    ]);
    expect(toRanges('')).toEqual([]);
  });
});

describe('the cmap reader', () => {
  it('reads a font’s characters right, so each set’s coverage is the font’s own', async () => {
    // `covered` comes from this cmap reader; check it on a font whose content is known.
    const full = await readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const asked = 'aé’€\u202fΩ';
    const subset = await subsetFont(full, asked, { targetFormat: 'truetype' });
    expect([...mappedCharacters(subset)].sort()).toEqual([...asked].sort());
    // The full font draws far more than the subset, and never a control character.
    const all = mappedCharacters(full);
    expect(all).toContain('Ж');
    expect(all).not.toContain('\u0007');
  });
});
