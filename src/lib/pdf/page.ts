/**
 * The page of a letter and the drawing operations a layout produces: A4 in millimetres, origin
 * at the top left, `y` of a text being its baseline (as jsPDF draws it).
 */

import type { StructStep } from './tagged/roles';

/** The two faces of the embedded font. */
export type FontFace = 'regular' | 'bold';

/** Width in millimetres of a text set in a face and a size in points. */
export type Measure = (text: string, font: FontFace, sizePt: number) => number;

/** One thing to draw, positioned in millimetres. */
export type DrawOp =
  /** `x` is the left edge, the centre or the right edge, as `align` says (left by default). */
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      font: FontFace;
      size: number;
      align?: 'left' | 'right' | 'center';
      /** What the text is, for the tagged PDF: its elements, outermost first; none: furniture. */
      tag?: readonly StructStep[];
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  /** A stroked rectangle: table cells, the stamp area. */
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  /**
   * A mark across the page (a draft's « BROUILLON »), in bold, light grey, under the text; page
   * furniture. `x`, `y` start its baseline, `angle` turns it counter-clockwise, in degrees.
   */
  | { kind: 'mark'; x: number; y: number; text: string; size: number; angle: number }
  /**
   * An image (the school's logo, the head's signature, the stamp), `x`, `y` its top left corner,
   * `w` × `h` its printed size.
   */
  | {
      kind: 'image';
      x: number;
      y: number;
      w: number;
      h: number;
      /** A PNG or JPEG data URL, checked when the logo was read. */
      dataUrl: string;
      format: 'PNG' | 'JPEG';
      /** Which image it is: each is stored once in the PDF under this name. */
      alias: 'logo' | 'signature' | 'stamp';
      /** Its element (a figure) in the tagged PDF, and the text that stands for it. */
      tag?: readonly StructStep[];
      alt?: string;
    };

/** One page: what to draw on it, in order. */
export interface PageLayout {
  ops: DrawOp[];
}

/** A4 portrait, margins of 20 mm, the last line of the bottom margin kept for the footer. */
export const PAGE = {
  width: 210,
  height: 297,
  left: 20,
  right: 190,
  top: 20,
  /** Lowest point of the body: the footer sits below, inside the bottom margin. */
  bottom: 275,
  /** Baseline of the footer (page number). */
  footer: 285,
} as const;

/** Width available to the body. */
export const BODY_WIDTH = PAGE.right - PAGE.left;

/** One point in millimetres. */
export const PT = 25.4 / 72;

/** A set of text: face, size in points, line height as a multiple of the size. */
export interface TextStyle {
  font: FontFace;
  size: number;
  leading: number;
}

/** The styles of the letter, sober and close to the HTML preview. */
export const STYLES = {
  sender: { font: 'regular', size: 9.5, leading: 1.3 },
  senderFirst: { font: 'bold', size: 9.5, leading: 1.3 },
  placeDate: { font: 'regular', size: 10.5, leading: 1.3 },
  title: { font: 'bold', size: 13, leading: 1.3 },
  subtitle: { font: 'regular', size: 11, leading: 1.3 },
  vu: { font: 'regular', size: 9.5, leading: 1.3 },
  heading: { font: 'bold', size: 11, leading: 1.35 },
  body: { font: 'regular', size: 10.5, leading: 1.4 },
  caption: { font: 'bold', size: 10, leading: 1.35 },
  cell: { font: 'regular', size: 9, leading: 1.3 },
  headerCell: { font: 'bold', size: 9, leading: 1.3 },
  signatureCaption: { font: 'bold', size: 10, leading: 1.35 },
  signature: { font: 'regular', size: 10, leading: 1.35 },
  stamp: { font: 'regular', size: 8, leading: 1.3 },
  copies: { font: 'regular', size: 8.5, leading: 1.3 },
  footer: { font: 'regular', size: 8, leading: 1.3 },
} as const satisfies Record<string, TextStyle>;

/** Height of one line of a style, in millimetres. */
export function lineHeight(style: TextStyle): number {
  return style.size * PT * style.leading;
}

/** Distance from the top of a line to its baseline: the glyphs centred in the line height. */
export function baseline(style: TextStyle): number {
  const size = style.size * PT;
  return (lineHeight(style) - size) / 2 + size * 0.8;
}
