/**
 * The document both the HTML preview and the PDF renderer draw from: what will print, in order,
 * already filled and typeset, independent of the output and serialisable (plain JSON).
 * Texts are plain text, never markup; a text may hold line breaks (`\n`) typed by the user,
 * which a renderer shows as line breaks.
 */

/**
 * One signature area, printed as a French letter is signed: the signatory's title (the caption),
 * the lines that go with it, room to sign by hand (with the stamp's frame when there is one),
 * then the signatory's name under the signature.
 */
export interface SignatureBlock {
  /** Caption: the signatory's title, e.g. « La principale du collège Pablo-Neruda ». */
  caption: string;
  /** Lines under the caption, above the room to sign: « Vu et pris connaissance, le … ». */
  lines: string[];
  /**
   * The name printed under the room to sign (« Nadia Benali », a dotted leader to write it by
   * hand), or null when the caption already names the signatory.
   */
  name: string | null;
  /** Label of the stamp area (« Cachet de l’établissement »), or null when there is none. */
  stamp: string | null;
  /** The head's signature placed in the room to sign, when she asked for it. */
  signatureImage?: DocFigure;
  /** The school's stamp placed in the stamp's frame, when the head asked for it. */
  stampImage?: DocFigure;
  /**
   * « Signé électroniquement le 8 décembre 2026 », in the room to sign: the typed signature, for
   * a head who placed her signature without an image of it (no pointer, no scanner).
   */
  signedLine?: string;
}

/** An image that says something (a signature, a stamp): read out by its `alt`. */
export interface DocFigure extends DocImage {
  alt: string;
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
  /**
   * A draft: exported although the check before the PDF listed points to look at. The PDF marks
   * each of its pages « BROUILLON ». Absent on a letter exported as it should be.
   */
  draft?: true;
}
