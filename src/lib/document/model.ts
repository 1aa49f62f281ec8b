/**
 * The document both the HTML preview and the PDF renderer draw from: what will print, in order,
 * already filled and typeset, independent of the output and serialisable (plain JSON).
 * Texts are plain text, never markup; a text may hold line breaks (`\n`) typed by the user,
 * which a renderer shows as line breaks.
 */

/** One signature area: who signs, the printed lines under the caption, room for a stamp. */
export interface SignatureBlock {
  /** Caption, e.g. « Date, signature et cachet du chef d’établissement ». */
  caption: string;
  /** Lines under the caption: « Vu et pris connaissance, le … », the head's title and name. */
  lines: string[];
  /** Label of the stamp area (« Cachet de l’établissement »), or null when there is none. */
  stamp: string | null;
}

/**
 * An image to print: a PNG or JPEG data URL (checked by `schoolLogoSchema` when it was read)
 * and its size in pixels, for the aspect ratio.
 */
export interface DocImage {
  dataUrl: string;
  width: number;
  height: number;
}

/** A part of the letter, printed in the order of `LetterDocument.blocks`. */
export type DocBlock =
  /**
   * Top of the letter: the school on the left, under its logo when it has one; « Ville, le … »
   * on the right.
   */
  | { kind: 'letterhead'; sender: string[]; placeDate: string; logo?: DocImage }
  /** The letter's title. */
  | { kind: 'title'; text: string }
  /** A line under the title: « Année scolaire 2025-2026 ». */
  | { kind: 'subtitle'; text: string }
  /** The « Vu … » references, one per line, printed close together. */
  | { kind: 'vu'; lines: string[] }
  /** Heading of a section; a renderer keeps it with the block that follows. */
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Mission items, as a bulleted list. */
  | { kind: 'list'; items: string[] }
  /** The IMP table; `rows` have as many cells as `columns`. */
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  /** Signature areas, side by side when they fit. */
  | { kind: 'signatures'; blocks: SignatureBlock[] }
  /** Copy lines at the foot (« Copie : … »). */
  | { kind: 'copies'; lines: string[] };

/** What the PDF's properties and the download need. */
export interface DocMeta {
  title: string;
  subject: string;
  author: string;
  language: 'fr-FR';
  /** A file name safe on every system, with its `.pdf` extension. */
  fileName: string;
}

/** A letter ready to render. */
export interface LetterDocument {
  meta: DocMeta;
  blocks: DocBlock[];
}
