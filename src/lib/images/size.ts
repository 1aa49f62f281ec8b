/** What the first bytes of an image file say: its format and its size in pixels. */
export interface ImageInfo {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** JPEG "start of frame" markers that carry the size: baseline, extended, progressive. */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2]);

/**
 * Format and pixel size of a PNG or JPEG file, read from its header alone (PNG: the IHDR
 * chunk; JPEG: the first SOF0–SOF2 segment), never decoding the image: the bytes come from a
 * file the user picked and may be anything. `null` for any other file or a truncated header.
 */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return pngInfo(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegInfo(bytes);
  return null;
}

const u16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 0x10000 + u16(bytes, at + 2);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/** The IHDR chunk comes first, right after the signature: length, « IHDR », width, height. */
function pngInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null;
  return sized('image/png', u32(bytes, 16), u32(bytes, 20));
}

/** Walks the segments (marker, then a 16-bit length that counts itself) to the frame header. */
function jpegInfo(bytes: Uint8Array): ImageInfo | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes (0xFF repeated) may pad a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // Start of scan or end of image before any frame header: not a usable file.
    if (marker === 0xda || marker === 0xd9) return null;
    // Markers that stand alone, without a length: TEM, RST0–RST7, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    const length = u16(bytes, at + 2);
    if (JPEG_FRAMES.has(marker)) {
      // Frame header: length, precision (1 byte), height, width.
      if (at + 9 > bytes.length) return null;
      return sized('image/jpeg', u16(bytes, at + 7), u16(bytes, at + 5));
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

function sized(mime: ImageInfo['mime'], width: number, height: number): ImageInfo | null {
  return width > 0 && height > 0 ? { mime, width, height } : null;
}
