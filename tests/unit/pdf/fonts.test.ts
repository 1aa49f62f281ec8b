import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { FRENCH_CHARACTERS } from '../../../src/lib/pdf/fonts-plugin.mjs';
import { mappedCharacters } from '../../../src/lib/pdf/cmap.mjs';

const require = createRequire(import.meta.url);

const required = 'AZaz09 !?.,;:«»’‘“”„–—…€•·°ŒœŸÀÂÆÇÉÈÊËÎÏÔÙÛÜàâæçéèêëîïôùûüÿ\u00a0\u202f';

describe('virtual:pdf-fonts', () => {
  it('gives both faces as TrueType, subset well below the 700 kB of the full fonts', async () => {
    const fonts = await import('virtual:pdf-fonts');
    for (const face of [fonts.regular, fonts.bold]) {
      const bytes = Buffer.from(face, 'base64');
      expect(bytes.readUInt32BE(0)).toBe(0x00010000);
      expect(bytes.length).toBeLessThan(80_000);
    }
  });

  it('covers what a French letter needs, as read back from the fonts themselves', async () => {
    const { covered } = await import('virtual:pdf-fonts');
    for (const char of required) expect(covered).toContain(char);
    expect([...covered].sort()).toEqual([...FRENCH_CHARACTERS].sort());
    const controls = [...covered].filter((char) => /\p{Cc}/u.test(char));
    expect(controls).toEqual([]);
  });

  it('reads a font’s characters right, so the coverage above is the font’s own', async () => {
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
