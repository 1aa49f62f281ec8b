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
  const scale = Math.min(LOGO_BOX.w / logo.width, LOGO_BOX.h / logo.height);
  return {
    kind: 'image',
    x,
    y,
    w: logo.width * scale,
    h: logo.height * scale,
    dataUrl: logo.dataUrl,
    format: logo.dataUrl.startsWith('data:image/png;') ? 'PNG' : 'JPEG',
  };
}
