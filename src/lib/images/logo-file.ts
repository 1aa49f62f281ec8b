import {
  LOGO_MAX_BYTES,
  LOGO_MAX_SIDE,
  schoolImageSchema,
  type SchoolImage,
  type SchoolImageKey,
} from '../schemas/logo';
import { imageInfo, type ImageInfo } from './size';

/** What `readLogoFile` needs from a `File` (a double in tests). */
export interface LogoFile {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The image read from the file, or why it is refused (the current one is kept either way). */
export type LogoRead = { ok: true; logo: SchoolImage } | { ok: false; message: string };

const side = new Intl.NumberFormat('fr-FR').format(LOGO_MAX_SIDE);

/** How each image is named in its messages: « un logo », and what stays when one is refused. */
const imageWords: Record<SchoolImageKey, { one: string; kept: string }> = {
  logo: { one: 'un logo', kept: 'Le logo enregistré n’a pas été modifié.' },
  signature: { one: 'une signature', kept: 'La signature enregistrée n’a pas été modifiée.' },
  stamp: { one: 'un cachet', kept: 'Le cachet enregistré n’a pas été modifié.' },
};

/** The messages shown when a file is refused for `image`, in French with its typography. */
export function imageMessages(image: SchoolImageKey) {
  const { one, kept } = imageWords[image];
  return {
    notImage: `Ce fichier n’est pas une image PNG ou JPEG\u00a0: choisissez ${one} dans l’un de ces formats. ${kept}`,
    tooBig: `Ce fichier dépasse 400\u00a0Ko\u00a0: choisissez une image plus légère. ${kept}`,
    tooLarge: `Cette image dépasse ${side}\u00a0pixels de côté\u00a0: réduisez-la, puis choisissez-la de nouveau. ${kept}`,
    unreadable: `Le fichier n’a pas pu être lu\u00a0: choisissez-le de nouveau. ${kept}`,
    broken: `Cette image est abîmée ou illisible\u00a0: choisissez un autre fichier PNG ou JPEG. ${kept}`,
  } as const;
}

/** The logo's messages. */
export const logoMessages = imageMessages('logo');

/** Whether the browser can decode the image; `true` where it cannot tell (jsdom). */
export type DecodeCheck = (bytes: Uint8Array<ArrayBuffer>, info: ImageInfo) => Promise<boolean>;

/** Reads a logo file chosen by the user (see `readImageFile`). */
export function readLogoFile(file: LogoFile, decodes: DecodeCheck = browserDecodes) {
  return readImageFile(file, 'logo', decodes);
}

/**
 * Reads an image file of « Mon établissement » chosen by the user (`image`: which one, for the
 * messages). The bytes are hostile: the size is checked before reading, the format comes from
 * the bytes' signature (not the name or the announced type), the pixel size from the header,
 * and the data URL is built here with that format's MIME type and checked by the schema.
 * Nothing is ever inserted as HTML.
 */
export async function readImageFile(
  file: LogoFile,
  image: SchoolImageKey,
  decodes: DecodeCheck = browserDecodes,
): Promise<LogoRead> {
  const refuse = (reason: keyof ReturnType<typeof imageMessages>): LogoRead => ({
    ok: false,
    message: imageMessages(image)[reason],
  });
  if (!(file.size <= LOGO_MAX_BYTES)) return refuse('tooBig');
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse('unreadable');
  }
  // `size` is trusted only so far.
  if (bytes.length > LOGO_MAX_BYTES) return refuse('tooBig');
  const info = imageInfo(bytes);
  if (!info) return refuse('notImage');
  if (info.width > LOGO_MAX_SIDE || info.height > LOGO_MAX_SIDE) return refuse('tooLarge');
  if (!(await decodes(bytes, info).catch(() => false))) return refuse('broken');
  const logo = schoolImageSchema.safeParse({
    dataUrl: `data:${info.mime};base64,${toBase64(bytes)}`,
    width: info.width,
    height: info.height,
  });
  return logo.success ? { ok: true, logo: logo.data } : refuse('notImage');
}

/** A data URL (a drawing of the page) as a file to read as a chosen one is (`readImageFile`). */
export function dataUrlFile(dataUrl: string): LogoFile {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return { size: bytes.length, arrayBuffer: async () => bytes.buffer };
}

/** Base64 of the bytes, by chunks: `String.fromCharCode` takes a bounded number of arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** Asks the browser to decode the image, so a file with a valid header but broken data is refused. */
async function browserDecodes(bytes: Uint8Array<ArrayBuffer>, info: ImageInfo): Promise<boolean> {
  if (typeof createImageBitmap !== 'function') return true;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: info.mime }));
    bitmap.close();
    return true;
  } catch {
    return false;
  }
}
