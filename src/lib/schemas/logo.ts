import { z } from 'zod';

/** Largest logo file accepted, in bytes (400 Ko): a logo prints 5 cm wide at most. */
export const LOGO_MAX_BYTES = 400 * 1024;

/** Longest data URL of a logo: a file of `LOGO_MAX_BYTES` in base64, after its prefix. */
export const LOGO_MAX_DATA_URL =
  'data:image/jpeg;base64,'.length + 4 * Math.ceil(LOGO_MAX_BYTES / 3);

/** Largest side in pixels: bounds the memory a PDF export spends decoding the image. */
export const LOGO_MAX_SIDE = 4000;

/**
 * A PNG or JPEG data URL whose bytes start with that format's signature (`iVBORw0KGgo` is the
 * PNG signature in base64, `/9j/` the JPEG one): no other MIME type, no SVG (it can hold
 * scripts), nothing but base64 after the comma.
 */
const logoDataUrl =
  /^data:image\/(?:png;base64,iVBORw0KGgo|jpeg;base64,\/9j\/)[A-Za-z0-9+/]*={0,2}$/;

/**
 * The school's logo, kept only in « Mon établissement » (letters do not copy it): printed top
 * left of every letter. Its bytes came from a file the user chose: hostile until checked here.
 */
export const schoolLogoSchema = z
  .object({
    /** The image as a `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL. */
    dataUrl: z
      .string()
      .max(LOGO_MAX_DATA_URL, 'logo trop lourd (400\u00a0Ko au plus)')
      .regex(logoDataUrl, 'logo invalide (image PNG ou JPEG attendue)')
      // Base64 comes in groups of four characters: anything else does not decode.
      .refine((url) => (url.length - url.indexOf(',') - 1) % 4 === 0, 'logo invalide'),
    /** Width in pixels, for the aspect ratio. */
    width: z.number().int().min(1).max(LOGO_MAX_SIDE),
    /** Height in pixels, for the aspect ratio. */
    height: z.number().int().min(1).max(LOGO_MAX_SIDE),
  })
  .strict();

export type SchoolLogo = z.output<typeof schoolLogoSchema>;
