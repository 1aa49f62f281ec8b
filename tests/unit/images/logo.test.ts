import { describe, expect, it, vi } from 'vitest';
import { LOGO_MAX_BYTES, LOGO_MAX_DATA_URL, schoolLogoSchema } from '../../../src/lib/schemas/logo';
import { emptySchool, schoolHeadingSchema, schoolSchema } from '../../../src/lib/schemas/school';
import {
  imageMessages,
  logoMessages,
  readImageFile,
  readLogoFile,
  type LogoFile,
} from '../../../src/lib/images/logo-file';
import { dataUrlOf, jpegHeader, pngBytes } from '../support/images';

/** A 1 × 1 PNG, made here, as a data URL. */
const png = dataUrlOf(pngBytes());
const logo = { dataUrl: png, width: 1, height: 1 };

/** A file as the browser gives it; `read` counts the reads. */
function fileOf(bytes: Uint8Array, size = bytes.length) {
  const read = vi.fn(async () => bytes.slice().buffer);
  const file: LogoFile = { size, arrayBuffer: read };
  return { file, read };
}

const decodes = async () => true;

describe('the logo schema', () => {
  it('accepts a real PNG data URL, and a JPEG one', () => {
    expect(schoolLogoSchema.parse(logo)).toEqual(logo);
    const jpeg = dataUrlOf(jpegHeader(10, 10).slice(0, 27), 'image/jpeg');
    expect(schoolLogoSchema.safeParse({ ...logo, dataUrl: jpeg }).success).toBe(true);
  });

  it('refuses HTML, SVG and any other type, whatever the bytes claim', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';
    for (const dataUrl of [
      'data:text/html,<script>alert(1)</script>',
      `data:text/html;base64,${btoa('<script>alert(1)</script>')}`,
      `data:image/svg+xml;base64,${btoa(svg)}`,
      `data:image/svg+xml,${encodeURIComponent(svg)}`,
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'javascript:alert(1)',
      'https://exemple.fr/logo.png',
      // A PNG MIME type on bytes that are not a PNG, and the other way round.
      `data:image/png;base64,${btoa('<html></html>')}`,
      png.replace('image/png', 'image/jpeg'),
      `${png}"><img src=x onerror=alert(1)>`,
      png.slice(0, -1),
    ])
      expect(schoolLogoSchema.safeParse({ ...logo, dataUrl }).success, dataUrl).toBe(false);
  });

  it('refuses an over-size one', () => {
    // Whole groups of four, so only the length is wrong.
    const padding = 'AAAA'.repeat(Math.ceil((LOGO_MAX_DATA_URL - png.length + 1) / 4));
    const big = `${png.slice(0, -4)}${padding}${png.slice(-4)}`;
    expect(big.length).toBeGreaterThan(LOGO_MAX_DATA_URL);
    expect(schoolLogoSchema.safeParse({ ...logo, dataUrl: big }).success).toBe(false);
  });

  it('needs a size in whole pixels, within bounds', () => {
    for (const size of [{ width: 0 }, { height: 1.5 }, { width: 10_000 }, { height: -1 }])
      expect(schoolLogoSchema.safeParse({ ...logo, ...size }).success).toBe(false);
  });
});

describe('« Mon établissement » with a logo', () => {
  it('stays valid without one: records and backups saved before the logo existed', () => {
    expect(schoolSchema.parse({ etablissement: 'Collège' })).toEqual({
      ...emptySchool,
      etablissement: 'Collège',
    });
    expect(schoolSchema.parse({ ...emptySchool, logo })).toEqual({ ...emptySchool, logo });
  });

  it('is refused with a hostile logo', () => {
    const hostile = { ...logo, dataUrl: 'data:text/html,<b>x</b>' };
    expect(schoolSchema.safeParse({ ...emptySchool, logo: hostile }).success).toBe(false);
  });

  it('leaves the logo out of the heading a letter copies', () => {
    expect(schoolHeadingSchema.safeParse({ ...emptySchool, logo }).success).toBe(false);
    expect(schoolHeadingSchema.parse(emptySchool)).toEqual(emptySchool);
  });
});

describe('readLogoFile', () => {
  it('reads a PNG: a data URL of its bytes, its size from the header', async () => {
    const bytes = pngBytes(300, 120);
    expect(await readLogoFile(fileOf(bytes).file, decodes)).toEqual({
      ok: true,
      logo: { dataUrl: dataUrlOf(bytes), width: 300, height: 120 },
    });
  });

  it('names the MIME type after the bytes, not after the file', async () => {
    const jpeg = jpegHeader(64, 32);
    const read = await readLogoFile(fileOf(jpeg).file, decodes);
    expect(read.ok && read.logo.dataUrl.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
  });

  it('refuses a text file, in French', async () => {
    const text = new TextEncoder().encode('Ceci n’est pas une image.');
    expect(await readLogoFile(fileOf(text).file, decodes)).toEqual({
      ok: false,
      message: logoMessages.notImage,
    });
    expect(logoMessages.notImage).toBe(
      'Ce fichier n’est pas une image PNG ou JPEG\u00a0: choisissez un logo dans l’un de ces formats. Le logo enregistré n’a pas été modifié.',
    );
  });

  it('names the signature and the stamp in their own messages', async () => {
    const text = new TextEncoder().encode('Ceci n’est pas une image.');
    expect(await readImageFile(fileOf(text).file, 'signature', decodes)).toEqual({
      ok: false,
      message:
        'Ce fichier n’est pas une image PNG ou JPEG\u00a0: choisissez une signature dans l’un de ces formats. La signature enregistrée n’a pas été modifiée.',
    });
    const { file } = fileOf(pngBytes(), LOGO_MAX_BYTES + 1);
    expect(await readImageFile(file, 'stamp', decodes)).toEqual({
      ok: false,
      message: imageMessages('stamp').tooBig,
    });
    expect(imageMessages('stamp').tooBig).toContain('Le cachet enregistré n’a pas été modifié.');
  });

  it('takes a file of 400 Ko: its data URL fits the schema', async () => {
    const bytes = new Uint8Array(LOGO_MAX_BYTES);
    bytes.set(pngBytes(2, 1));
    const read = await readLogoFile(fileOf(bytes).file, decodes);
    expect(read.ok && read.logo.width).toBe(2);
  });

  it('refuses a file over 400 Ko without reading it', async () => {
    const { file, read } = fileOf(pngBytes(), LOGO_MAX_BYTES + 1);
    expect(await readLogoFile(file, decodes)).toEqual({ ok: false, message: logoMessages.tooBig });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a file larger than it announced', async () => {
    const bytes = new Uint8Array(LOGO_MAX_BYTES + 1);
    bytes.set(pngBytes());
    const read = await readLogoFile(fileOf(bytes, 10).file, decodes);
    expect(read).toEqual({ ok: false, message: logoMessages.tooBig });
  });

  it('refuses an image too large to print, or that does not decode', async () => {
    const huge = await readLogoFile(fileOf(jpegHeader(20_000, 100)).file, decodes);
    expect(huge).toEqual({ ok: false, message: logoMessages.tooLarge });
    expect(logoMessages.tooLarge).toContain('4\u202f000\u00a0pixels');
    const broken = await readLogoFile(fileOf(pngBytes()).file, async () => false);
    expect(broken).toEqual({ ok: false, message: logoMessages.broken });
  });

  it('says so when the file cannot be read', async () => {
    const file: LogoFile = { size: 10, arrayBuffer: () => Promise.reject(new Error('gone')) };
    expect(await readLogoFile(file, decodes)).toEqual({
      ok: false,
      message: logoMessages.unreadable,
    });
  });
});
