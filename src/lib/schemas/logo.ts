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
 * An image of « Mon établissement » (the logo, the head's signature, the school's stamp), kept
 * there only (letters do not copy it). Its bytes came from a file the user chose: hostile until
 * checked here.
 */
export const schoolImageSchema = z
  .object({
    /** The image as a `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL. */
    dataUrl: z
      .string()
      .max(LOGO_MAX_DATA_URL, 'image trop lourde (400\u00a0Ko au plus)')
      .regex(logoDataUrl, 'image invalide (PNG ou JPEG attendue)')
      // Base64 comes in groups of four characters: anything else does not decode.
      .refine((url) => (url.length - url.indexOf(',') - 1) % 4 === 0, 'image invalide'),
    /** Width in pixels, for the aspect ratio. */
    width: z.number().int().min(1).max(LOGO_MAX_SIDE),
    /** Height in pixels, for the aspect ratio. */
    height: z.number().int().min(1).max(LOGO_MAX_SIDE),
  })
  .strict();

export type SchoolImage = z.output<typeof schoolImageSchema>;

/** The school's logo, printed top left of every letter. */
export const schoolLogoSchema = schoolImageSchema;
export type SchoolLogo = SchoolImage;

/**
 * The images « Mon établissement » keeps: the logo (top left of every letter), and the head's
 * signature and the school's stamp (placed in the head's signing space when she asks for it).
 */
export const SCHOOL_IMAGES = ['logo', 'signature', 'stamp'] as const;
export type SchoolImageKey = (typeof SCHOOL_IMAGES)[number];
