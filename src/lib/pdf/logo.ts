import type { DocImage } from '../document/model';
import type { DrawOp } from './page';

/** The box a logo fits in, in millimetres: 2.5 cm high, 5 cm wide at most. */
export const LOGO_BOX = { w: 50, h: 25 } as const;

export type ImageOp = Extract<DrawOp, { kind: 'image' }>;

/**
 * The logo's image op, its top left corner at `x`, `y`: as large as fits in `LOGO_BOX` with
 * its aspect ratio kept (a wide logo fills the width, a tall one the height).
 */
export function logoOp(logo: DocImage, x: number, y: number): ImageOp {
  return fitImage(logo, { x, y, ...LOGO_BOX }, 'logo');
}

/**
 * An image as large as fits in `box` with its aspect ratio kept, at the box's top left corner.
 * `alias` names it in the PDF, where an image is stored once however often it is drawn (the
 * logo of 30 letters in one file), so two different images never share one.
 */
export function fitImage(
  image: DocImage,
  box: { x: number; y: number; w: number; h: number },
  alias: ImageOp['alias'],
): ImageOp {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  return {
    kind: 'image',
    x: box.x,
    y: box.y,
    w: image.width * scale,
    h: image.height * scale,
    dataUrl: image.dataUrl,
    format: image.dataUrl.startsWith('data:image/png;') ? 'PNG' : 'JPEG',
    alias,
  };
}
