import type { Field } from '../schemas/field';
import { agreedForm, type Gender } from '../text/agreement';
import { headingPlaceholders, impPlaceholders } from '../text/placeholders';
import { escapeLiteral, parseTemplate, pieceSource } from '../text/template';

/**
 * What a text box of the letter shows: the words as text a head edits, and each blank or
 * agreement as a named piece she can move or delete whole but never edit letter by letter. The
 * box is read back into the template syntax; what she types is written as literal text
 * (`escapeLiteral`), so braces she types are never read as a blank.
 */
export type BoxPart =
  | { kind: 'text'; text: string }
  | {
      kind: 'piece';
      /** The piece as the text stores it: `{nom}`, `{référent|référente}`. */
      source: string;
      /** What the box shows: the field's label, or the form the civilité gives. */
      label: string;
      /** What the piece is, said in full (tooltip and screen readers). */
      description: string;
      /** A blank naming no field: it prints as written. */
      unknown: boolean;
    };

const computedLabels: Record<string, string> = {
  ...headingPlaceholders,
  [impPlaceholders[0]]: 'nombre d’IMP',
  [impPlaceholders[1]]: 'montant de l’IMP',
};

/** The parts of a stored text, named with the letter's fields and its civilité's gender. */
export function boxParts(
  source: string,
  fields: readonly Pick<Field, 'id' | 'label'>[],
  gender: Gender | null,
): BoxPart[] {
  return parseTemplate(source).map((piece): BoxPart => {
    if (piece.kind === 'text') return piece;
    if (piece.kind === 'agreement') {
      const both = `${piece.masculine} / ${piece.feminine}`;
      return {
        kind: 'piece',
        source: pieceSource(piece),
        label: gender ? agreedForm(piece.masculine, piece.feminine, gender) : both,
        description: `Accord selon la civilité\u00a0: ${both}`,
        unknown: false,
      };
    }
    const label =
      fields.find((field) => field.id === piece.id)?.label ?? computedLabels[piece.id] ?? null;
    return {
      kind: 'piece',
      source: pieceSource(piece),
      label: label ?? `{${piece.id}}`,
      description: label
        ? `Champ «\u00a0${label}\u00a0», rempli à l’impression`
        : 'Champ inconnu, imprimé tel quel',
      unknown: label === null,
    };
  });
}

/** The class that marks a piece in the box, and the attribute holding its source. */
export const PIECE_CLASS = 'text-piece';
const SOURCE = 'data-source';

/** The node of one part, built by the DOM: nothing is ever parsed as HTML. */
function partNode(doc: Document, part: BoxPart): Node {
  if (part.kind === 'text') return doc.createTextNode(part.text);
  const piece = doc.createElement('span');
  piece.className = part.unknown ? `${PIECE_CLASS} unknown` : PIECE_CLASS;
  piece.setAttribute('contenteditable', 'false');
  piece.setAttribute(SOURCE, part.source);
  piece.title = part.description;
  piece.textContent = part.label;
  return piece;
}

/** Fills a box with its parts. */
export function renderBox(box: HTMLElement, parts: readonly BoxPart[]): void {
  box.replaceChildren(...parts.map((part) => partNode(box.ownerDocument, part)));
}

/**
 * Puts a part where `at` is (the caret the user left in the box), or at its end when `at` is
 * not inside it, then puts the caret after it and tells the box, as typing would.
 */
export function insertPart(box: HTMLElement, part: BoxPart, at: Range | null): void {
  const doc = box.ownerDocument;
  const range = at && box.contains(at.commonAncestorContainer) ? at : doc.createRange();
  if (range !== at) {
    range.selectNodeContents(box);
    range.collapse(false);
  }
  range.deleteContents();
  const node = partNode(doc, part);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  box.focus();
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The stored text a box holds: its typed text escaped, its pieces by their source. Line breaks
 * are read whichever way the browser wrote them (a `\n`, a `<br>`, a new `<div>`); the `<br>` a
 * browser keeps at the end of an editable box is not one.
 */
export function readBox(box: HTMLElement): string {
  let source = '';
  let literal = '';
  const flush = () => {
    source += escapeLiteral(literal);
    literal = '';
  };
  const walk = (node: Node, last: boolean) => {
    if (node.nodeType === node.TEXT_NODE) {
      literal += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.hasAttribute(SOURCE)) {
      flush();
      source += element.getAttribute(SOURCE) ?? '';
      return;
    }
    if (element.tagName === 'BR') {
      if (!last) literal += '\n';
      return;
    }
    const block = element.tagName === 'DIV' || element.tagName === 'P';
    if (block && (source !== '' || literal !== '')) literal += '\n';
    const children = [...element.childNodes];
    children.forEach((child, index) => walk(child, last && index === children.length - 1));
  };
  const children = [...box.childNodes];
  children.forEach((child, index) => walk(child, index === children.length - 1));
  flush();
  return source;
}

/**
 * Puts a line break at the caret of `box` and the caret after it; false when the caret is not in
 * the box. Written by hand: the browser ignores an editing command started while it handles one
 * (Enter is one).
 */
export function insertLineBreak(box: HTMLElement): boolean {
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.commonAncestorContainer)) return false;
  range.deleteContents();
  const lineBreak = doc.createTextNode('\n');
  range.insertNode(lineBreak);
  // A line break ending the box makes no new line until something follows it: a `<br>` at the
  // very end gives the caret its line (`readBox` does not read that last `<br>`).
  const rest = doc.createRange();
  rest.setStartAfter(lineBreak);
  rest.setEnd(box, box.childNodes.length);
  const endsHere = rest.toString() === '' && !rest.cloneContents().querySelector(`[${SOURCE}]`);
  if (endsHere && box.lastChild?.nodeName !== 'BR') box.append(doc.createElement('br'));
  range.setStartAfter(lineBreak);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
