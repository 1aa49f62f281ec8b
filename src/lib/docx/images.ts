import { ImageRun } from 'docx';
import type { DocImage } from '../document/model';

/** A box of `wMm` × `hMm` millimetres, in pixels at 96 dpi (the unit of `ImageRun`'s size). */
export const pixelBox = (wMm: number, hMm: number) => ({
  width: (wMm / 25.4) * 96,
  height: (hMm / 25.4) * 96,
});

/**
 * An image as large as fits in `box` (pixels) with its aspect ratio kept, with its text
 * alternative (`name` says which image it is: « Logo », « Signature », « Cachet »).
 */
export function fittedImage(
  image: DocImage,
  box: { width: number; height: number },
  name: string,
  alt: string,
): ImageRun {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return new ImageRun({
    type: image.dataUrl.startsWith('data:image/png;') ? 'png' : 'jpg',
    data: image.dataUrl,
    transformation: {
      width: Math.max(1, Math.round(image.width * scale)),
      height: Math.max(1, Math.round(image.height * scale)),
    },
    altText: { name, title: alt, description: alt },
  });
}
