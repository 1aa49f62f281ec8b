import { describe, expect, it } from 'vitest';
import { FRENCH_CHARACTERS, buildPdfFonts } from '../../../src/lib/pdf/fonts-plugin.mjs';

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

  it('is the plugin’s own subsetting, callable without Vite', async () => {
    const fonts = await buildPdfFonts();
    const virtual = await import('virtual:pdf-fonts');
    expect(fonts).toEqual({ ...virtual });
  });
});
