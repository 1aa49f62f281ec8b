import type { TextPlace } from '../letters/free-texts';

/**
 * The id of the editor's box holding a text, for links and focus: the ids the editor's
 * components give their controls (`vu-<itemId>`, `s-<sectionId>-<blockId>-<itemId>`…).
 */
export function textBoxId(place: TextPlace): string {
  switch (place.part) {
    case 'title':
      return 'letter-title';
    case 'vu':
    case 'preamble':
    case 'closing':
    case 'copies':
      return `${place.part}-${place.itemId}`;
    case 'sectionTitle':
      return `s-${place.sectionId}-title`;
    case 'section':
      return place.itemId === null
        ? `s-${place.sectionId}-${place.blockId}`
        : `s-${place.sectionId}-${place.blockId}-${place.itemId}`;
    case 'impNote':
      return 'imp-note';
  }
}
